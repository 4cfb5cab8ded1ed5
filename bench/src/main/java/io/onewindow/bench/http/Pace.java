package io.onewindow.bench.http;

import java.util.Arrays;
import java.util.Locale;

/**
 * How steadily the answers of a closed loop came in its window: how many were answered in each tenth of a second.
 * A high 99th percentile has two causes that a percentile cannot tell apart: every request a little slower, or
 * the whole server standing still now and then, when every client's request waits at once. The second shows
 * here as slices with few answers; on a machine shared with others they come and go with the neighbours'
 * load (docs/benchmarks.md, Cases, 2026-12-04).
 */
public final class Pace {

    static final long SLICE_NANOS = 100_000_000L;

    private final int[] answersPerSlice;
    private final double median;

    private Pace(int[] answersPerSlice) {
        this.answersPerSlice = answersPerSlice;
        int[] sorted = answersPerSlice.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        this.median = sorted.length == 0 ? Double.NaN
                : sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    /**
     * The answers counted per slice of the window, from the {@link System#nanoTime()} at which each was read to its
     * end; an answer outside the window is not counted, and a last slice shorter than the others is left out.
     */
    public static Pace of(long windowStart, long windowNanos, long[] answeredAt) {
        int[] perSlice = new int[(int) (windowNanos / SLICE_NANOS)];
        for (long at : answeredAt) {
            long slice = Math.floorDiv(at - windowStart, SLICE_NANOS);
            if (slice >= 0 && slice < perSlice.length) {
                perSlice[(int) slice]++;
            }
        }
        return new Pace(perSlice);
    }

    public int slices() {
        return answersPerSlice.length;
    }

    public double median() {
        return median;
    }

    /** Slices in which fewer than half the median's answers came: the server stood still for part of them. */
    public int stalls() {
        double half = median / 2;
        return (int) Arrays.stream(answersPerSlice).filter(n -> n < half).count();
    }

    public int fewest() {
        return Arrays.stream(answersPerSlice).min().orElse(0);
    }

    public String describe() {
        return String.format(Locale.ROOT, "answers per 100 ms: median %.0f, fewest %d; %d of %d slices under half the median",
                median(), fewest(), stalls(), slices());
    }
}
