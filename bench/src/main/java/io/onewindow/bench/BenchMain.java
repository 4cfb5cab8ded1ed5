package io.onewindow.bench;

import io.onewindow.audit.internal.CheckpointSigners;
import io.onewindow.audit.internal.LogStore;
import io.onewindow.bench.cases.CasesBenchmark;
import io.onewindow.bench.exchange.ExchangeBenchmark;
import io.onewindow.bench.benefits.BenefitsBenchmark;
import io.onewindow.bench.http.HttpLoad;
import io.onewindow.bench.jmh.InMemoryProofBenchmark;
import io.onewindow.bench.jmh.JmhRunner;
import io.onewindow.bench.licences.LicenceBenchmark;
import io.onewindow.bench.pages.PageBenchmark;
import io.onewindow.bench.platform.ActionBenchmark;
import io.onewindow.bench.platform.AppendBenchmark;
import io.onewindow.bench.platform.AuditLogReset;
import io.onewindow.bench.platform.PlatformUnderTest;
import io.onewindow.bench.platform.ProofBenchmark;
import io.onewindow.bench.verification.VerifierBenchmark;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.openjdk.jmh.results.Result;

/**
 * Runs the benchmarks and prints every figure with its baselines, ratios and targets: the SHA-256
 * baseline, the verifier's rebuild, inclusion proofs from memory (the JMH ones first, each in its own
 * JVM), then the platform booted once for its pages under load, appends, and proofs from its database.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(BenchOptions.USAGE);
            return;
        }
        long start = System.nanoTime();
        Report report = new Report(System.out);
        run(options, report);
        report.printVerdicts();
        report.figure("load average at the end", MachineFacts.loadAverage());
        report.figure("whole run", Report.duration(System.nanoTime() - start));
        if (options.quick()) {
            report.note("--quick: sizes and durations too small to measure anything; the verdicts mean nothing");
        }
    }

    static void run(BenchOptions options, Report report) throws Exception {
        MachineFacts.print(report);
        JmhRunner jmh = new JmhRunner(options.quick(), options.verbose());
        Baselines baselines = null;
        Optional<double[]> proofFromMemory = Optional.empty();
        if (options.runsAnyOf(BenchOptions.AUDIT_LOG)) {
            // Every figure of the audit log is compared with the raw SHA-256 rate; the pages have a baseline of their own.
            baselines = HashingBaseline.measure(jmh, report);
            if (options.runs("verifier")) {
                VerifierBenchmark.run(jmh, report, options.rebuildEntries(), baselines);
            }
            if (options.runs("proofs")) {
                proofFromMemory = Optional.of(proofsFromMemory(jmh, report, options.treeSize()));
            }
        }
        if (!options.runsAnyOf(Set.of("appends", "actions", "proofs", "pages", "cases", "exchange", "licences", "benefits"))) {
            return;
        }
        report.heading("Platform");
        long booting = System.nanoTime();
        try (PlatformUnderTest platform = PlatformUnderTest.start()) {
            report.figure("booted in", Report.duration(System.nanoTime() - booting) + " at " + platform.baseUrl());
            if (options.runs("licences")) {
                LicenceBenchmark.run(platform, report, new LicenceBenchmark.Settings(options.licenceImport(),
                        Duration.ofSeconds(options.quick() ? 2 : 10), Path.of("bench/interop")));
            }
            if (options.runs("benefits")) {
                BenefitsBenchmark.run(platform, report, new BenefitsBenchmark.Settings(options.benefitsPersons(), options.quick() ? 500 : 20_000));
            }
            if (options.runs("pages")) {
                PageBenchmark.run(platform, report, new HttpLoad.Settings(options.clients(),
                        Duration.ofSeconds(options.quick() ? 1 : 5), options.pageWindow()), options.warmUpLimit());
            }
            if (options.runs("cases")) {
                CasesBenchmark.run(platform, report, new CasesBenchmark.Settings(options.clients(),
                        Duration.ofSeconds(options.quick() ? 1 : 5), options.warmUpLimit(), options.pageWindow(), options.bundleItems(),
                        options.casesLoaded()));
            }
            if (options.runs("exchange")) {
                ExchangeBenchmark.run(platform, report, new ExchangeBenchmark.Settings(options.clients(),
                        Duration.ofSeconds(options.quick() ? 1 : 5), options.warmUpLimit(),
                        options.quick() ? Duration.ofSeconds(1) : options.pageWindow()));
            }
            if (options.runsAnyOf(Set.of("appends", "actions", "proofs"))) {
                AuditLogReset.emptyTheLog(platform);
                try {
                    runOnPlatform(options, report, platform, baselines, proofFromMemory);
                } finally {
                    if (platform.externalDatabase()) {
                        AuditLogReset.emptyTheLog(platform);
                    }
                }
            }
        }
    }

    private static void runOnPlatform(BenchOptions options, Report report, PlatformUnderTest platform, Baselines baselines,
                                      Optional<double[]> proofFromMemory) throws Exception {
        if (options.runs("appends")) {
            AppendBenchmark.run(platform, report, new AppendBenchmark.Settings(options.appendWindow(), options.writers(),
                    options.batchSize(), Duration.ofSeconds(options.quick() ? 1 : 5), options.quick() ? 2_000 : 100_000,
                    Duration.ofSeconds(options.quick() ? 1 : 10)), baselines);
            if (options.runs("verifier")) {
                long size = platform.bean(LogStore.class).latestCheckpoint().orElseThrow().size();
                VerifierBenchmark.againstPlatform(report, platform.baseUrl() + "/log",
                        platform.bean(CheckpointSigners.class).verifierKey(), size);
            }
        }
        if (options.runs("actions")) {
            ActionBenchmark.run(platform, report, new ActionBenchmark.Settings(options.clients(),
                    Duration.ofSeconds(options.quick() ? 1 : 5), options.warmUpLimit(), options.actionWindow()));
        }
        if (options.runs("proofs")) {
            ProofBenchmark.run(platform, report, new ProofBenchmark.Settings(options.treeSize(),
                    Duration.ofSeconds(options.quick() ? 1 : 3), Duration.ofSeconds(options.quick() ? 1 : 15), proofFromMemory));
        }
    }

    /** p50 and p99 in nanoseconds of an inclusion proof from tiles in memory, measured by JMH. */
    private static double[] proofsFromMemory(JmhRunner jmh, Report report, long treeSize) throws Exception {
        report.heading("2a. Inclusion proofs from tiles in memory, tree of " + Report.count(treeSize) + " entries (JMH)");
        Result result = jmh.run(InMemoryProofBenchmark.class, options -> options
                .param("treeSize", String.valueOf(treeSize))
                .jvmArgsAppend("-Xmx4g"));
        double p50 = result.getStatistics().getPercentile(50) * 1e3;
        double p99 = result.getStatistics().getPercentile(99) * 1e3;
        report.figure("proof of a random leaf", "p50 " + Report.duration(p50) + ", p99 " + Report.duration(p99)
                + ", mean " + Report.duration(result.getScore() * 1e3));
        return new double[] {p50, p99};
    }
}
