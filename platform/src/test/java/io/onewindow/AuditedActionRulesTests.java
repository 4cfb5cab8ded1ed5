package io.onewindow;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.onewindow.kernel.audit.Actor;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.audit.Trace;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Every audited action goes through {@link AuditedActions}: only its implementation publishes events, and
 * only it stamps a {@link Trace}, so no module can publish an action that escapes the audit trail or carries
 * a trace of its own making.
 */
class AuditedActionRulesTests {

    static final String IMPLEMENTATION = "io.onewindow.audit.internal.AuditTrail";
    static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.onewindow");

    @Test
    void onlyTheAuditTrailPublishesEvents() {
        noClasses().that().doNotHaveFullyQualifiedName(IMPLEMENTATION)
                .should().callMethodWhere(target(name("publishEvent")).and(target(owner(assignableTo(ApplicationEventPublisher.class)))))
                .because("an event published past AuditedActions would be an action without an audit record")
                .check(PLATFORM);
    }

    @Test
    void onlyTheAuditTrailStampsTraces() {
        noClasses().that().doNotHaveFullyQualifiedName(IMPLEMENTATION)
                .should().callConstructor(Trace.class, UUID.class, Instant.class, Actor.class, String.class)
                .because("a trace names who acted and when; AuditedActions stamps it from the signed-in user and the clock")
                .check(PLATFORM);
    }
}
