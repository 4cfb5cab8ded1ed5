package io.onewindow.bench.platform;

import io.onewindow.kernel.access.Assurance;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.audit.Trace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transaction of a module's action, as a case-handling module would write it: an officer's decision on
 * an application stored in the module's own table, and, when audited, the {@link ApplicationDecided} action
 * published through {@link AuditedActions}. Each caller thread is signed in as an officer of its own.
 */
final class AuditedTransactions implements AutoCloseable {

    private static final String TABLE = "public.onewindow_bench_decision";

    private final PlatformUnderTest platform;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditedActions actions;

    private AuditedTransactions(PlatformUnderTest platform) {
        this.platform = platform;
        this.jdbc = platform.jdbc();
        this.transactions = platform.bean(TransactionTemplate.class);
        this.actions = platform.bean(AuditedActions.class);
    }

    static AuditedTransactions prepare(PlatformUnderTest platform) {
        AuditedTransactions prepared = new AuditedTransactions(platform);
        prepared.jdbc.sql("drop table if exists " + TABLE).update();
        prepared.jdbc.sql("create table " + TABLE + " (id uuid primary key, application text not null, officer uuid not null,"
                + " outcome text not null, reason text not null, decided_at timestamptz not null default now())").update();
        return prepared;
    }

    /** An officer decided on an application: the event the benchmark's module publishes. */
    record ApplicationDecided(UUID decisionId, String application, UUID applicant, String outcome, Trace trace) implements Auditable {
        @Override
        public AuditFacts audit() {
            return AuditFacts.of("bench.application.decided", "application", application)
                    .concerning(applicant, "service-application")
                    .with(Map.of("decision", decisionId.toString(), "outcome", outcome, "channel", "web"));
        }
    }

    /** Calls the transaction on {@code callers} threads for {@code duration}. */
    Result run(int callers, Duration duration, boolean audited) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Latencies> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < callers; t++) {
            Latencies latencies = new Latencies();
            perThread.add(latencies);
            UserAccount officer = new UserAccount(UUID.randomUUID(), "officer" + t, UUID.randomUUID(), "窗口受理员" + t,
                    Set.of(Role.OFFICER, Role.CITIZEN), List.of(UUID.nameUUIDFromBytes(("department" + t % 4).getBytes())),
                    "青岛市行政审批服务局", List.of("3702"), Assurance.IN_PERSON);
            SplittableRandom random = new SplittableRandom(System.nanoTime() + t);
            Thread thread = new Thread(() -> {
                SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken((CurrentUser.Holder) () -> officer, null));
                try {
                    while (System.nanoTime() < deadline && failure.get() == null) {
                        long began = System.nanoTime();
                        transactions.executeWithoutResult(status -> decide(officer, random, audited));
                        latencies.add(System.nanoTime() - began);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }, "bench-caller-" + t);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException("a caller failed", failure.get());
        }
        Latencies all = new Latencies();
        perThread.forEach(all::addAll);
        return new Result(all.count(), seconds, all);
    }

    private void decide(UserAccount officer, SplittableRandom random, boolean audited) {
        UUID decision = new UUID(random.nextLong(), random.nextLong());
        String application = "SP-2026-" + String.format("%07d", random.nextInt(10_000_000));
        String outcome = random.nextInt(10) == 0 ? "rejected" : "approved";
        jdbc.sql("insert into " + TABLE + " (id, application, officer, outcome, reason) values (?, ?, ?, ?, ?)")
                .params(decision, application, officer.accountId(), outcome, "材料齐全，符合法定条件，准予许可").update();
        if (audited) {
            UUID applicant = new UUID(random.nextLong(), random.nextLong());
            actions.publish(trace -> new ApplicationDecided(decision, application, applicant, outcome, trace));
        }
    }

    /** Waits until every record is in the log under a signed checkpoint; returns how long that took, in seconds. */
    double awaitSignedCheckpoint(Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        while (true) {
            long pending = jdbc.sql("select count(*) from audit.queue").query(Long.class).single();
            long records = jdbc.sql("select count(*) from audit.record").query(Long.class).single();
            long signed = jdbc.sql("select coalesce(max(size), 0) from audit.checkpoint").query(Long.class).single();
            if (pending == 0 && signed >= records) {
                return (System.nanoTime() - start) / 1e9;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the log did not catch up within " + limit.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() {
        jdbc.sql("drop table if exists " + TABLE).update();
    }

    /** Transactions committed in so many seconds, and how long each took. */
    record Result(long count, double seconds, Latencies latencies) {
        double perSecond() {
            return count / seconds;
        }
    }
}
