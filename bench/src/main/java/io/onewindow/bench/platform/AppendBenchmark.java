package io.onewindow.bench.platform;

import io.onewindow.bench.Baselines;
import io.onewindow.bench.Report;
import java.time.Duration;
import java.util.Locale;

/**
 * Target 1: sustained appends to the audit log with a signed checkpoint at least every second, through
 * the platform's own code, against the raw insert rate of the same database and the raw SHA-256 rate.
 */
public final class AppendBenchmark {

    public static final double TARGET_APPENDS_PER_SECOND = 5_000;
    private static final double TARGET_CHECKPOINT_GAP_SECONDS = 1.0;

    private AppendBenchmark() {
    }

    /**
     * @param window    how long writers run while the integrator integrates
     * @param writers   writer threads
     * @param batchSize events per {@code recordAll} call
     * @param warmUp    writing before the window, not counted
     * @param backlog   records to integrate with nothing else running
     * @param baseline  how long the raw-insert baseline runs
     */
    public record Settings(Duration window, int writers, int batchSize, Duration warmUp, long backlog, Duration baseline) {
    }

    public static void run(PlatformUnderTest platform, Report report, Settings settings, Baselines baselines) throws Exception {
        report.heading("1. Appends to the audit log with signed checkpoints (platform code, "
                + settings.window().toSeconds() + " s window)");
        report.figure("database", platform.describeDatabase());
        report.figure("writers", settings.writers() + " threads, " + settings.batchSize() + " events per RecordStore.recordAll");
        report.figure("load average before", io.onewindow.bench.MachineFacts.loadAverage());

        AppendThroughput appends = new AppendThroughput(platform, settings.writers(), settings.batchSize());
        appends.warmUp(settings.warmUp());
        AppendThroughput.Window window = appends.measure(settings.window());
        report.figure("records written", Report.count(window.recorded()) + " (" + Report.perSecond(window.recorded() / window.seconds(), "records") + ")");
        report.figure("appends integrated into the log", Report.count(window.integrated()) + " (" + Report.perSecond(window.appendsPerSecond(), "appends") + ")");
        report.figure("not yet in the log at the end", Report.count(window.backlogAtEnd()) + " records, integrated "
                + String.format(Locale.ROOT, "%.1f s", window.drainSeconds()) + " later");
        report.figure("checkpoints signed (Ed25519 + SM2)", window.checkpoints() + " ("
                + String.format(Locale.ROOT, "%.1f/s", window.checkpoints() / window.seconds()) + "), longest gap "
                + String.format(Locale.ROOT, "%.2f s", window.longestGap()));
        double[] delay = window.toCheckpoint();
        report.figure("insert to its signed checkpoint", String.format(Locale.ROOT, "p50 %.2f s, p99 %.2f s, max %.2f s", delay[0], delay[1], delay[2]));
        report.figure("cores in use during the window", window.cpu().describe());
        report.figure("load average after", io.onewindow.bench.MachineFacts.loadAverage());

        AppendThroughput.Integration alone = appends.integrateBacklog(settings.backlog(), Duration.ofSeconds(30));
        report.figure("recording alone (integrator held off)", Report.perSecond(alone.recordedPerSecond(), "records"));
        report.figure("integration alone (integrateBatch loop)", Report.perSecond(alone.perSecond(), "appends")
                + " (" + Report.count(alone.integrated()) + " of a backlog of " + Report.count(alone.backlog()) + ")");

        int rowBytes = appends.averageRowBytes();
        RawInsertRate.Result raw = new RawInsertRate(platform, settings.writers(), settings.batchSize())
                .measure(settings.baseline(), rowBytes);
        report.figure("baseline: raw inserts, same pool and batches", Report.perSecond(raw.perSecond(), "rows")
                + " (rows of " + raw.rowBytes() + " bytes; audit records " + rowBytes + " bytes)");
        report.figure("baseline: SHA-256 of 32 bytes, 1 thread", Report.perSecond(baselines.sha256PerSecond(), "hashes"));
        report.figure("ratio appends / raw inserts", Report.ratio(window.appendsPerSecond() / raw.perSecond()));
        report.figure("ratio recording alone / raw inserts", Report.ratio(alone.recordedPerSecond() / raw.perSecond()));
        report.figure("ratio integration alone / raw inserts", Report.ratio(alone.perSecond() / raw.perSecond()));
        report.figure("ratio appends / SHA-256 hashes", Report.ratio(window.appendsPerSecond() / baselines.sha256PerSecond()));
        report.figure("ratio appends / target", Report.ratio(window.appendsPerSecond() / TARGET_APPENDS_PER_SECOND));
        boolean met = window.appendsPerSecond() >= TARGET_APPENDS_PER_SECOND && window.longestGap() <= TARGET_CHECKPOINT_GAP_SECONDS;
        report.verdict("1. >= 5,000 appends/s, a checkpoint every <= 1 s",
                Report.perSecond(window.appendsPerSecond(), "appends") + String.format(Locale.ROOT, ", longest gap %.2f s", window.longestGap()), met);
    }
}
