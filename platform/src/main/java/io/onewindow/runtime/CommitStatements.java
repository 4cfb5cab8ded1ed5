package io.onewindow.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes sent to PostgreSQL in the same message as their transaction's COMMIT. A write that nothing in the
 * transaction reads back (an audit record, a row of a usage count, a mark) then costs no round trip of its own, and
 * still commits with the transaction or not at all: when one of them fails, PostgreSQL skips the COMMIT and the
 * transaction rolls back with the error.
 *
 * <p>Statements are asked for when the transaction commits, so what they write may grow until then; they run after
 * everything else the transaction does, in the order they were added. The platform's transaction manager sends them
 * with the COMMIT; under any other, they run just before it, in a round trip of their own.
 */
@Component
public class CommitStatements {

    /** A statement and its arguments, one for each {@code ?}, in order. */
    public record Statement(String sql, List<?> arguments) {
        public Statement {
            arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
        }
    }

    /** Arguments per statement at most: well under the 65,535 the driver and PostgreSQL take. */
    static final int MAX_ARGUMENTS = 32_000;

    /**
     * Inserts of many rows, as few as PostgreSQL takes: {@code into} (up to and including {@code values}), then
     * {@code row} (its {@code ?}s) for each row with its arguments, then {@code tail} (e.g. an {@code on conflict}
     * clause). None for no rows.
     */
    public static List<Statement> inserts(String into, String row, String tail, List<? extends List<?>> rows) {
        List<Statement> inserts = new ArrayList<>(1);
        int from = 0;
        while (from < rows.size()) {
            List<Object> arguments = new ArrayList<>();
            int to = from;
            do {
                arguments.addAll(rows.get(to++));
            } while (to < rows.size() && arguments.size() + rows.get(to).size() <= MAX_ARGUMENTS);
            inserts.add(new Statement(insertText(into, row, tail, to - from), arguments));
            from = to;
        }
        return inserts;
    }

    /**
     * What {@link #TEXTS} keeps at most: the few shapes of statement the platform sends, with room for many row counts,
     * each text up to 8 KiB long (a few megabytes in all).
     */
    static final int MAX_TEXTS = 512;
    static final int MAX_TEXT_LENGTH = 8_192;
    /**
     * Texts built before, the same instance each time: the driver finds its prepared statement by the text, and hashes
     * and compares a new string of several hundred characters each time, where a string it saw before has its hash
     * already and compares equal at once.
     */
    private static final Map<Object, String> TEXTS = new ConcurrentHashMap<>();

    private record InsertShape(String into, String row, String tail, int rows) {
    }

    private static String insertText(String into, String row, String tail, int rows) {
        return text(new InsertShape(into, row, tail, rows), () -> {
            StringBuilder sql = new StringBuilder(into).append(' ');
            for (int i = 0; i < rows; i++) {
                sql.append(i == 0 ? "" : ", ").append(row);
            }
            return sql.append(tail).toString();
        });
    }

    private static String text(Object shape, Supplier<String> build) {
        String text = TEXTS.get(shape);
        if (text == null) {
            text = build.get();
            if (TEXTS.size() < MAX_TEXTS && text.length() <= MAX_TEXT_LENGTH) {
                TEXTS.putIfAbsent(shape, text);
            }
        }
        return text;
    }

    // As the platform's transaction manager translates a failed commit: by SQL state (23505 a duplicate key, …).
    private static final SQLExceptionTranslator TRANSLATOR = new SQLExceptionSubclassTranslator();

    private final DataSource dataSource;

