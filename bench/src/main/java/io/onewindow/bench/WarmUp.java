package io.onewindow.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A warm-up that lasts until the JIT compiler has compiled the path being warmed up. The platform is a large
 * program: on two cores its compiler threads were seen taking a fifth of the JVM's processor time for more than
 * a minute of load, so a warm-up of fixed length left the first measured window paying for compilation that
 * the windows after it did not pay for. Each round of the warm-up is repeated until the compiler threads used
 * less than {@link #QUIET} of one processor during {@link #QUIET_ROUNDS} rounds in a row, or the limit has passed: a
 * single quiet round was seen to come early (after 3 and after 12 rounds, where the same path needed 27–36), the
 * compiler idle for a moment with much of the path still to compile, and the window then measured it half
 * interpreted. Their processor time is read from {@code /proc/self/task}; where that cannot be read, the JVM's total
 * compilation time stands in for it, which counts a compilation's elapsed time and so overstates it when the
 * compiler threads wait for a core (seen here: "100 % of a processor" while the threads used a fifth of one).
 */
public final class WarmUp {

    /** Compilation below this share of one processor during a round counts as done. */
    static final double QUIET = 0.05;
    /** Rounds in a row that must be quiet. */
    static final int QUIET_ROUNDS = 2;
    /** Linux counts a thread's processor time in ticks of 1/100 s (USER_HZ). */
    private static final long NANOS_PER_TICK = 10_000_000;

    private WarmUp() {
    }

    /** One round of warm-up load. */
    @FunctionalInterface
    public interface Round {
        void run() throws Exception;
    }

    /**
     * How a warm-up went: the rounds it took, its length, and the compiler's share of a processor in its last rounds (the
     * most it used in any of the last {@link #QUIET_ROUNDS}, or in the one round there was).
     */
    public record Result(int rounds, double seconds, double compilerShare) {

        public boolean quiet() {
            return compilerShare < QUIET;
        }

        public String describe() {
            return String.format(Locale.ROOT, "%d round%s, %.0f s; the JIT compiler used %s%.0f %% of a processor in the last %s%s",
                    rounds, rounds == 1 ? "" : "s", seconds, rounds == 1 ? "" : "at most ", compilerShare * 100,
                    rounds == 1 ? "round" : Math.min(rounds, QUIET_ROUNDS) + " rounds", quiet() ? "" : " (still compiling at the limit)");
        }
    }

    /**
     * Runs {@code round} once, then again until the compiler has been quiet in {@link #QUIET_ROUNDS} rounds in a row or
     * {@code limit} has passed.
     */
    public static Result untilCompiled(Round round, Duration limit) throws Exception {
        return untilCompiled(round, limit, WarmUp::compilerStopwatch);
    }

    /** How much the compiler threads have compiled since the stopwatch was started, in nanoseconds of processor time. */
    @FunctionalInterface
    interface Stopwatch {
        long compiledNanos();
    }

    static Result untilCompiled(Round round, Duration limit, Supplier<Stopwatch> stopwatches) throws Exception {
        long start = System.nanoTime();
        int rounds = 0;
        double[] lastShares = new double[QUIET_ROUNDS];
        double share;
        do {
            Stopwatch compiler = stopwatches.get();
            long began = System.nanoTime();
            round.run();
            // Summed over the compiler threads, so the share is in processors.
            lastShares[rounds % QUIET_ROUNDS] = compiler.compiledNanos() / (double) (System.nanoTime() - began);
            rounds++;
            share = 0;
            for (int i = 0; i < Math.min(rounds, QUIET_ROUNDS); i++) {
                share = Math.max(share, lastShares[i]);
            }
        } while ((share >= QUIET || rounds < QUIET_ROUNDS) && System.nanoTime() - start < limit.toNanos());
        return new Result(rounds, (System.nanoTime() - start) / 1e9, share);
    }

    /** A stopwatch of the compiler threads' processor time, or of the JVM's compilation time where that cannot be read. */
    static Stopwatch compilerStopwatch() {
        Optional<Map<String, Long>> threads = compilerTicks();
        if (threads.isPresent()) {
            return () -> compilerTicks().map(now -> compiledBetween(threads.get(), now)).orElse(0L);
        }
        long compiledMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        return () -> (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compiledMillis) * 1_000_000;
    }

    /**
     * The processor time of each JIT compiler thread so far, in ticks, by thread id; empty where
     * {@code /proc/self/task} cannot be read. HotSpot starts and ends compiler threads as the work asks, and
     * names them "C1 CompilerThread0", "C2 CompilerThread1"..., cut to 15 characters.
     */
    static Optional<Map<String, Long>> compilerTicks() {
        Map<String, Long> ticks = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    if (Files.readString(task.resolve("comm")).contains("CompilerThre")) {
                        // After the name in parentheses: the state is the first field, utime the 12th, stime the 13th.
                        String stat = Files.readString(task.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks.put(task.getFileName().toString(), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                    }
                } catch (NoSuchFileException ended) {
                    // The thread ended while it was read: it compiles no more.
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(ticks);
    }

    /**
     * Nanoseconds of compiling between two readings: what each thread added, all of a thread started in between;
     * a thread that ended in between is missed for its last moments, when it had little left to do.
     */
    static long compiledBetween(Map<String, Long> before, Map<String, Long> after) {
        long ticks = 0;
        for (Map.Entry<String, Long> thread : after.entrySet()) {
            ticks += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
        }
        return ticks * NANOS_PER_TICK;
    }
}
