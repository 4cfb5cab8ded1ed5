package io.onewindow.bench.http;

import java.util.Arrays;
import java.util.List;

/** One load client's timed calls: what each took and when it was answered. Written by that client's thread alone. */
public final class ClientTimes {

    private long[] latencies = new long[1 << 12];
    private long[] answeredAt = new long[1 << 12];
    private int count;

    /** A call sent and answered at these {@link System#nanoTime()} readings. */
    public void add(long sent, long answered) {
        if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
            answeredAt = Arrays.copyOf(answeredAt, count * 2);
        }
        latencies[count] = answered - sent;
        answeredAt[count++] = answered;
    }

    /** Every client's latencies in nanoseconds, sorted. */
    static long[] sortedLatencies(List<ClientTimes> clients) {
        return clients.stream().flatMapToLong(c -> Arrays.stream(c.latencies, 0, c.count)).sorted().toArray();
    }

    /** How steadily the clients' calls were answered in the window. */
    static Pace pace(List<ClientTimes> clients, long windowStart, long windowNanos) {
        return Pace.of(windowStart, windowNanos, clients.stream().flatMapToLong(c -> Arrays.stream(c.answeredAt, 0, c.count)).toArray());
    }
}
