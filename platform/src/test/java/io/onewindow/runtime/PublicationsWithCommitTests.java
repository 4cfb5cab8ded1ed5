package io.onewindow.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A publication made in a transaction is written with its commit, as Spring Modulith's own repository writes it: its
 * listener's registry finds it after the commit, and a transaction that rolls back leaves none. So are its marks as it
 * is delivered.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicationsWithCommitTests {

    record Noted(UUID id, String text) {
    }

    private static final PublicationTargetIdentifier LISTENER = PublicationTargetIdentifier.of("io.onewindow.runtime.PublicationsWithCommitTests.listener");

    @Autowired
    EventPublicationRepository publications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aPublicationIsWrittenWithTheCommitAsSpringModulithWritesIt() {
        Noted event = new Noted(UUID.randomUUID(), "一件事一次办");
        TargetEventPublication publication = TargetEventPublication.of(event, LISTENER, Instant.now().truncatedTo(ChronoUnit.MICROS));

        long beforeCommit = new TransactionTemplate(transactionManager).execute(status -> {
            publications.create(publication);
            return rowsOf(publication);
        });

        assertThat(beforeCommit).as("nothing written before the commit").isZero();
        assertThat(rowsOf(publication)).isEqualTo(1);
        assertThat(publications.findIncompletePublicationsByEventAndTargetIdentifier(event, LISTENER)).get()
                .satisfies(found -> {
                    assertThat(found.getIdentifier()).isEqualTo(publication.getIdentifier());
                    assertThat(found.getEvent()).isEqualTo(event);
                    assertThat(found.getPublicationDate()).isEqualTo(publication.getPublicationDate());
                    assertThat(found.getStatus()).isEqualTo(publication.getStatus());
                });

        publications.markCompleted(publication.getIdentifier(), Instant.now());
        assertThat(rowsOf(publication)).as("completed publications are deleted").isZero();
    }

    @Test
    void aTransactionThatRollsBackLeavesNoPublication() {
        TargetEventPublication publication = TargetEventPublication.of(new Noted(UUID.randomUUID(), "撤回"), LISTENER);

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            publications.create(publication);
            status.setRollbackOnly();
        });

        assertThat(rowsOf(publication)).isZero();
    }

    @Test
    void outsideATransactionAPublicationIsWrittenAtOnce() {
        TargetEventPublication publication = TargetEventPublication.of(new Noted(UUID.randomUUID(), "即时"), LISTENER);

        publications.create(publication);

        assertThat(rowsOf(publication)).isEqualTo(1);
        publications.deletePublications(List.of(publication.getIdentifier()));
    }

    @Test
    void aPublicationsMarksOnItsWayOutAreWrittenWithTheirTransactionsCommitAsSpringModulithWritesThem() {
        TargetEventPublication publication = TargetEventPublication.of(new Noted(UUID.randomUUID(), "办理中"), LISTENER);
        publications.create(publication);
        TransactionTemplate registrys = new TransactionTemplate(transactionManager);

        String beforeCommit = registrys.execute(status -> {
            publications.markProcessing(publication.getIdentifier());
            return statusOf(publication);
        });

        assertThat(beforeCommit).isEqualTo("PUBLISHED");
        assertThat(publications.findByStatus(EventPublication.Status.PROCESSING)).extracting(TargetEventPublication::getIdentifier)
                .contains(publication.getIdentifier());
        assertThat(publications.findIncompletePublicationsPublishedBefore(Instant.now().plusSeconds(1)))
                .as("still delivered again after a crash").extracting(TargetEventPublication::getIdentifier).contains(publication.getIdentifier());

        long rowsBeforeCommit = registrys.execute(status -> {
            publications.markCompleted(publication, Instant.now());
            return rowsOf(publication);
        });

        assertThat(rowsBeforeCommit).isEqualTo(1);
        assertThat(publication.isCompleted()).isTrue();
        assertThat(rowsOf(publication)).as("completed publications are deleted").isZero();
    }

    @Test
    void aMarkWhoseTransactionRollsBackLeavesThePublicationToBeDeliveredAgain() {
        TargetEventPublication publication = TargetEventPublication.of(new Noted(UUID.randomUUID(), "重试"), LISTENER);
        publications.create(publication);

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            publications.markProcessing(publication.getIdentifier());
            publications.markCompleted(publication.getIdentifier(), Instant.now());
            status.setRollbackOnly();
        });

        assertThat(statusOf(publication)).isEqualTo("PUBLISHED");
        assertThat(publications.findIncompletePublicationsPublishedBefore(Instant.now().plusSeconds(1)))
                .extracting(TargetEventPublication::getIdentifier).contains(publication.getIdentifier());
        publications.deletePublications(List.of(publication.getIdentifier()));
    }

    @Test
    void noListenerRunsBeforeTheCommitWhenItsPublicationIsNotWrittenYet() {
        ArchRule rule = noMethods().should().beAnnotatedWith(DescribedPredicate.describe("@TransactionalEventListener(phase = BEFORE_COMMIT)",
                        (JavaAnnotation<?> annotation) -> annotation.getRawType().isEquivalentTo(TransactionalEventListener.class)
                                && annotation.as(TransactionalEventListener.class).phase() == TransactionPhase.BEFORE_COMMIT))
                .because("a publication is written with the commit, after such a listener would have marked it completed");

        rule.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.onewindow"));
        assertThatThrownBy(() -> rule.check(new ClassFileImporter().importClasses(ListeningBeforeTheCommit.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("onNoted");
    }

    static class ListeningBeforeTheCommit {
        @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
        void onNoted(Noted noted) {
        }
    }

    private String statusOf(TargetEventPublication publication) {
        return jdbc.sql("select status from event_publication where id = ?").param(publication.getIdentifier()).query(String.class).single();
    }

    private long rowsOf(TargetEventPublication publication) {
        return jdbc.sql("select count(*) from event_publication where id = ?").param(publication.getIdentifier()).query(Long.class).single();
    }
}
