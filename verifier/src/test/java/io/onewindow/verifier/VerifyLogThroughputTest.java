package io.onewindow.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * How fast {@code verify-log} downloads and rebuilds a log over HTTP on the loopback interface. The
 * default size keeps the build quick; {@code -Dverifier.throughput.entries=1000000} measures a log of a
 * million entries. The best of two runs counts, the first one paying for the JIT; the floor is far below
 * what a busy two-core machine does (a million entries served from the same machine: 150,000 to 190,000
 * entries a second on the first run, 210,000 to 320,000 on the second), so that only a real regression
 * fails it, such as responses that each wait for a delayed TCP acknowledgement.
 */
class VerifyLogThroughputTest {

    private static final int ENTRIES = Integer.getInteger("verifier.throughput.entries", 200_000);
    private static final double FLOOR = 25_000;

    @Test
    void aLogIsDownloadedAndRebuiltAtTwentyFiveThousandEntriesASecondOrMore() {
        Random random = new Random(7);
        List<byte[]> entries = new ArrayList<>(ENTRIES);
        for (int i = 0; i < ENTRIES; i++) {
            byte[] commitment = new byte[32];
            random.nextBytes(commitment);
            entries.add(commitment);
        }
        try (PublishedLog log = new PublishedLog()) {
            log.appendEntries(entries);

            double best = 0;
            for (int run = 0; run < 2; run++) {
                Cli result = Cli.run("verify-log", log.url(), "--vkey", log.vkey());

                assertThat(result.status()).as(result.toString()).isZero();
                Matcher speed = Pattern.compile("speed     (\\d+) entries in ([0-9.]+) s: (\\d+) entries/s").matcher(result.out());
                assertThat(speed.find()).as(result.out()).isTrue();
                System.out.println("verify-log: " + speed.group(0).substring(10));
                best = Math.max(best, Double.parseDouble(speed.group(3)));
            }
            assertThat(best).isGreaterThanOrEqualTo(FLOOR);
        }
    }
}