    CommitStatements(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Adds writes to the current transaction's commit, as the statements {@code statements} gives when the transaction
     * commits (none, if it gives an empty list). Refused outside a transaction and in a read-only one.
     */
    public void add(Supplier<List<Statement>> statements) {
        if (!accepting()) {
            throw new IllegalStateException("Writes sent with a commit need a transaction that writes; there is none here");
        }
        Pending pending = pendingInThisTransaction();
        if (pending == null) {
            pending = new Pending(dataSource);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.sources.add(statements);
    }

    /** Whether {@link #add} takes statements here: inside a transaction that writes. */
    public static boolean accepting() {
        return TransactionSynchronizationManager.isActualTransactionActive() && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /**
     * Runs statements now, in one message, on the current transaction's connection: for writes that something later
     * in the transaction reads back, so cannot wait for the commit. Refused outside a transaction.
     */
    public void runNow(List<Statement> statements) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Statements run in a transaction need one; there is none here");
        }
        sendNow(dataSource, statements, "statements run in a transaction");
    }

    /** Sends statements on the current transaction's connection, without the COMMIT; nothing for none. */
    private static void sendNow(DataSource dataSource, List<Statement> statements, String task) {
        if (statements.isEmpty()) {
            return;
        }
        try {
            send(DataSourceUtils.getConnection(dataSource), statements, false);
        } catch (SQLException e) {
            throw TRANSLATOR.translate(task, null, e);
        }
    }

    // Kept in a synchronization of the current transaction, not in a bound resource (which an inner REQUIRES_NEW
    // transaction would share): each transaction sends exactly its own statements.
    static Pending pendingInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending) {
                return pending;
            }
        }
        return null;
    }

    /**
     * Runs statements, and then the COMMIT if asked, on a connection in one message: the driver sends the statements
     * of one text together and waits once.
     */
    static void send(Connection connection, List<Statement> statements, boolean commit) throws SQLException {
        List<String> texts = new ArrayList<>(statements.size() + 1);
        int count = 0;
        for (Statement statement : statements) {
            texts.add(statement.sql());
            count += statement.arguments().size();
        }
        if (commit) {
            texts.add("commit");
        }
        String sql = text(texts, () -> String.join(";\n", texts));
        try (PreparedStatement prepared = connection.prepareStatement(sql)) {
            Object[] arguments = new Object[count];
            int next = 0;
            for (Statement statement : statements) {
                for (Object argument : statement.arguments()) {
                    arguments[next++] = argument;
                }
            }
            bind(prepared, arguments);
            prepared.execute();
        }
    }

    /**
     * Binds arguments as Spring's {@link ArgumentPreparedStatementSetter} does with PostgreSQL's driver: the common kinds
     * (text, ids, bytes, times, numbers, truth values, null) straight with the setter Spring ends up calling for them,
     * any other through Spring. Spring tests each argument against several interfaces of its own before it binds it,
     * and again to clean up after: in a profile of 16 threads committing audited actions (17 arguments each), those
     * tests took more samples than the driver's setters.
     */
    private static void bind(PreparedStatement prepared, Object[] arguments) throws SQLException {
        boolean throughSpring = false;
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            if (argument == null) {
                prepared.setNull(i + 1, Types.NULL);
            } else if (argument instanceof String text) {
                prepared.setString(i + 1, text);
            } else if (argument instanceof UUID || argument instanceof byte[] || argument instanceof OffsetDateTime
                    || argument instanceof Integer || argument instanceof Long || argument instanceof Boolean) {
                prepared.setObject(i + 1, argument);
            } else {
                StatementCreatorUtils.setParameterValue(prepared, i + 1, SqlTypeValue.TYPE_UNKNOWN, argument);
                throughSpring = true;
            }
        }
        if (throughSpring) {
            StatementCreatorUtils.cleanupParameters(arguments);
        }
    }

    /** A transaction's statements to send with its commit. */
    static final class Pending implements TransactionSynchronization {
        private final DataSource dataSource;
        private final List<Supplier<List<Statement>>> sources = new ArrayList<>(2);
        private boolean sentWithCommit;

        private Pending(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        /** The platform's transaction manager sends these with the COMMIT: nothing to do before it. */
        void willBeSentWithCommit() {
            sentWithCommit = true;
        }

        /** The statements, asked for now and given once. */
        List<Statement> take() {
            List<Statement> statements = new ArrayList<>();
            for (Supplier<List<Statement>> source : sources) {
                statements.addAll(source.get());
            }
            sources.clear();
            return statements;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (sentWithCommit) {
                return;
            }
            sendNow(dataSource, take(), "statements sent before the commit");
        }
    }
}
