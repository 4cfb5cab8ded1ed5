package io.onewindow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.runtime.CommitStatements.Statement;
import io.onewindow.testing.TestDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes sent with a commit commit with their transaction or not at all, and travel in the COMMIT's own message. */
class CommitStatementsTests {

    private static DataSource database;
    private static JdbcClient jdbc;

    private final CommitStatements commitStatements = new CommitStatements(database);
    private final TransactionTemplate transactions =
            new TransactionTemplate(new TransactionConfiguration.CommittingWithStatements(database));

    @BeforeAll
    static void aTableOfNotes() {
        TestDatabase server = TestDatabase.get();
        database = new DriverManagerDataSource(server.createDatabase("commit_statements"), server.user(), server.password());
        jdbc = JdbcClient.create(database);
        jdbc.sql("create table note (text text primary key)").update();
    }

    @Test
    void theStatementsAndTheCommitAreOneMessageAfterWhichTheTransactionHasEnded() throws Exception {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            connection.createStatement().execute("insert into note values ('written first')");

            CommitStatements.send(connection, List.of(note("sent with the commit")), true);

            assertThat(connection.unwrap(BaseConnection.class).getTransactionState()).isEqualTo(TransactionState.IDLE);
            assertThat(notes()).contains("written first", "sent with the commit");
        }
    }

    @Test
    void statementsAddedInATransactionCommitWithItInTheOrderAdded() {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("insert into note values ('the action')").update();
            commitStatements.add(() -> List.of(note("its record")));
            commitStatements.add(() -> List.of(new Statement("update note set text = text || ', counted' where text = ?", List.of("its record"))));
        });

        assertThat(notes()).contains("the action", "its record, counted");
    }

    @Test
    void statementsRunAfterTheTransactionsOtherBeforeCommitWork() {
        List<Long> seenBeforeCommit = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            commitStatements.add(() -> List.of(note("the record")));
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    seenBeforeCommit.add(jdbc.sql("select count(*) from note where text = 'the record'").query(Long.class).single());
                }
            });
        });

        assertThat(seenBeforeCommit).as("the record, as the transaction saw it just before committing").containsExactly(0L);
        assertThat(notes()).contains("the record");
    }

    @Test
    void statementsAreAskedForWhenTheTransactionCommitsSoTheyMayGrowUntilThen() {
        List<Statement> growing = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            commitStatements.add(() -> growing);
            growing.add(note("added before the work"));
            growing.add(note("added after it"));
        });

        assertThat(notes()).contains("added before the work", "added after it");
    }

    @Test
    void rowsAreInsertedInAsFewStatementsAsPostgreSqlTakes() {
        List<List<String>> rows = java.util.stream.IntStream.range(0, 40_000).mapToObj(i -> List.of("row " + i)).toList();

        List<Statement> inserts = CommitStatements.inserts("insert into note (text) values", "(?)", " on conflict do nothing", rows);
        transactions.executeWithoutResult(status -> commitStatements.add(() -> inserts));

        assertThat(inserts).hasSize(2).allSatisfy(insert -> assertThat(insert.arguments()).hasSizeLessThanOrEqualTo(CommitStatements.MAX_ARGUMENTS));
        assertThat(inserts.get(0).sql()).startsWith("insert into note (text) values (?), (?), (?)").endsWith("(?) on conflict do nothing");
        assertThat(jdbc.sql("select count(*) from note where text like 'row %'").query(Long.class).single()).isEqualTo(40_000);
        assertThat(CommitStatements.inserts("insert into note (text) values", "(?)", "", List.of())).isEmpty();
    }

    @Test
    void everyKindOfArgumentIsWrittenAsSpringWritesItAndAnInsertOfTheSameShapeIsTheSameText() {
        jdbc.sql("""
                create table kinds (text text, id uuid, data bytea, at timestamptz, day date, stamp timestamp, number integer,
                    big bigint, flag boolean, missing text, amount numeric)""").update();
        java.util.UUID id = java.util.UUID.randomUUID();
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2026-02-17T08:30:00.123456+08:00");
        List<Object> row = java.util.Arrays.asList("张三's \"text\"", id, new byte[] {0, 1, (byte) 0xff}, at,
                java.time.LocalDate.of(2026, 10, 8), java.sql.Timestamp.valueOf("2026-10-08 09:00:00"), 42, 1L << 40, true, null,
                new java.math.BigDecimal("12.50"));

        List<Statement> first = CommitStatements.inserts("insert into kinds values", "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "", List.of(row));
        List<Statement> second = CommitStatements.inserts("insert into kinds values", "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "", List.of(row));
        transactions.executeWithoutResult(status -> commitStatements.add(() -> first));

        assertThat(second.get(0).sql()).as("the same instance, which the driver finds its statement by at once").isSameAs(first.get(0).sql());
        assertThat(jdbc.sql("""
                        select text, id, data, at = ?::timestamptz, day::text, stamp::text, number, big, flag, missing is null, amount::text
                        from kinds""").param(at.toString())
                .query((rs, i) -> List.of(rs.getString(1), rs.getObject(2), java.util.HexFormat.of().formatHex(rs.getBytes(3)),
                        rs.getBoolean(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getLong(8), rs.getBoolean(9),
                        rs.getBoolean(10), rs.getString(11))).single())
                .containsExactly("张三's \"text\"", id, "0001ff", true, "2026-10-08", "2026-10-08 09:00:00", 42, 1L << 40, true, true, "12.50");
    }

    @Test
    void aFailingStatementFailsTheCommitAndRollsBackTheWholeTransaction() {
        jdbc.sql("insert into note values ('already there')").update();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            jdbc.sql("insert into note values ('the failed action')").update();
            commitStatements.add(() -> List.of(note("already there")));
        })).isInstanceOf(DuplicateKeyException.class);

        assertThat(notes()).doesNotContain("the failed action");
    }

    @Test
    void statementsRunNowAreReadBackInTheirTransactionAndRollBackWithIt() {
        List<String> readBack = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            commitStatements.runNow(List.of(note("run now"), note("and this")));
            readBack.addAll(notes());
            status.setRollbackOnly();
        });

        assertThat(readBack).contains("run now", "and this");
        assertThat(notes()).doesNotContain("run now", "and this");
        assertThatThrownBy(() -> commitStatements.runNow(List.of(note("no transaction"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("need one");
    }

    @Test
    void aTransactionThatRollsBackSendsNothing() {
        transactions.executeWithoutResult(status -> {
            commitStatements.add(() -> List.of(note("never sent")));
            status.setRollbackOnly();
        });

        assertThat(notes()).doesNotContain("never sent");
    }

    @Test
    void anInnerTransactionOfItsOwnSendsItsOwnStatementsAndNoneOfTheOuters() {
        TransactionTemplate inner = new TransactionTemplate(transactions.getTransactionManager());
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        transactions.executeWithoutResult(status -> {
            commitStatements.add(() -> List.of(note("the outer's, rolled back")));
            inner.executeWithoutResult(innerStatus -> commitStatements.add(() -> List.of(note("the inner's"))));
            status.setRollbackOnly();
        });

        assertThat(notes()).contains("the inner's").doesNotContain("the outer's, rolled back");
    }

    @Test
    void underAnotherTransactionManagerTheStatementsRunJustBeforeTheCommit() {
        TransactionTemplate plain = new TransactionTemplate(new JdbcTransactionManager(database));

        plain.executeWithoutResult(status -> commitStatements.add(() -> List.of(note("sent before the commit"))));
        assertThatThrownBy(() -> plain.executeWithoutResult(status -> {
            jdbc.sql("insert into note values ('rolled back with its statement')").update();
            commitStatements.add(() -> List.of(note("sent before the commit")));
        })).isInstanceOf(DuplicateKeyException.class).hasRootCauseMessage("ERROR: duplicate key value violates unique constraint \"note_pkey\"\n"
                + "  Detail: Key (text)=(sent before the commit) already exists.");

        assertThat(notes()).contains("sent before the commit").doesNotContain("rolled back with its statement");
    }

    @Test
    void refusedOutsideATransactionAndInAReadOnlyOne() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);

        assertThatThrownBy(() -> commitStatements.add(() -> List.of(note("no transaction"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("need a transaction that writes");
        assertThatThrownBy(() -> readOnly.executeWithoutResult(status -> commitStatements.add(() -> List.of(note("read only")))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(notes()).doesNotContain("no transaction", "read only");
    }

    @Test
    void theApplicationsTransactionManagerIsThePlatformsWithSpringBootsCustomizations() {
        TransactionExecutionListener listener = new TransactionExecutionListener() {
        };
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(TransactionManagerCustomizationAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class))
                .withUserConfiguration(TransactionConfiguration.class)
                .withBean(DataSource.class, () -> database)
                .withBean(TransactionExecutionListener.class, () -> listener)
                .run(context -> assertThat(context).getBean(PlatformTransactionManager.class)
                        .isInstanceOf(TransactionConfiguration.CommittingWithStatements.class)
                        .satisfies(manager -> assertThat(((JdbcTransactionManager) manager).getTransactionExecutionListeners())
                                .containsExactly(listener)));
    }

    private static Statement note(String text) {
        return new Statement("insert into note values (?)", List.of(text));
    }

    private static List<String> notes() {
        return jdbc.sql("select text from note").query(String.class).list();
    }
}
