package io.onewindow.licences;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs bench/interop/interop.mjs: Digital Bazaar's @digitalbazaar/vc with the eddsa-rdfc-2022 cryptosuite and
 * the Bitstring Status List library, an implementation independent of this platform's. Tests that use it are
 * skipped, saying why, where node is not installed or the npm packages cannot be installed.
 */
public final class DigitalBazaar {

    public static final Path INTEROP = locate();

    private DigitalBazaar() {
    }

    /** Skips the calling test unless node runs and the pinned packages are installed (installing them once). */
    public static void assumeAvailable() {
        assumeTrue(run(List.of("node", "--version"), 30) == 0, "node is not installed: the Digital Bazaar interop check is skipped");
        if (!Files.isDirectory(INTEROP.resolve("node_modules/@digitalbazaar/vc"))) {
            assumeTrue(run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300) == 0,
                    "npm could not install bench/interop's packages: the Digital Bazaar interop check is skipped");
        }
    }

    /** Sends the request (documents by URL, credentials to verify by name, a directory to issue into) and reads the answer. */
    public static JsonNode run(Map<String, Object> request, Path workDirectory) throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        Path requestFile = workDirectory.resolve("request.json");
        json.writeValue(requestFile.toFile(), request);
        Path output = workDirectory.resolve("answer.json");
        Process process = new ProcessBuilder("node", "interop.mjs", requestFile.toAbsolutePath().toString())
                .directory(INTEROP.toFile()).redirectOutput(output.toFile())
                .redirectError(workDirectory.resolve("errors.txt").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("interop.mjs failed: " + Files.readString(workDirectory.resolve("errors.txt")));
        }
        return json.readTree(output.toFile());
    }

    private static int run(List<String> command, int seconds) {
        try {
            Process process = new ProcessBuilder(command).directory(INTEROP.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static Path locate() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("bench/interop"))) {
                return p.resolve("bench/interop");
            }
        }
        return here.resolve("../bench/interop").normalize();
    }
}
