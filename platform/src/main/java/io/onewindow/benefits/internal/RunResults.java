package io.onewindow.benefits.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a matching run found, in {@code benefits.run_result}: a partition per run, one row per subject kept,
 * with each clause's value in clause order. A run writes its partition with one statement (CREATE TABLE AS,
 * which PostgreSQL runs in parallel as it would the bare query), adds its key once every row is in and
 * attaches it, so no row pays for an index insert. It keeps the eligible, whose clauses all hold, and on
 * request those who missed by one clause; anyone else's "why not" is a live check. Runs are compared by joins
 * of two partitions.
 */
@Component
class RunResults {

    /** Eligibility changes between two runs: how many are eligible now, newly and no longer. */
    record Comparison(long eligible, long newly, long noLonger) {
    }

    private static final UUID NO_RUN = new UUID(0, 0);
    private static final Logger log = LoggerFactory.getLogger(RunResults.class);

    private final JdbcClient jdbc;

    RunResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Evaluates the clauses (SQL over {@code f}) over every row of {@code facts} and writes the run's partition.
     * In the caller's transaction, so that it is attached only if the run's results are all there.
     */
    void match(UUID run, String facts, List<String> clauses, boolean inForce, boolean nearMisses) {
        String table = "benefits." + partition(run);
        long start = System.nanoTime();
        jdbc.sql("create table " + table + " as " + matching(run, facts, clauses, inForce, nearMisses)).update();
        long written = System.nanoTime();
        // The check lets the attachment see that every row belongs to the run without reading them again.
        jdbc.sql("alter table " + table + " alter run_id set not null, alter subject_id set not null, alter clauses set not null,"
                + " alter eligible set not null, add constraint " + partition(run)
                + "_run check (run_id = '" + run + "'::uuid), add constraint " + partition(run) + "_subject unique (subject_id)").update();
        long keyed = System.nanoTime();
        jdbc.sql("alter table benefits.run_result attach partition " + table + " for values in ('" + run + "')").update();
        log.debug("Run {}: written in {} ms, keyed in {} ms, attached in {} ms", run, (written - start) / 1_000_000, (keyed - written) / 1_000_000,
                (System.nanoTime() - keyed) / 1_000_000);
    }

    /**
     * The query of a run's rows. Keeping the eligible only, the clauses filter the rows (PostgreSQL evaluates the
     * cheapest first and stops at the first that fails) and every row kept has all of them true; keeping near
     * misses, every clause is evaluated for every subject.
     */
    static String matching(UUID run, String facts, List<String> clauses, boolean inForce, boolean nearMisses) {
        String id = "'" + run + "'::uuid";
        if (!nearMisses) {
            String all = clauses.isEmpty() ? "true" : clauses.stream().map(c -> "(" + c + ")").collect(Collectors.joining(" and "));
            String held = String.join(",", Collections.nCopies(clauses.size(), "t"));
            return "select " + id + " as run_id, f.subject_id, '{" + held + "}'::boolean[] as clauses, " + inForce + " as eligible from "
                    + facts + " f where " + all;
        }
        String values = clauses.isEmpty() ? "'{}'::boolean[]"
                : clauses.stream().map(c -> "coalesce(" + c + ", false)").collect(Collectors.joining(", ", "array[", "]"));
        return "select " + id + " as run_id, s.subject_id, s.c as clauses, " + (inForce ? "true = all(s.c)" : "false") + " as eligible "
                + "from (select f.subject_id, " + values + " as c from " + facts + " f) s where cardinality(array_positions(s.c, false)) <= 1";
    }

    /** Compares the eligible of a run with those of an earlier one (none: everyone eligible is newly so), in one join. */
    Comparison compare(UUID run, UUID previous) {
        return jdbc.sql("""
                select count(r.subject_id), count(r.subject_id) filter (where p.subject_id is null),
                       count(p.subject_id) filter (where r.subject_id is null)
                from (select subject_id from benefits.run_result where run_id = ? and eligible) r
                full join (select subject_id from benefits.run_result where run_id = ? and eligible) p on p.subject_id = r.subject_id""")
                .params(run, previous == null ? NO_RUN : previous)
                .query((rs, n) -> new Comparison(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    /** Up to {@code limit} newly (true) and up to {@code limit} no longer (false) eligible between the runs. */
    List<Map.Entry<UUID, Boolean>> changes(UUID run, UUID previous, int limit) {
        UUID before = previous == null ? NO_RUN : previous;
        return jdbc.sql("""
                (select r.subject_id, true as newly from benefits.run_result r where r.run_id = ? and r.eligible and not exists
                   (select 1 from benefits.run_result p where p.run_id = ? and p.subject_id = r.subject_id and p.eligible) limit ?)
                union all
                (select p.subject_id, false from benefits.run_result p where p.run_id = ? and p.eligible and not exists
                   (select 1 from benefits.run_result r where r.run_id = ? and r.subject_id = p.subject_id and r.eligible) limit ?)""")
                .params(run, before, limit, before, run, limit)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getBoolean(2))).list();
    }

    /** The clause values the run kept for the subject; empty when it kept no row for them. */
    Optional<List<Boolean>> clausesOf(UUID run, UUID subject) {
        return jdbc.sql("select clauses from benefits.run_result where run_id = ? and subject_id = ?").params(run, subject)
                .query((rs, n) -> List.of((Boolean[]) rs.getArray(1).getArray())).optional();
    }

    private static String partition(UUID run) {
        return "run_result_" + run.toString().replace("-", "");
    }
}
