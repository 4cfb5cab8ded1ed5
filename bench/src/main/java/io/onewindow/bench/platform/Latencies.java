package io.onewindow.bench.platform;

import java.util.Arrays;

/** Durations of single calls, in nanoseconds, and their percentiles. */
final class Latencies {

    private long[] samples = new long[1 << 14];
    private int count;

    void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.samples[i]);
        }
    }

    int count() {
        return count;
    }

    /** The percentile (0–100) by the nearest-rank method. */
    double percentile(double percent) {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))];
    }

    double mean() {
        return Arrays.stream(samples, 0, count).average().orElse(Double.NaN);
    }
}
