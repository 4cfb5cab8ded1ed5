package io.onewindow.bench.platform;

import io.onewindow.bench.CpuMeter;
import io.onewindow.bench.MachineFacts;
import io.onewindow.bench.Report;
import io.onewindow.bench.WarmUp;
import java.time.Duration;
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

    public static void run(PlatformUnderTest platform, Report report, Settings settings) throws Exception {
        report.heading("1b. Audited actions through the real path (" + settings.callers() + " in-process callers, "
                + settings.window().toSeconds() + " s windows)");
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
            CpuMeter.Snapshot before = cpu.snapshot();
            AuditedTransactions.Result audited = transactions.run(settings.callers(), settings.window(), true);
            CpuMeter.Usage auditedCpu = CpuMeter.between(before, cpu.snapshot());
            double signedAfter = transactions.awaitSignedCheckpoint(Duration.ofSeconds(60));

            transactions.run(settings.callers(), settings.warmUp(), false);
            CpuMeter.Snapshot beforePlain = cpu.snapshot();
            AuditedTransactions.Result plain = transactions.run(settings.callers(), settings.window(), false);
            CpuMeter.Usage plainCpu = CpuMeter.between(beforePlain, cpu.snapshot());

            double throughCheckpoint = audited.count() / (audited.seconds() + signedAfter);
            report.figure("audited actions committed", Report.count(audited.count()) + " ("
                    + Report.perSecond(audited.perSecond(), "actions") + ")");
            report.figure("in a signed checkpoint", String.format(Locale.ROOT, "all of them %.2f s after the window", signedAfter)
                    + " (" + Report.perSecond(throughCheckpoint, "actions") + " from first call to last checkpoint)");
            report.figure("publishing transaction", latencies(audited));
            report.figure("cores in use (audited window)", auditedCpu.describe());
            report.figure("baseline: same transactions unaudited", Report.count(plain.count()) + " ("
                    + Report.perSecond(plain.perSecond(), "transactions") + "), " + latencies(plain));
            report.figure("cores in use (unaudited window)", plainCpu.describe());
            double ratio = throughCheckpoint / plain.perSecond();
            report.figure("ratio audited (to checkpoint) / unaudited", Report.ratio(ratio));
            report.figure("load average after", MachineFacts.loadAverage());
            report.verdict("1b. >= 5,000 audited actions/s to a signed checkpoint", Report.perSecond(throughCheckpoint, "actions"),
                    throughCheckpoint >= TARGET_ACTIONS_PER_SECOND);
            report.verdict("1b. audited / unaudited >= 0.5", Report.ratio(ratio), ratio >= TARGET_RATIO);
        }
    }

    private static String latencies(AuditedTransactions.Result result) {
        return "p50 " + Report.duration(result.latencies().percentile(50)) + ", p99 " + Report.duration(result.latencies().percentile(99));
    }
}
