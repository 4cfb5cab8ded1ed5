package io.onewindow.bench.jmh;

import java.util.Collection;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs one JMH benchmark class in a forked JVM and hands back its primary result: one fork, three
 * warm-up and five measured iterations of a second (one each, a fifth of a second, when quick).
 */
public final class JmhRunner {

    private final boolean quick;
    private final boolean verbose;

    public JmhRunner(boolean quick, boolean verbose) {
        this.quick = quick;
        this.verbose = verbose;
    }

    public Result run(Class<?> benchmark, Customizer customizer) throws RunnerException {
        TimeValue iteration = quick ? TimeValue.milliseconds(200) : TimeValue.seconds(1);
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark.getName() + "."))
                .forks(1)
                .warmupIterations(quick ? 1 : 3)
                .warmupTime(iteration)
                .measurementIterations(iterations())
                .measurementTime(iteration)
                .shouldFailOnError(true)
                .verbosity(verbose ? VerboseMode.NORMAL : VerboseMode.SILENT);
        Collection<RunResult> results = new Runner(customizer.customize(options).build()).run();
        if (results.isEmpty()) {
            throw new RunnerException("JMH gave no result for " + benchmark.getSimpleName() + "; run with --verbose to see why");
        }
        return results.iterator().next().getPrimaryResult();
    }

    /** Measured iterations per run, unless a benchmark asks for more. */
    public int iterations() {
        return quick ? 1 : 5;
    }

    /** Adds a benchmark's own options (parameters, threads, JVM arguments). */
    @FunctionalInterface
    public interface Customizer {
        ChainedOptionsBuilder customize(ChainedOptionsBuilder options);
    }
}
