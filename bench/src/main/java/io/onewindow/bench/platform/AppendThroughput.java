package io.onewindow.bench.platform;

import io.onewindow.audit.internal.LogIntegrator;
import io.onewindow.audit.internal.LogStore;
import io.onewindow.audit.internal.RecordStore;
import io.onewindow.bench.CpuMeter;
import io.onewindow.runtime.CommitStatements;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the audit log through the platform's own code while it runs as deployed: writer threads
 * record events with {@link RecordStore#recordAll} (commitment computed, row inserted), and the
 * platform's scheduled {@link LogIntegrator} adds them to the log every 200 ms, extending tiles and
 * bundles and signing an Ed25519 + SM2 checkpoint per batch. Counts what reached a signed checkpoint.
 */
final class AppendThroughput {

    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);

    private final PlatformUnderTest platform;
    private final RecordStore records;
    private final CommitStatements commitStatements;
    private final TransactionTemplate transactions;
    private final LogStore log;
    private final JdbcClient jdbc;
    private final Writers writers;
    private final int batchSize;

    AppendThroughput(PlatformUnderTest platform, int writerThreads, int batchSize) {
        this.platform = platform;
        this.records = platform.bean(RecordStore.class);
        this.commitStatements = platform.bean(CommitStatements.class);
        this.transactions = platform.bean(TransactionTemplate.class);
        this.log = platform.bean(LogStore.class);
        this.jdbc = platform.jdbc();
        this.writers = new Writers(writerThreads);
        this.batchSize = batchSize;
    }

    /** Writes for a while and waits until the log has caught up, so that the code is compiled and the pool full. */
    void warmUp(Duration duration) throws InterruptedException {
        record(duration, Long.MAX_VALUE, 1);
        awaitIntegrated();
    }

    /**
     * Writes for {@code duration} while the integrator runs, then waits for the log to catch up.
     */
    Window measure(Duration duration) throws InterruptedException {
        CpuMeter cpu = new CpuMeter(platform.databasePid());
        long sizeBefore = log.tree().size();
        Instant from = Instant.now();
        CpuMeter.Snapshot cpuFrom = cpu.snapshot();
        long recorded = record(duration, Long.MAX_VALUE, 2);
        CpuMeter.Snapshot cpuTo = cpu.snapshot();
        Instant to = Instant.now();
        long sizeAtEnd = log.tree().size();
        long backlogAtEnd = pending();
        long drainStart = System.nanoTime();
        awaitIntegrated();
        double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
        List<Instant> checkpoints = jdbc.sql("select signed_at from audit.checkpoint where signed_at >= ? and signed_at <= ? order by signed_at")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, i) -> rs.getTimestamp(1).toInstant()).list();
        double seconds = Duration.between(from, to).toNanos() / 1e9;
        return new Window(seconds, recorded, sizeAtEnd - sizeBefore, backlogAtEnd, drainSeconds, checkpoints.size(),
                longestGap(from, to, checkpoints), toCheckpoint(from, to), CpuMeter.between(cpuFrom, cpuTo));
    }

    /**
     * Each half alone: records a backlog while the integrator is held off, then integrates it by
     * calling {@link LogIntegrator#integrateBatch()} in a loop (the scheduled runs may take turns).
     */
    Integration integrateBacklog(long backlog, Duration recordingLimit) throws Exception {
        long recorded;
        long recordingStart = System.nanoTime();
        try (LogPause ignored = LogPause.hold(platform.dataSource())) {
            recorded = record(recordingLimit, backlog, 3);
        }
        double recordingSeconds = (System.nanoTime() - recordingStart) / 1e9;
        LogIntegrator integrator = platform.bean(LogIntegrator.class);
        long sizeBefore = log.tree().size();
        long waiting = pending();
        long start = System.nanoTime();
        long deadline = start + DRAIN_LIMIT.toNanos();
        // The queue is counted only when a batch comes back empty: a scheduled run may have taken its turn.
        while (System.nanoTime() < deadline && (integrator.integrateBatch() > 0 || pending() > 0)) {
            Thread.onSpinWait();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Integration(recorded / recordingSeconds, waiting, log.tree().size() - sizeBefore, seconds);
    }

    /** The average size of a stored audit record row, to size the raw-insert baseline's rows alike. */
    int averageRowBytes() {
        return jdbc.sql("select coalesce(avg(pg_column_size(r.*)), 0)::int from audit.record r").query(Integer.class).single();
    }

    private long record(Duration duration, long limit, int seedGroup) throws InterruptedException {
        return writers.run(duration, limit, thread -> {
            AuditEvents events = new AuditEvents(seedGroup * 1000L + thread);
            return () -> {
                // As audited actions' records are written: inserts sent with their transaction's commit.
                List<RecordStore.Recorded> batch = events.next(batchSize);
                transactions.executeWithoutResult(status -> commitStatements.add(() -> records.inserts(batch)));
                return batchSize;
            };
        });
    }

    private long pending() {
        return jdbc.sql("select count(*) from audit.queue").query(Long.class).single();
    }

    private void awaitIntegrated() throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        while (pending() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the log did not catch up within " + DRAIN_LIMIT.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }

    private static double longestGap(Instant from, Instant to, List<Instant> checkpoints) {
        Instant previous = from;
        double longest = 0;
        for (Instant at : checkpoints) {
            longest = Math.max(longest, Duration.between(previous, at).toNanos() / 1e9);
            previous = at;
        }
        return Math.max(longest, Duration.between(previous, to).toNanos() / 1e9);
    }

    /** Seconds from a record's insert to the signing of the first checkpoint that includes it: p50, p99, max. */
    private double[] toCheckpoint(Instant from, Instant to) {
        return jdbc.sql("""
                        select percentile_cont(0.5) within group (order by d), percentile_cont(0.99) within group (order by d), max(d)
                        from (select extract(epoch from (c.signed_at - r.recorded_at))::float8 as d
                              from audit.record r
                              join audit.leaf l on l.record_id = r.id
                              cross join lateral (select signed_at from audit.checkpoint c where c.size > l.leaf_index
                                                  order by c.size limit 1) c
                              where r.recorded_at >= ? and r.recorded_at < ?) delays""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3)}).single();
    }

    /**
     * One measured window.
     *
     * @param seconds          its length
     * @param recorded         records written by the writers
     * @param integrated       entries added to the log within it
     * @param backlogAtEnd     records written but not yet in the log when it ended
     * @param drainSeconds     how long the log then took to catch up
     * @param checkpoints      checkpoints signed within it
     * @param longestGap       the longest time within it without a new checkpoint, in seconds
     * @param toCheckpoint     seconds from a record's insert to its first signed checkpoint: p50, p99, max
     * @param cpu              cores in use
     */
    record Window(double seconds, long recorded, long integrated, long backlogAtEnd, double drainSeconds, int checkpoints,
                  double longestGap, double[] toCheckpoint, CpuMeter.Usage cpu) {

        double appendsPerSecond() {
            return integrated / seconds;
        }
    }

    /**
     * Recording with the integrator held off, then integrating the backlog with nothing else running.
     *
     * @param recordedPerSecond records written per second while the integrator was held off
     */
    record Integration(double recordedPerSecond, long backlog, long integrated, double seconds) {

        double perSecond() {
            return integrated / seconds;
        }
    }
}
