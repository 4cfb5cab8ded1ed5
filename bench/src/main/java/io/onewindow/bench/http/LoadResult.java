package io.onewindow.bench.http;

import java.time.Duration;
import java.util.List;

/**
 * What a load measured in its window: the latency of every request, sorted, how steadily they were answered,
 * the errors among them and in the warm-up (the first one described), and the window's length.
 */
public final class LoadResult {

    private final long[] sortedNanos;
    private final Pace pace;
    private final long errors;
    private final long warmUpErrors;
    private final String firstError;
    private final double seconds;

    /**
     * What the clients' timed calls in the window measured; {@code errors} are those among them, {@code warmUpErrors}
     * those before it, {@code firstError} the first of either (or null).
     */
    public static LoadResult of(List<ClientTimes> clients, long windowStart, Duration window, long errors, long warmUpErrors,
                                String firstError) {
        return new LoadResult(ClientTimes.sortedLatencies(clients), ClientTimes.pace(clients, windowStart, window.toNanos()),
                errors, warmUpErrors, firstError, window.toNanos() / 1e9);
    }

    private LoadResult(long[] sortedNanos, Pace pace, long errors, long warmUpErrors, String firstError, double seconds) {
        this.sortedNanos = sortedNanos;
        this.pace = pace;
        this.errors = errors;
        this.warmUpErrors = warmUpErrors;
        this.firstError = firstError;
        this.seconds = seconds;
    }

    public long requests() {
        return sortedNanos.length;
    }

    public double perSecond() {
        return sortedNanos.length / seconds;
    }

    /** The percentile (0–100) of the latencies in nanoseconds, by the nearest-rank method; NaN with no requests. */
    public double percentile(double percent) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))];
    }

    public Pace pace() {
        return pace;
    }

    /** Answers other than 2xx and failed connections. */
    public long errors() {
        return errors;
    }

    /** Errors during the warm-up, which is not timed. */
    public long warmUpErrors() {
        return warmUpErrors;
    }

    /** The first error, in the warm-up or the window, e.g. {@code HTTP 302}, or null when there was none. */
    public String firstError() {
        return firstError;
    }
}
