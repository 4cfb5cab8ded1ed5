package io.onewindow.bench.verification;

import io.onewindow.bench.Baselines;
import io.onewindow.bench.CpuMeter;
import io.onewindow.bench.MachineFacts;
import io.onewindow.bench.Report;
import io.onewindow.bench.jmh.JmhRunner;
import io.onewindow.bench.jmh.VerifierRebuildBenchmark;
import io.onewindow.bench.tree.MemoryLog;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.results.Result;

/**
 * Target 3: how fast the verifier rebuilds a log, from entry bundles already in memory (JMH) and end to
 * end with {@code verify-log} against a log served over HTTP on the loopback interface, against the raw
 * SHA-256 rate. An entry costs three SHA-256 compressions: its leaf hash (33 bytes, one block) and, on
 * average, one interior node (65 bytes, two blocks).
 */
public final class VerifierBenchmark {

    public static final double TARGET_ENTRIES_PER_SECOND = 1_000_000;
    private static final int COMPRESSIONS_PER_ENTRY = 3;

    private VerifierBenchmark() {
    }

    public static void run(JmhRunner jmh, Report report, int entries, Baselines baselines) throws Exception {
        report.heading("3. Verifier: rebuilding a log of " + Report.count(entries) + " entries");
        report.figure("load average before", MachineFacts.loadAverage());
        Result rebuild = jmh.run(VerifierRebuildBenchmark.class, options -> options.param("entries", String.valueOf(entries)));
        double rebuildMillis = rebuild.getScore();
        double fromMemory = entries / (rebuildMillis / 1e3);
        double best = entries / (rebuild.getStatistics().getMin() / 1e3);
        report.figure("rebuild from memory (JMH, TreeRebuild)", Report.perSecond(fromMemory, "entries")
                + String.format(Locale.ROOT, " (%.0f ms per rebuild; best %s)", rebuildMillis, Report.perSecond(best, "entries")));

        MemoryLog log = MemoryLog.build(entries, 11);
        double bestOverHttp = 0;
        try (ServedLog served = new ServedLog(log)) {
            CpuMeter cpu = new CpuMeter(Optional.empty());
            for (int run = 1; run <= 2; run++) {
                CpuMeter.Snapshot from = cpu.snapshot();
                long requestsBefore = served.requests();
                VerifyLogRun verified = VerifyLogRun.of(served.url(), log.verifierKey(), entries);
                long requests = served.requests() - requestsBefore;
                report.figure("verify-log over HTTP on 127.0.0.1, run " + run, Report.perSecond(verified.entriesPerSecond(), "entries")
                        + String.format(Locale.ROOT, " (%.2f s, %,d requests; cores: %s)", verified.seconds(), requests,
                        CpuMeter.between(from, cpu.snapshot()).describe()));
                bestOverHttp = Math.max(bestOverHttp, verified.entriesPerSecond());
            }
        }
        report.figure("load average after", MachineFacts.loadAverage());
        double ceiling = baselines.sha256PerSecondAllCores() / COMPRESSIONS_PER_ENTRY;
        report.figure("baseline: SHA-256 of 32 bytes, 1 thread", Report.perSecond(baselines.sha256PerSecond(), "hashes"));
        report.figure("hashing ceiling, all cores (3 per entry)", Report.perSecond(ceiling, "entries"));
        report.figure("ratio rebuild / SHA-256 hashes (1 thread)", Report.ratio(fromMemory / baselines.sha256PerSecond()));
        report.figure("ratio rebuild / hashing ceiling", Report.ratio(fromMemory / ceiling));
        report.figure("ratio verify-log over HTTP / rebuild", Report.ratio(bestOverHttp / fromMemory));
        report.verdict("3a. verifier rebuild from memory >= 1,000,000 entries/s",
                Report.perSecond(fromMemory, "entries"), fromMemory >= TARGET_ENTRIES_PER_SECOND);
        report.verdict("3b. verify-log over HTTP >= 1,000,000 entries/s",
                Report.perSecond(bestOverHttp, "entries") + " (best of 2)", bestOverHttp >= TARGET_ENTRIES_PER_SECOND);
    }

    /** verify-log against the platform itself, serving the log the append benchmark wrote from its database. */
    public static void againstPlatform(Report report, String logUrl, String verifierKey, long entries) {
        report.heading("3c. verify-log against the platform (" + Report.count(entries) + " entries from its database)");
        VerifyLogRun verified = VerifyLogRun.of(logUrl, verifierKey, entries);
        report.figure("verify-log " + logUrl, Report.perSecond(verified.entriesPerSecond(), "entries")
                + String.format(Locale.ROOT, " (%.2f s)", verified.seconds()));
    }
}
