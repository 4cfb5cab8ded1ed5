package io.onewindow.runtime;

import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The platform's transaction manager: Spring's JDBC one, customized as Spring Boot customizes it, which sends the
 * {@link CommitStatements} of a transaction and its COMMIT to PostgreSQL as one message.
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource,
                                              ObjectProvider<TransactionManagerCustomizers> customizers) {
        JdbcTransactionManager transactions = new CommittingWithStatements(dataSource);
        customizers.ifAvailable(all -> all.customize(transactions));
        return transactions;
    }

    /**
     * Sends a transaction's commit statements and the COMMIT in one message. PostgreSQL runs the COMMIT only if every
     * statement before it succeeded; the driver then knows the transaction ended, and its own commit, which
     * {@code super.doCommit} asks for, sends nothing.
     */
    static final class CommittingWithStatements extends JdbcTransactionManager {

        CommittingWithStatements(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        protected void prepareForCommit(DefaultTransactionStatus status) {
            if (status.isNewTransaction()) {
                CommitStatements.Pending pending = CommitStatements.pendingInThisTransaction();
                if (pending != null) {
                    pending.willBeSentWithCommit();
                }
            }
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            CommitStatements.Pending pending = CommitStatements.pendingInThisTransaction();
            List<CommitStatements.Statement> statements = pending == null ? List.of() : pending.take();
            if (!statements.isEmpty()) {
                ConnectionHolder holder = (ConnectionHolder) TransactionSynchronizationManager.getResource(obtainDataSource());
                try {
                    CommitStatements.send(holder.getConnection(), statements, true);
                } catch (SQLException e) {
                    throw translateException("JDBC commit", e);
                }
            }
            super.doCommit(status);
        }
    }
}
