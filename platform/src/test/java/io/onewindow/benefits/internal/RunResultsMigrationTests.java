package io.onewindow.benefits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The results of runs made before partitions were numbered survive the migration: each run gets a number, its rows
 * move into the partition of that number, clause values and eligibility unchanged, and the readers find them.
 */
class RunResultsMigrationTests {

    static final UUID FIRST = UUID.fromString("11111111-1111-1111-1111-111111111111");
    static final UUID SECOND = UUID.fromString("22222222-2222-2222-2222-222222222222");
    static final UUID UNFINISHED = UUID.fromString("33333333-3333-3333-3333-333333333333");
    static final UUID STAYS = UUID.randomUUID();
    static final UUID LEAVES = UUID.randomUUID();
    static final UUID JOINS = UUID.randomUUID();

    @Test
    void runsMatchedBeforeTheMigrationKeepTheirResultsUnderTheirNewNumbers() {
        FluentConfiguration migrations = TestDatabase.get().migrationsOnNewDatabase("benefits");
        migrations.target("3").load().migrate();
        JdbcClient jdbc = JdbcClient.create(migrations.getDataSource());
        jdbc.sql("""
                insert into benefits.policy (code, name, audience, department_code, definition, rules_hash, updated_at)
                values ('QD-OLD', '旧政策', 'PERSON', 'qd-mzj', '{}', 'h', now())""").update();
        for (UUID run : List.of(FIRST, SECOND, UNFINISHED)) {
            jdbc.sql("""
                    insert into benefits.run (id, policy_code, rules_hash, decision_date, state, started_at)
                    values (?, 'QD-OLD', 'h', date '2026-11-30', ?, now())""").params(run, run.equals(UNFINISHED) ? "FAILED" : "DONE").update();
        }
        // As the runs of that version wrote them: a partition of their own, named after the run's ID, keyed by subject.
        for (UUID run : List.of(FIRST, SECOND)) {
            String partition = "benefits.run_result_" + run.toString().replace("-", "");
            jdbc.sql("create table " + partition + " partition of benefits.run_result for values in ('" + run + "')").update();
            jdbc.sql("alter table " + partition + " add unique (subject_id)").update();
        }
        insert(jdbc, FIRST, STAYS, "{t,t}", true);
        insert(jdbc, FIRST, LEAVES, "{t,t}", true);
        insert(jdbc, FIRST, JOINS, "{t,f}", false);
        insert(jdbc, SECOND, STAYS, "{t,t}", true);
        insert(jdbc, SECOND, JOINS, "{t,t}", true);

        migrations.target("latest").load().migrate();

        RunResults results = new RunResults(jdbc);
        int first = number(jdbc, FIRST);
        int second = number(jdbc, SECOND);
        assertThat(List.of(first, second, number(jdbc, UNFINISHED))).doesNotHaveDuplicates().doesNotContain(RunResults.NO_RUN);
        assertThat(results.clausesOf(first, JOINS)).hasValue(List.of(true, false));
        assertThat(results.clausesOf(second, JOINS)).hasValue(List.of(true, true));
        assertThat(results.clausesOf(second, LEAVES)).isEmpty();
        assertThat(results.changes(second, first, 10)).containsExactlyInAnyOrder(Map.entry(JOINS, true), Map.entry(LEAVES, false));
        assertThat(jdbc.sql("select count(*) from benefits.run_result").query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("""
                select count(*) from pg_inherits i join pg_class c on c.oid = i.inhrelid
                where i.inhparent = 'benefits.run_result'::regclass""").query(Long.class).single())
                .as("one partition per run that had results").isEqualTo(2);
    }

    private static int number(JdbcClient jdbc, UUID run) {
        return jdbc.sql("select number from benefits.run where id = ?").param(run).query(Integer.class).single();
    }

    private static void insert(JdbcClient jdbc, UUID run, UUID subject, String clauses, boolean eligible) {
        jdbc.sql("insert into benefits.run_result (run_id, subject_id, clauses, eligible) values (?, ?, ?::boolean[], ?)")
                .params(run, subject, clauses, eligible).update();
    }
}
