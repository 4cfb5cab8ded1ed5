package io.onewindow.bench.verification;

import io.onewindow.verifier.Verifier;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One complete {@code verify-log} run, in this JVM through the verifier's command line: checkpoint
 * fetched and opened, every bundle and tile downloaded, the tree rebuilt and compared.
 *
 * @param entries the log's size
 * @param seconds wall-clock time of the whole command
 */
public record VerifyLogRun(long entries, double seconds) {

    public static VerifyLogRun of(String url, String verifierKey, long entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        long start = System.nanoTime();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Verifier.run(new String[] {"verify-log", url, "--vkey", verifierKey}, o, e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String printed = out.toString(StandardCharsets.UTF_8);
        if (status != 0 || !printed.contains("size      " + entries + " entries")) {
            throw new IllegalStateException("verify-log of " + url + " ended with status " + status + ":\n" + printed
                    + err.toString(StandardCharsets.UTF_8));
        }
        return new VerifyLogRun(entries, seconds);
    }

    public double entriesPerSecond() {
        return entries / seconds;
    }
}
