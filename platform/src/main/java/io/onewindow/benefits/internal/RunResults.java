package io.onewindow.benefits.internal;

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
 * What a matching run found, in {@code benefits.run_result}: a partition per run (by its number), one row per
 * subject kept. A run writes its partition with one statement (CREATE TABLE AS, which PostgreSQL runs in parallel
 * as it would the bare query), compares it with the previous run's and attaches it, all in its transaction. It
 * keeps the eligible, whose clauses all held (their clause values are not written: null), and on request those who
 * missed by one clause, with each clause's value in clause order; anyone else's "why not" is a live check. The
 * partition is not keyed by subject: a run's results are read whole (compared, offered to the newly eligible),
 * no page looks one subject up, and a subject appears once since the facts are keyed by subject.
 */
@Component
class RunResults {

    /** Eligibility changes between two runs: how many are eligible now, newly and no longer. */
    record Comparison(long eligible, long newly, long noLonger) {
    }

    /** The run a new one is compared with: none, or an earlier run and how many it found eligible. */
    record Previous(int run, long eligible) {
        static final Previous NONE = new Previous(NO_RUN, 0);
    }

    /** A run number no run has: the previous run of a policy's first. */
    static final int NO_RUN = 0;
    private static final Logger log = LoggerFactory.getLogger(RunResults.class);

    private final JdbcClient jdbc;

    RunResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Evaluates the clauses (SQL over {@code f}) over every row of {@code facts}, writes the run's partition and
     * compares it with the previous run's. In the caller's transaction, so that it is attached only if the run's
     * results are all there, and so that the comparison reads rows this transaction wrote (a first reader after
     * the commit would also have to look up and mark each row's commit).
     */
    Comparison match(int number, String facts, List<String> clauses, boolean inForce, boolean nearMisses, Previous previous) {
        String table = "benefits." + partition(number);
        long start = System.nanoTime();
        jdbc.sql("create table " + table + " as " + matching(number, facts, clauses, inForce, nearMisses)).update();
        long written = System.nanoTime();
        Comparison comparison = compare(table, previous);
        long compared = System.nanoTime();
        // The constraints let the attachment see that every row belongs to the run without reading them again. Attached
        // last: the attachment locks the results table against other attachments until the run's transaction ends.
        jdbc.sql("alter table " + table + " alter run_number set not null, alter subject_id set not null, alter eligible set not null,"
                + " add constraint " + partition(number) + "_run check (run_number = " + number + ")").update();
        jdbc.sql("alter table benefits.run_result attach partition " + table + " for values in (" + number + ")").update();
        log.debug("Run number {}: written in {} ms, compared in {} ms, attached in {} ms", number, (written - start) / 1_000_000, (compared - written) / 1_000_000,
                (System.nanoTime() - compared) / 1_000_000);
        return comparison;
    }

    /**
     * Counts the run's eligible and those of them the previous run found eligible, in one join: the newly eligible
     * are the rest, the no longer eligible the previous run's other ones.
     */
    private Comparison compare(String table, Previous previous) {
        // Neither table has statistics yet: without them the planner may sort both sides for a merge join, twice the
        // time of hashing the previous run's eligible. For this statement only (the run may be part of a larger
        // transaction, as when the demo data is seeded).
        jdbc.sql("set local enable_mergejoin = off").update();
        try {
            return jdbc.sql("select count(*), count(p.subject_id) from " + table + " r left join benefits.run_result p"
                            + " on p.run_number = ? and p.eligible and p.subject_id = r.subject_id where r.eligible")
                    .param(previous.run())
                    .query((rs, n) -> {
                        long eligible = rs.getLong(1);
                        long still = rs.getLong(2);
                        return new Comparison(eligible, eligible - still, previous.eligible() - still);
                    }).single();
        } finally {
            jdbc.sql("reset enable_mergejoin").update();
        }
    }

    /**
     * The query of a run's rows. Keeping the eligible only, the clauses filter the rows (PostgreSQL evaluates the
     * cheapest first and stops at the first that fails) and every row kept has all of them true, so none is
     * written; keeping near misses, every clause is evaluated for every subject and its values are kept.
     */
    static String matching(int run, String facts, List<String> clauses, boolean inForce, boolean nearMisses) {
        String id = run + "::integer";
        if (!nearMisses) {
            String all = clauses.isEmpty() ? "true" : clauses.stream().map(c -> "(" + c + ")").collect(Collectors.joining(" and "));
            return "select " + id + " as run_number, f.subject_id, null::boolean[] as clauses, " + inForce + " as eligible from "
                    + facts + " f where " + all;
        }
        String values = clauses.isEmpty() ? "'{}'::boolean[]"
                : clauses.stream().map(c -> "coalesce(" + c + ", false)").collect(Collectors.joining(", ", "array[", "]"));
        return "select " + id + " as run_number, s.subject_id, s.c as clauses, " + (inForce ? "true = all(s.c)" : "false") + " as eligible "
                + "from (select f.subject_id, " + values + " as c from " + facts + " f) s where cardinality(array_positions(s.c, false)) <= 1";
    }

    /** Up to {@code limit} newly (true) and up to {@code limit} no longer (false) eligible between the runs. */
    List<Map.Entry<UUID, Boolean>> changes(int after, int before, int limit) {
        return jdbc.sql("""
                (select r.subject_id, true as newly from benefits.run_result r where r.run_number = ? and r.eligible and not exists
                   (select 1 from benefits.run_result p where p.run_number = ? and p.subject_id = r.subject_id and p.eligible) limit ?)
                union all
                (select p.subject_id, false from benefits.run_result p where p.run_number = ? and p.eligible and not exists
                   (select 1 from benefits.run_result r where r.run_number = ? and r.subject_id = p.subject_id and r.eligible) limit ?)""")
                .params(after, before, limit, before, after, limit)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getBoolean(2))).list();
    }

    /**
     * The clause values the run kept for the subject (all true for the eligible); empty when it kept no row for them.
     * A scan of the run's partition, which is not keyed by subject: for tests and audits of one person's result.
     */
    Optional<List<Boolean>> clausesOf(int run, UUID subject) {
        return jdbc.sql("""
                        select coalesce(r.clauses, array_fill(true, array[run.clause_count::int])) from benefits.run_result r
                        join benefits.run run on run.number = r.run_number where r.run_number = ? and r.subject_id = ?""").params(run, subject)
                .query((rs, n) -> List.of((Boolean[]) rs.getArray(1).getArray())).optional();
    }

    private static String partition(int run) {
        return "run_result_" + run;
    }
}
