package io.onewindow.bench.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The baseline for appends: how many rows a second the same database takes through the same connection
 * pool when nothing is computed, hashed, signed or indexed beyond a primary key. The same writer threads
 * insert batches of the same size, each batch committed as the platform's are, into a scratch table whose
 * rows are as large as the audit records; the table is dropped afterwards.
 */
final class RawInsertRate {

    private static final String TABLE = "public.onewindow_bench_raw_insert";

    private final PlatformUnderTest platform;
    private final int writerThreads;
    private final int batchSize;

    RawInsertRate(PlatformUnderTest platform, int writerThreads, int batchSize) {
        this.platform = platform;
        this.writerThreads = writerThreads;
        this.batchSize = batchSize;
    }

    Result measure(Duration duration, int rowBytes) throws InterruptedException {
        JdbcClient jdbc = platform.jdbc();
        jdbc.sql("drop table if exists " + TABLE).update();
        jdbc.sql("create table " + TABLE + " (id uuid primary key, at timestamptz not null, payload bytea not null)").update();
        try {
            int base = jdbc.sql("select pg_column_size(row(gen_random_uuid(), now(), ''::bytea))").query(Integer.class).single();
            int payload = Math.max(0, rowBytes - base);
            DataSource dataSource = platform.dataSource();
            Writers writers = new Writers(writerThreads);
            writers.run(Duration.ofSeconds(2), Long.MAX_VALUE, thread -> insertBatch(dataSource, new SplittableRandom(thread), payload));
            long start = System.nanoTime();
            long rows = writers.run(duration, Long.MAX_VALUE, thread -> insertBatch(dataSource, new SplittableRandom(1_000_000 + thread), payload));
            double seconds = (System.nanoTime() - start) / 1e9;
            int measuredRowBytes = jdbc.sql("select avg(pg_column_size(t.*))::int from " + TABLE + " t").query(Integer.class).single();
            return new Result(rows, seconds, measuredRowBytes);
        } finally {
            jdbc.sql("drop table if exists " + TABLE).update();
        }
    }

    private Writers.BatchWriter insertBatch(DataSource dataSource, SplittableRandom random, int payloadBytes) {
        return () -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement insert = connection.prepareStatement("insert into " + TABLE + " (id, at, payload) values (?, ?, ?)")) {
                for (int i = 0; i < batchSize; i++) {
                    byte[] payload = new byte[payloadBytes];
                    for (int b = 0; b < payload.length; b++) {
                        payload[b] = (byte) random.nextInt(256);
                    }
                    insert.setObject(1, new UUID(random.nextLong(), random.nextLong()));
                    insert.setTimestamp(2, Timestamp.from(Instant.now()));
                    insert.setBytes(3, payload);
                    insert.addBatch();
                }
                return insert.executeBatch().length;
            }
        };
    }

    /** Rows inserted in so many seconds, and their measured size. */
    record Result(long rows, double seconds, int rowBytes) {

        double perSecond() {
            return rows / seconds;
        }
    }
}
