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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a policy over its whole audience in PostgreSQL: the clauses become SQL ({@link PolicyRules#clausesAsSql}),
 * evaluated by one statement into the run's results ({@link RunResults}). A run keeps
 * the rows of the eligible, and on request of those who missed by a single clause (the near misses); anyone
 * else's "why not" is a live check. The count, the snapshot time and the results are read in one snapshot of the
 * facts, in which the results are also compared with the policy's previous run; on completion the newly eligible
 * are offered the benefit.
 *
 * <p>Runs started from a page go one at a time on a node, on a thread of their own, in the order they were started (each
 * shows as running until it ends): a run is work for the whole database, which two at once would share without either
 * ending sooner, and a run holds a second connection for a moment to show its progress, so runs at once could take every
 * connection of the pool and wait for one more.
 */
@Component
public class MatchingRuns implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MatchingRuns.class);

    private final JdbcClient jdbc;
    private final PolicyStore policies;
    private final PolicyRules rules;
    private final FactsStore facts;
    private final Offers offers;
    private final AuditedActions actions;
    private final RunResults results;
    private final TransactionTemplate transactions;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate progress;
    private final ThreadPoolTaskExecutor executor;
    private final Clock clock;
    private final boolean keepNearMisses;

    MatchingRuns(JdbcClient jdbc, PolicyStore policies, PolicyRules rules, FactsStore facts, Offers offers, AuditedActions actions,
                 RunResults results, TransactionTemplate transactions, Clock clock,
                 @Value("${onewindow.benefits.keep-near-misses:false}") boolean keepNearMisses) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.rules = rules;
        this.facts = facts;
        this.offers = offers;
        this.actions = actions;
        this.results = results;
        this.transactions = transactions;
        this.snapshot = new TransactionTemplate(transactions.getTransactionManager());
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.progress = new TransactionTemplate(transactions.getTransactionManager());
        this.progress.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = new ThreadPoolTaskExecutor();
        this.executor.setCorePoolSize(1);
        this.executor.setMaxPoolSize(1);
        this.executor.setThreadNamePrefix("benefits-run-");
        this.executor.initialize();
        this.clock = clock;
        this.keepNearMisses = keepNearMisses;
    }

    @Override
    public void destroy() {
        executor.shutdown();
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
        // Rules that cannot be written as SQL fail here, before a run is recorded.
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
            if (!PolicyRules.rulesHash(policy).equals(view.rulesHash())) {
                // Started in the background, the run reads the policy again: it decides on the rules it recorded or not at all.
                throw new IllegalStateException("The policy's rules changed after the run began; run it again");
            }
            List<String> clauses = rules.clausesAsSql(policy, view.decisionDate());
            boolean inForce = policy.inForceOn(view.decisionDate());
            RunResults.Previous previous = previous(view).map(p -> new RunResults.Previous(p.number(), p.eligible()))
                    .orElse(RunResults.Previous.NONE);
            long start = System.nanoTime();
            Matched matched = snapshot.execute(status -> {
                FactsStore.Population population = facts.population(policy.audience());
                // Written at once, outside the run's transaction, so that the run page shows what is being matched.
                progress.executeWithoutResult(s -> jdbc.sql("update benefits.run set snapshot_at = ?, total = ?, clause_count = ? where id = ?")
                        .params(Timestamp.from(population.snapshot()), population.subjects(), clauses.size(), run).update());
                return new Matched(population,
                        results.match(view.number(), "benefits." + FactsStore.table(policy.audience()), clauses, inForce, nearMisses, previous));
            });
            long matchedAt = System.nanoTime();
            transactions.executeWithoutResult(status -> complete(view, policy, matched, previous, makeOffers));
            log.debug("Run {}: matched and compared in {} ms, completed in {} ms", run, (matchedAt - start) / 1_000_000,
                    (System.nanoTime() - matchedAt) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Matching run {} of {} failed", run, view.policyCode(), e);
            jdbc.sql("update benefits.run set state = 'FAILED', failure = ?, finished_at = ? where id = ?")
                    .params(String.valueOf(e.getMessage()), Timestamp.from(clock.instant()), run).update();
        }
    }

    /**
     * The policy's last completed run begun before this one, the one it is compared with: by start time, and by
     * number between runs begun at the same instant (runs are numbered as they begin; runs from before the numbers
     * were numbered in no particular order).
     */
    private Optional<RunView> previous(RunView run) {
        return jdbc.sql("""
                        select * from benefits.run where policy_code = ? and state = 'DONE' and (started_at, number) < (?, ?)
                        order by started_at desc, number desc limit 1""")
                .params(run.policyCode(), Timestamp.from(run.startedAt()), run.number()).query(MatchingRuns::view).optional();
    }

    /** What a run's snapshot held: its audience, and what the run found compared with the previous one. */
    private record Matched(FactsStore.Population population, RunResults.Comparison compared) {
    }

    private void complete(RunView run, Policy policy, Matched matched, RunResults.Previous previous, boolean makeOffers) {
        long eligible = matched.compared().eligible();
        long newly = matched.compared().newly();
        long noLonger = matched.compared().noLonger();
        FactsStore.Population population = matched.population();
        jdbc.sql("""
                update benefits.run set state = 'DONE', snapshot_at = ?, total = ?, done = ?, eligible = ?, newly_eligible = ?, no_longer = ?,
                finished_at = ? where id = ?""").params(Timestamp.from(population.snapshot()), population.subjects(), population.subjects(), eligible,
                newly, noLonger, Timestamp.from(clock.instant()), run.id()).update();
        actions.publish(trace -> new MatchingRunCompleted(run.id(), policy.code(), eligible, newly, noLonger, trace));
        if (makeOffers) {
            offers.offerNewlyEligible(policy, run, previous.run());
        }
    }

    /** The hash of the rules each of these runs decided on, by run: one read for a page of offers. */
    public Map<UUID, String> rulesHashes(Collection<UUID> runs) {
        Map<UUID, String> hashes = new HashMap<>();
        jdbc.sql("select id, rules_hash from benefits.run where id = any(?)").param(runs.toArray(UUID[]::new))
                .query(rs -> {
                    hashes.put(rs.getObject("id", UUID.class), rs.getString("rules_hash"));
                });
        return hashes;
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
        return results.changes(view.number(), previous(view).map(RunView::number).orElse(RunResults.NO_RUN), limit);
    }

    /** The clause values a run stored for the subject; empty when it kept no row for them (not eligible). */
    public Optional<List<Boolean>> clausesOf(UUID run, UUID subject) {
        return find(run).flatMap(view -> results.clausesOf(view.number(), subject));
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
        return new RunView(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getString("policy_code"), rs.getString("rules_hash"),
                rs.getObject("decision_date", LocalDate.class), snapshot == null ? null : snapshot.toInstant(), rs.getString("state"),
                rs.getLong("total"), rs.getLong("done"), rs.getLong("eligible"), rs.getLong("newly_eligible"), rs.getLong("no_longer"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(), rs.getString("failure"));
    }
}
