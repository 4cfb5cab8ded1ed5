package io.onewindow.bench.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Threads that each write batches as fast as they can until a deadline or a total is reached, then
 * stop by themselves. A failure in any of them stops all and is rethrown.
 */
final class Writers {

    private final int threads;

    Writers(int threads) {
        this.threads = threads;
    }

    /** Runs {@code batch} on every thread until {@code duration} has passed or {@code limit} rows were written; returns the rows written. */
    long run(Duration duration, long limit, BatchWriter.Factory writers) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong written = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            BatchWriter writer = writers.create(t);
            Thread thread = new Thread(() -> {
                try {
                    while (System.nanoTime() < deadline && written.get() < limit && failure.get() == null) {
                        written.addAndGet(writer.writeBatch());
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "bench-writer-" + t);
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) {
            thread.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a writer failed", failure.get());
        }
        return written.get();
    }

    /** Writes one batch; returns the rows written. */
    @FunctionalInterface
    interface BatchWriter {
        int writeBatch() throws Exception;

        /** A writer for each thread, since generators of test data are not shared. */
        @FunctionalInterface
        interface Factory {
            BatchWriter create(int thread);
        }
    }
}
