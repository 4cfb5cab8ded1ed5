package io.onewindow.benefits.internal;

import io.onewindow.benefits.Audience;
import io.onewindow.benefits.BenefitsError;
import io.onewindow.benefits.MatchingRunCompleted;
import io.onewindow.benefits.MatchingRunStarted;
import io.onewindow.benefits.Policy;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a policy over its whole audience in PostgreSQL: the clauses become SQL ({@link PolicyRules#clausesAsSql}),
 * evaluated chunk by chunk (so the page can show progress) into {@code benefits.run_result}, one boolean per
 * clause. A run keeps the rows of the eligible and of those who missed by a single clause (the near misses an
 * officer looks at first); anyone else's "why not" is a live check. On completion the run is compared with
 * the policy's previous run and the newly eligible are offered the benefit.
 */
@Component
public class MatchingRuns {

    private static final Logger log = LoggerFactory.getLogger(MatchingRuns.class);

    private final JdbcClient jdbc;
    private final PolicyStore policies;
    private final PolicyRules rules;
    private final FactsStore facts;
    private final Offers offers;
    private final AuditedActions actions;
    private final TransactionTemplate transactions;
    private final TaskExecutor executor;
    private final Clock clock;
    private final int chunk;
    private final boolean keepNearMisses;

    MatchingRuns(JdbcClient jdbc, PolicyStore policies, PolicyRules rules, FactsStore facts, Offers offers, AuditedActions actions,
                 TransactionTemplate transactions, @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock,
                 @Value("${onewindow.benefits.run-chunk:200000}") int chunk,
                 @Value("${onewindow.benefits.keep-near-misses:true}") boolean keepNearMisses) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.rules = rules;
        this.facts = facts;
        this.offers = offers;
        this.actions = actions;
        this.transactions = transactions;
        this.executor = executor;
        this.clock = clock;
        this.chunk = chunk;
        this.keepNearMisses = keepNearMisses;
    }

    /** Starts a run in the background and returns at once; its page follows the progress. */
    public UUID start(String policyCode) {
        UUID run = begin(policyCode);
        executor.execute(DelegatingSecurityContextRunnable.create(() -> execute(run, true, keepNearMisses), null));
        return run;
    }

    /** Runs to the end in this thread (demo data, tests, benchmarks); {@code makeOffers} false only matches. */
    public RunView runNow(String policyCode, boolean makeOffers) {
        return runNow(policyCode, makeOffers, keepNearMisses);
    }

    /** As {@link #runNow(String, boolean)}, keeping the rows of near misses or only of the eligible. */
    public RunView runNow(String policyCode, boolean makeOffers, boolean nearMisses) {
        UUID run = begin(policyCode);
        execute(run, makeOffers, nearMisses);
        return find(run).orElseThrow();
    }

    private UUID begin(String policyCode) {
        Policy policy = policies.require(policyCode);
        String hash = PolicyRules.rulesHash(policy);
        rules.clausesAsSql(policy, today());
        return transactions.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("benefits.run." + policyCode).query(Object.class).single();
            if (jdbc.sql("select count(*) from benefits.run where policy_code = ? and state = 'RUNNING'").param(policyCode)
                    .query(Long.class).single() > 0) {
                throw new DomainException(BenefitsError.RUN_IN_PROGRESS, Map.of("code", policyCode));
            }
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    insert into benefits.run (id, policy_code, rules_hash, decision_date, state, started_at)
                    values (?, ?, ?, ?, 'RUNNING', ?)""").params(id, policyCode, hash, today(), Timestamp.from(clock.instant())).update();
            actions.publish(trace -> new MatchingRunStarted(id, policyCode, hash, trace));
            return id;
        });
    }

    private void execute(UUID run, boolean makeOffers, boolean nearMisses) {
        RunView view = find(run).orElseThrow();
        Policy policy = policies.require(view.policyCode());
        try {
            String table = "benefits." + FactsStore.table(policy.audience());
            List<String> clauses = rules.clausesAsSql(policy, view.decisionDate());
            jdbc.sql("update benefits.run set snapshot_at = ?, total = (select count(*) from " + table + ") where id = ?")
                    .params(Timestamp.from(facts.snapshot(policy.audience())), run).update();
            long max = jdbc.sql("select coalesce(max(seq), 0) from " + table).query(Long.class).single();
            String insert = resultInsert(table, clauses, policy.inForceOn(view.decisionDate()), nearMisses ? 1 : 0);
            for (long from = 0; from < max; from += chunk) {
                int rows = jdbc.sql(insert).params(run, from, from + chunk).update();
                long counted = jdbc.sql("select count(*) from " + table + " where seq > ? and seq <= ?").params(from, from + chunk)
                        .query(Long.class).single();
                jdbc.sql("update benefits.run set done = done + ? where id = ?").params(counted, run).update();
                log.debug("Run {}: {} rows kept of {}", run, rows, counted);
            }
            // Fresh statistics, so that the comparison with the previous run is planned as the anti-join it is.
            jdbc.sql("analyze benefits.run_result").update();
            transactions.executeWithoutResult(status -> complete(run, policy, makeOffers));
        } catch (RuntimeException e) {
            log.warn("Matching run {} of {} failed", run, view.policyCode(), e);
            jdbc.sql("update benefits.run set state = 'FAILED', failure = ?, finished_at = ? where id = ?")
                    .params(String.valueOf(e.getMessage()), Timestamp.from(clock.instant()), run).update();
        }
    }

    /**
     * One statement per chunk: each subject's clause values, kept when at most {@code failing} clauses fail
     * (1: the eligible and the near misses; 0: the eligible only). {@code ?} are the run and the chunk's
     * sequence bounds.
     */
    static String resultInsert(String table, List<String> clauses, boolean inForce, int failing) {
        String values = String.join(", ", clauses.stream().map(c -> "coalesce(" + c + ", false)").toList());
        // Keeping the eligible only, the clauses filter the rows first (and stop at the first that fails), so only
        // the matches have their array built.
        String filter = failing == 0 ? " and " + String.join(" and ", clauses.stream().map(c -> "(" + c + ")").toList()) : "";
        return "insert into benefits.run_result (run_id, subject_id, clauses, eligible) "
                + "select ?, s.subject_id, s.c, " + (inForce ? "true = all(s.c)" : "false")
                + " from (select f.subject_id, array[" + values + "] as c from " + table + " f where f.seq > ? and f.seq <= ?" + filter + ") s "
                + "where cardinality(array_positions(s.c, false)) <= " + failing;
    }

    private void complete(UUID run, Policy policy, boolean makeOffers) {
        Optional<UUID> previous = jdbc.sql("""
                select id from benefits.run where policy_code = ? and state = 'DONE' and id <> ? order by started_at desc limit 1""")
                .params(policy.code(), run).query(UUID.class).optional();
        long eligible = jdbc.sql("select count(*) from benefits.run_result where run_id = ? and eligible").param(run).query(Long.class).single();
        long newly = previous.isEmpty() ? eligible : jdbc.sql("""
                select count(*) from benefits.run_result r where r.run_id = ? and r.eligible and not exists
                (select 1 from benefits.run_result p where p.run_id = ? and p.subject_id = r.subject_id and p.eligible)""")
                .params(run, previous.get()).query(Long.class).single();
        long noLonger = previous.isEmpty() ? 0 : jdbc.sql("""
                select count(*) from benefits.run_result p where p.run_id = ? and p.eligible and not exists
                (select 1 from benefits.run_result r where r.run_id = ? and r.subject_id = p.subject_id and r.eligible)""")
                .params(previous.get(), run).query(Long.class).single();
        jdbc.sql("""
                update benefits.run set state = 'DONE', eligible = ?, newly_eligible = ?, no_longer = ?, done = total, finished_at = ?
                where id = ?""").params(eligible, newly, noLonger, Timestamp.from(clock.instant()), run).update();
        actions.publish(trace -> new MatchingRunCompleted(run, policy.code(), eligible, newly, noLonger, trace));
        if (makeOffers) {
            offers.offerNewlyEligible(policy, run, previous.orElse(null), find(run).orElseThrow().decisionDate());
        }
    }

    public Optional<RunView> find(UUID run) {
        return jdbc.sql("select * from benefits.run where id = ?").param(run).query(MatchingRuns::view).optional();
    }

    public List<RunView> history(String policyCode, int limit) {
        return jdbc.sql("select * from benefits.run where policy_code = ? order by started_at desc limit ?").params(policyCode, limit)
                .query(MatchingRuns::view).list();
    }

    public List<RunView> recent(int limit) {
        return jdbc.sql("select * from benefits.run order by started_at desc limit ?").param(limit).query(MatchingRuns::view).list();
    }

    /** Subjects whose eligibility changed between the run and the one before it: true = newly eligible. */
    public List<Map.Entry<UUID, Boolean>> changes(UUID run, int limit) {
        RunView view = find(run).orElseThrow();
        Optional<UUID> previous = jdbc.sql("""
                select id from benefits.run where policy_code = ? and state = 'DONE' and started_at < ? order by started_at desc limit 1""")
                .params(view.policyCode(), Timestamp.from(view.startedAt())).query(UUID.class).optional();
        UUID before = previous.orElse(new UUID(0, 0));
        return jdbc.sql("""
                (select r.subject_id, true as newly from benefits.run_result r where r.run_id = ? and r.eligible and not exists
                   (select 1 from benefits.run_result p where p.run_id = ? and p.subject_id = r.subject_id and p.eligible) limit ?)
                union all
                (select p.subject_id, false from benefits.run_result p where p.run_id = ? and p.eligible and not exists
                   (select 1 from benefits.run_result r where r.run_id = ? and r.subject_id = p.subject_id and r.eligible) limit ?)""")
                .params(run, before, limit, before, run, limit)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getBoolean(2))).list();
    }

    /** The clause values a run stored for the subject; empty when it kept no row (more than one clause failed). */
    public Optional<List<Boolean>> clausesOf(UUID run, UUID subject) {
        return jdbc.sql("select clauses from benefits.run_result where run_id = ? and subject_id = ?").params(run, subject)
                .query((rs, n) -> List.of((Boolean[]) rs.getArray(1).getArray())).optional();
    }

    public Audience audienceOf(String policyCode) {
        return policies.require(policyCode).audience();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static RunView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp snapshot = rs.getTimestamp("snapshot_at");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new RunView(rs.getObject("id", UUID.class), rs.getString("policy_code"), rs.getString("rules_hash"),
                rs.getObject("decision_date", LocalDate.class), snapshot == null ? null : snapshot.toInstant(), rs.getString("state"),
                rs.getLong("total"), rs.getLong("done"), rs.getLong("eligible"), rs.getLong("newly_eligible"), rs.getLong("no_longer"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(), rs.getString("failure"));
    }
}
