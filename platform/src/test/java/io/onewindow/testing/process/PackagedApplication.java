package io.onewindow.testing.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code platform/target/onewindow-exec.jar}) run as its own process, the way an
 * operator runs it: started with environment variables, watched through its health endpoint, stopped
 * (or killed) by its PID. Its output goes to a file under {@code target/}.
 */
public final class PackagedApplication implements AutoCloseable {

    public static final Path JAR = Path.of("target/onewindow-exec.jar");

    private final Process process;
    private final int port;
    private final Path output;

    private PackagedApplication(Process process, int port, Path output) {
        this.process = process;
        this.port = port;
        this.output = output;
    }

    /** Starts the jar with these environment variables (plus the HTTP port) and returns without waiting. */
    public static PackagedApplication start(String name, Map<String, String> environment) {
        int port = freePort();
        try {
            Path output = Files.createDirectories(Path.of("target/processes")).resolve(name + "-" + port + ".log");
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:+UseSerialGC", "-jar", JAR.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            builder.environment().put("ONEWINDOW_HTTP_PORT", Integer.toString(port));
            return new PackagedApplication(builder.start(), port, output);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + JAR, e);
        }
    }

    /**
     * Waits until the application is ready for traffic (its readiness probe says UP: started, and every
     * start-up runner, the demo data's seeding among them, done); returns how long that took.
     */
    public Duration awaitUp(Duration timeout) {
        Instant start = Instant.now();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (Duration.between(start, Instant.now()).compareTo(timeout) < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return Duration.between(start, Instant.now());
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        throw new IllegalStateException("The application was not up within " + timeout + ":\n" + output());
    }

    /** Waits for the process to end by itself and returns its exit code. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
                throw new IllegalStateException("The application did not exit within " + timeout);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public String output() {
        try {
            return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the process (SIGKILL), as a crash would. */
    public void kill() {
        process.destroyForcibly();
        awaitEnd();
    }

    /** Stops the process gracefully (SIGTERM). */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            awaitEnd();
        }
    }

    private void awaitEnd() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
