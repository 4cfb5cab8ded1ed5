package io.onewindow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.AuditedActionOutsideTransaction;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.audit.Trace;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** An audited action and its audit record commit together or not at all, and an action outside a transaction is refused. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "onewindow.audit.integrate=false")
class AuditedActionsTests {

    /** An action of a module of this test: a row in its table and an event that says so. */
    record PermitGranted(UUID permitId, Trace trace) implements Auditable {
        @Override
        public AuditFacts audit() {
            return AuditFacts.of("test.permit.granted", "permit", permitId);
        }
    }

    @Autowired
    AuditedActions actions;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void permitTable() {
        jdbc.sql("create table if not exists audited_actions_test_permit (id uuid primary key)").update();
    }

    @Test
    void publishingOutsideATransactionThrowsAndRecordsNothing() {
        UUID permit = UUID.randomUUID();

        assertThatThrownBy(() -> actions.publish(trace -> new PermitGranted(permit, trace)))
                .isInstanceOf(AuditedActionOutsideTransaction.class)
                .hasMessageContaining("test.permit.granted").hasMessageContaining("outside a transaction");
        assertThat(recordsOf(permit)).isZero();
    }

    @Test
    void publishingInAReadOnlyTransactionThrows() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);

        assertThatThrownBy(() -> readOnly.executeWithoutResult(status -> actions.publish(trace -> new PermitGranted(UUID.randomUUID(), trace))))
                .isInstanceOf(AuditedActionOutsideTransaction.class).hasMessageContaining("read-only");
    }

    @Test
    void aCommittedActionHasItsRecordAndItsPlaceInTheQueueForTheLog() {
        UUID permit = UUID.randomUUID();

        PermitGranted event = transactions.execute(status -> grant(permit));

        assertThat(jdbc.sql("select count(*) from audited_actions_test_permit where id = ?").param(permit).query(Long.class).single()).isOne();
        assertThat(recordsOf(permit)).isOne();
        assertThat(jdbc.sql("select count(*) from audit.queue where id = ?").param(event.trace().id()).query(Long.class).single())
                .isOne();
    }

    @Test
    void aRolledBackActionLeavesNeitherTheActionNorItsRecord() {
        UUID permit = UUID.randomUUID();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            grant(permit);
            throw new IllegalStateException("the officer's decision could not be saved");
        })).hasMessage("the officer's decision could not be saved");

        assertThat(jdbc.sql("select count(*) from audited_actions_test_permit where id = ?").param(permit).query(Long.class).single()).isZero();
        assertThat(recordsOf(permit)).isZero();
    }

    @Test
    void theTraceNamesThePlatformWhenNobodyIsSignedIn() {
        PermitGranted event = transactions.execute(status -> grant(UUID.randomUUID()));

        assertThat(event.trace().actor().username()).isEqualTo("system");
        assertThat(jdbc.sql("select actor_username from audit.record where id = ?").param(event.trace().id()).query(String.class).single())
                .isEqualTo("system");
    }

    private PermitGranted grant(UUID permit) {
        jdbc.sql("insert into audited_actions_test_permit (id) values (?)").param(permit).update();
        return actions.publish(trace -> new PermitGranted(permit, trace));
    }

    private long recordsOf(UUID permit) {
        return jdbc.sql("select count(*) from audit.record where action = 'test.permit.granted' and object_id = ?")
                .param(permit.toString()).query(Long.class).single();
    }
}
