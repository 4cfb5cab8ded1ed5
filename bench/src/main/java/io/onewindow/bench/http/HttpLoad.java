package io.onewindow.bench.http;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A closed-loop load on one URL, as a number of people each waiting for a page before asking for the
 * next: every client thread sends a GET on its own keep-alive connection (with its own cookies), reads
 * the whole answer, and sends the next, first for a warm-up and then for a measured window. Every request
 * started in the window is timed; an answer other than 2xx, or a connection that fails, is an error, in
 * the window or in the warm-up.
 */
public final class HttpLoad {

    /**
     * @param clients threads, each with one connection and one request at a time
     * @param warmUp  load before the window, not counted
     * @param window  how long requests are counted and timed
     */
    public record Settings(int clients, Duration warmUp, Duration window) {
    }

    private HttpLoad() {
    }

    /**
     * Loads {@code url}. Client {@code i} sends {@code cookies.get(i % cookies.size())} as its
     * {@code Cookie} header, or none when the list is empty.
     */
    public static LoadResult run(URI url, List<String> cookies, Settings settings) throws InterruptedException {
        long windowStart = System.nanoTime() + settings.warmUp().toNanos() + Duration.ofMillis(100).toNanos();
        long windowEnd = windowStart + settings.window().toNanos();
        CountDownLatch ready = new CountDownLatch(settings.clients());
        List<Client> clients = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < settings.clients(); i++) {
            String cookie = cookies.isEmpty() ? null : cookies.get(i % cookies.size());
            Map<String, String> headers = cookie == null || cookie.isEmpty() ? Map.of("Accept", "text/html,*/*")
                    : Map.of("Accept", "text/html,*/*", "Cookie", cookie);
            byte[] request = KeepAliveConnection.request("GET", url, headers, null);
            Client client = new Client(new KeepAliveConnection(url), request, windowStart, windowEnd, ready);
            clients.add(client);
            Thread thread = new Thread(client, "bench-client-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<ClientTimes> times = clients.stream().map(c -> c.times).toList();
        long errors = clients.stream().mapToLong(c -> c.errors).sum();
        long warmUpErrors = clients.stream().mapToLong(c -> c.warmUpErrors).sum();
        String firstError = clients.stream().map(c -> c.firstError).filter(e -> e != null).findFirst().orElse(null);
        return LoadResult.of(times, windowStart, settings.window(), errors, warmUpErrors, firstError);
    }

    /** One client's loop: request after request until the window ends, timing those started in it. */
    private static final class Client implements Runnable {

        private final KeepAliveConnection connection;
        private final byte[] request;
        private final long windowStart;
        private final long windowEnd;
        private final CountDownLatch ready;
        private final ClientTimes times = new ClientTimes();
        private long errors;
        private long warmUpErrors;
        private String firstError;

        Client(KeepAliveConnection connection, byte[] request, long windowStart, long windowEnd, CountDownLatch ready) {
            this.connection = connection;
            this.request = request;
            this.windowStart = windowStart;
            this.windowEnd = windowEnd;
            this.ready = ready;
        }

        @Override
        public void run() {
            ready.countDown();
            try (connection) {
                ready.await();
                for (long start = System.nanoTime(); start < windowEnd; start = System.nanoTime()) {
                    String error = null;
                    try {
                        int status = connection.send(request);
                        if (status / 100 != 2) {
                            error = "HTTP " + status;
                        }
                    } catch (IOException e) {
                        error = e.toString();
                    }
                    long answered = System.nanoTime();
                    if (error != null && firstError == null) {
                        firstError = error;
                    }
                    if (start >= windowStart) {
                        times.add(start, answered);
                        if (error != null) {
                            errors++;
                        }
                    } else if (error != null) {
                        warmUpErrors++;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
