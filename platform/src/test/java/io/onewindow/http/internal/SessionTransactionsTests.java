package io.onewindow.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A session's read runs as its one statement; everything else the session store does keeps its transaction. */
class SessionTransactionsTests {

    /** Begins and commits nothing, but notes each transaction begun. */
    static final class CountingTransactions extends AbstractPlatformTransactionManager {
        final List<String> begun = new ArrayList<>();

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            begun.add("begin");
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }

    final CountingTransactions manager = new CountingTransactions();
    final SessionTransactions transactions = new SessionTransactions(new TransactionTemplate(manager));

    @Test
    void aSessionsReadBeginsNoTransactionAndWhatFollowsItBeginsOneAgain() {
        String read = SessionTransactions.withoutTransaction(() -> transactions.execute(status -> {
            assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isFalse();
            return "session";
        }));
        assertThat(read).isEqualTo("session");
        assertThat(manager.begun).isEmpty();

        transactions.executeWithoutResult(status -> assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue());
        assertThat(manager.begun).hasSize(1);
    }

    @Test
    void aReadThatFailsLeavesTheNextWriteInATransaction() {
        assertThatThrownBy(() -> SessionTransactions.withoutTransaction(() -> transactions.execute(status -> {
            throw new IllegalStateException("the database is away");
        }))).hasMessage("the database is away");

        transactions.executeWithoutResult(status -> {
        });
        assertThat(manager.begun).hasSize(1);
    }
}
