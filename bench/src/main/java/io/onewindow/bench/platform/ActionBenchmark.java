package io.onewindow.bench.platform;

import io.onewindow.bench.CpuMeter;
import io.onewindow.bench.MachineFacts;
import io.onewindow.bench.Report;
import io.onewindow.bench.WarmUp;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Audited actions through the real path: a module's transaction changes its own table and publishes an
 * {@code Auditable} through {@code AuditedActions}, whose record and pending log entry commit with it; the
 * platform's integrator then puts the records into the log under signed checkpoints. Measured against the
 * same transactions without the audited action, in the same run, on the same threads.
 */
public final class ActionBenchmark {

    public static final double TARGET_ACTIONS_PER_SECOND = 5_000;
    public static final double TARGET_RATIO = 0.5;

    private ActionBenchmark() {
    }

    /**
     * @param callers      threads calling the transactional method at once
     * @param warmUp       one round of calls before the measured windows, not counted; repeated until the path is compiled
     * @param warmUpLimit  how long the rounds of warm-up of one path may last at most
     * @param window       how long each measured window lasts
     */
    public record Settings(int callers, Duration warmUp, Duration warmUpLimit, Duration window) {
    }

    /** Windows of each kind: alternated in pairs, the second pair in the other order (audited, unaudited, unaudited, audited, …). */
    static final int WINDOWS_PER_SIDE = 4;

    public static void run(PlatformUnderTest platform, Report report, Settings settings) throws Exception {
        Duration window = settings.window().dividedBy(WINDOWS_PER_SIDE);
        report.heading("1b. Audited actions through the real path (" + settings.callers() + " in-process callers, "
                + WINDOWS_PER_SIDE + " windows of " + window.toMillis() / 1000.0 + " s per side)");
        report.figure("database", platform.describeDatabase());
        report.figure("load average before", MachineFacts.loadAverage());
        try (AuditedTransactions transactions = AuditedTransactions.prepare(platform)) {
            CpuMeter cpu = new CpuMeter(platform.databasePid());

            // Both paths are warmed up until compiled before either is measured, so that neither window pays for the JIT compiler.
            WarmUp.Result plainWarm = WarmUp.untilCompiled(() -> transactions.run(settings.callers(), settings.warmUp(), false),
                    settings.warmUpLimit());
            WarmUp.Result auditedWarm = WarmUp.untilCompiled(() -> transactions.run(settings.callers(), settings.warmUp(), true),
                    settings.warmUpLimit());
            report.figure("warm-up, unaudited", plainWarm.describe());
            report.figure("warm-up, audited", auditedWarm.describe());
            transactions.awaitSignedCheckpoint(Duration.ofSeconds(60));

            // The two paths take turns, so that a neighbour's load that comes or goes during the run weighs on both
            // alike; in a pair whose order alternates (ABBA), a load that grows or shrinks steadily cancels out.
            Side audited = new Side();
            Side plain = new Side();
            for (int pair = 0; pair < WINDOWS_PER_SIDE; pair++) {
                boolean auditedFirst = pair % 2 == 0;
                for (Side side : auditedFirst ? List.of(audited, plain) : List.of(plain, audited)) {
                    boolean isAudited = side == audited;
                    CpuMeter.Snapshot before = cpu.snapshot();
                    AuditedTransactions.Result result = transactions.run(settings.callers(), window, isAudited);
                    // An audited window lasts until its last action is in a signed checkpoint.
                    double signedAfter = isAudited ? transactions.awaitSignedCheckpoint(Duration.ofSeconds(60)) : 0;
                    CpuMeter.Usage used = CpuMeter.between(before, cpu.snapshot());
                    side.add(result, signedAfter, used);
                }
                report.figure("pair " + (pair + 1) + (auditedFirst ? " (audited first)" : " (unaudited first)"),
                        String.format(Locale.ROOT, "audited %s, unaudited %s, ratio %s",
                                Report.perSecond(audited.lastPerSecond(), "actions"), Report.perSecond(plain.lastPerSecond(), "transactions"),
                                Report.ratio(audited.lastPerSecond() / plain.lastPerSecond())));
            }

            double throughCheckpoint = audited.perSecond();
            report.figure("audited actions committed", Report.count(audited.count) + " ("
                    + Report.perSecond(audited.count / audited.windowSeconds, "actions") + " in the windows themselves)");
            report.figure("in a signed checkpoint", String.format(Locale.ROOT, "all of them at most %.2f s after their window",
                    audited.longestWait) + " (" + Report.perSecond(throughCheckpoint, "actions") + " from first call to last checkpoint)");
            report.figure("publishing transaction", latencies(audited.latencies));
            report.figure("cores in use (audited windows, to their checkpoints)", audited.cores().describe());
            report.figure("baseline: same transactions unaudited", Report.count(plain.count) + " ("
                    + Report.perSecond(plain.perSecond(), "transactions") + "), " + latencies(plain.latencies));
            report.figure("cores in use (unaudited windows)", plain.cores().describe());
            report.figure("processor time per transaction", String.format(Locale.ROOT, "audited %s, unaudited %s (this JVM and PostgreSQL)",
                    Report.duration(audited.nanosPerTransaction()), Report.duration(plain.nanosPerTransaction())));
            double ratio = throughCheckpoint / plain.perSecond();
            report.figure("ratio audited (to checkpoint) / unaudited", Report.ratio(ratio));
            report.figure("load average after", MachineFacts.loadAverage());
            report.verdict("1b. >= 5,000 audited actions/s to a signed checkpoint", Report.perSecond(throughCheckpoint, "actions"),
                    throughCheckpoint >= TARGET_ACTIONS_PER_SECOND);
            report.verdict("1b. audited / unaudited >= 0.5", Report.ratio(ratio), ratio >= TARGET_RATIO);
        }
    }

    /** What the windows of one path add up to. */
    private static final class Side {
        long count;
        double seconds;
        double windowSeconds;
        double longestWait;
        double lastPerSecond;
        double jvmSeconds;
        double databaseSeconds;
        double machineSeconds;
        final Latencies latencies = new Latencies();

        void add(AuditedTransactions.Result result, double signedAfter, CpuMeter.Usage used) {
            double lasted = result.seconds() + signedAfter;
            count += result.count();
            seconds += lasted;
            windowSeconds += result.seconds();
            longestWait = Math.max(longestWait, signedAfter);
            lastPerSecond = result.count() / lasted;
            latencies.addAll(result.latencies());
            machineSeconds += used.machine() * lasted;
            jvmSeconds += used.jvm() * lasted;
            databaseSeconds += used.database() * lasted;
        }

        double perSecond() {
            return count / seconds;
        }

        double lastPerSecond() {
            return lastPerSecond;
        }

        /** Cores in use from the first call of each window to its last checkpoint, on average. */
        CpuMeter.Usage cores() {
            return new CpuMeter.Usage(machineSeconds / seconds, jvmSeconds / seconds, databaseSeconds / seconds);
        }

        /** This JVM's and PostgreSQL's processor time per transaction. */
        double nanosPerTransaction() {
            return (jvmSeconds + (Double.isNaN(databaseSeconds) ? 0 : databaseSeconds)) / count * 1e9;
        }
    }

    private static String latencies(Latencies latencies) {
        return "p50 " + Report.duration(latencies.percentile(50)) + ", p99 " + Report.duration(latencies.percentile(99));
    }
}
