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
 * million entries. The floor is far below what a small machine does, so that only a real regression
 * (say, requests made one at a time) fails it.
 */
class VerifyLogThroughputTest {

    private static final int ENTRIES = Integer.getInteger("verifier.throughput.entries", 200_000);
    private static final double FLOOR = 50_000;

    @Test
    void aLogIsDownloadedAndRebuiltAtFiftyThousandEntriesASecondOrMore() {
        Random random = new Random(7);
        List<byte[]> entries = new ArrayList<>(ENTRIES);
        for (int i = 0; i < ENTRIES; i++) {
            byte[] commitment = new byte[32];
            random.nextBytes(commitment);
            entries.add(commitment);
        }
        try (PublishedLog log = new PublishedLog()) {
            log.appendEntries(entries);

            Cli result = Cli.run("verify-log", log.url(), "--vkey", log.vkey());

            assertThat(result.status()).as(result.toString()).isZero();
            Matcher speed = Pattern.compile("speed     (\\d+) entries in ([0-9.]+) s: (\\d+) entries/s").matcher(result.out());
            assertThat(speed.find()).as(result.out()).isTrue();
            System.out.println("verify-log: " + speed.group(0).substring(10));
            assertThat(Double.parseDouble(speed.group(3))).isGreaterThanOrEqualTo(FLOOR);
        }
    }
}
