package io.onewindow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;

/**
 * What a module's web layer hands to its templates is public. Spring's expression compiler turns a template's
 * expression ({@code ${row.department()}}) into bytecode once it is hot, but only when the method it calls is on a
 * public type; on any other it interprets the expression on every page, each time finding the method and describing
 * its types anew.
 */
class WebRecordRulesTests {

    @Test
    void recordsOfTheWebLayersArePublic() {
        classes().that().resideInAPackage("..web..").and().areRecords()
                .should().bePublic()
                .because("a template's expressions on a record that is not public are interpreted on every page, never compiled")
                .check(AuditedActionRulesTests.PLATFORM);
    }
}
