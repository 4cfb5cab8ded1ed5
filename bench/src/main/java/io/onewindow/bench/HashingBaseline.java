package io.onewindow.bench;

import io.onewindow.bench.jmh.JmhRunner;
import io.onewindow.bench.jmh.Sha256Benchmark;
import org.openjdk.jmh.results.Result;

/** Measures the raw SHA-256 rate, on one thread and on every processor, at the start of every run. */
final class HashingBaseline {

    private HashingBaseline() {
    }

    static Baselines measure(JmhRunner jmh, Report report) throws Exception {
        report.heading("Baseline: SHA-256 of 32-byte inputs (JMH, java.security.MessageDigest)");
        // Twice the usual iterations: every ratio of the run divides by this figure.
        Result one = jmh.run(Sha256Benchmark.class, options -> options.threads(1).measurementIterations(jmh.iterations() * 2));
        int processors = Runtime.getRuntime().availableProcessors();
        Result all = jmh.run(Sha256Benchmark.class, options -> options.threads(processors).measurementIterations(jmh.iterations() * 2));
        report.figure("1 thread", Report.perSecond(one.getScore(), "hashes") + " ± " + Report.count(one.getScoreError()));
        report.figure(processors + " threads", Report.perSecond(all.getScore(), "hashes") + " ± " + Report.count(all.getScoreError()));
        return new Baselines(one.getScore(), all.getScore());
    }
}
