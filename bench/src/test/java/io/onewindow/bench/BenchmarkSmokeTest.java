package io.onewindow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.onewindow.bench.http.HttpLoad;
import io.onewindow.bench.http.KeepAliveConnection;
import io.onewindow.bench.http.LoadResult;
import io.onewindow.bench.tree.MemoryLog;
import io.onewindow.bench.tree.RandomLeafTree;
import io.onewindow.bench.verification.ServedLog;
import io.onewindow.bench.verification.VerifyLogRun;
import io.onewindow.tlog.CompactRange;
import io.onewindow.tlog.InclusionProof;
import io.onewindow.tlog.ProofBuilder;
import io.onewindow.tlog.tiles.TileHashReader;
import io.onewindow.tlog.tiles.TileId;
import io.onewindow.verifier.RebuildFromMemory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks' fixtures build real logs, the timed operations do what they claim, and the page load
 * signs in and gets every page answered, on sizes small enough for the build. The benchmarks themselves
 * run from {@code onewindow-bench.jar}, not here.
 */
class BenchmarkSmokeTest {

    @Test
    void aTreeBuiltInBatchesHasTheRootOfItsLeavesAndItsProofsVerify() throws Exception {
        long size = 70_000;
        RandomLeafTree tree = RandomLeafTree.build(size, 3);

        SplittableRandom random = new SplittableRandom(3);
        CompactRange range = CompactRange.empty();
        for (long i = 0; i < size; i++) {
            range.append(RandomLeafTree.randomHash(random));
        }
        assertThat(tree.head().rootHash()).isEqualTo(range.rootHash());

        for (long index : new long[] {0, 65_535, 65_536, size - 1}) {
            InclusionProof proof = new ProofBuilder(TileHashReader.trusting(size, tree.tiles())).inclusionProof(index, size);
            byte[] tile = tree.tiles().read(new TileId(0, index / 256, TileId.widthAt(0, index / 256, size)));
            int offset = (int) (index % 256) * 32;
            proof.verify(Arrays.copyOfRange(tile, offset, offset + 32), tree.head().rootHash());
        }
    }

    @Test
    void theVerifiersRebuildFromMemoryRebuildsTheWholeLog() throws Exception {
        MemoryLog log = MemoryLog.build(5_000, 5);
        try (RebuildFromMemory rebuild = new RebuildFromMemory(log)) {
            assertThat(rebuild.rebuild()).isEqualTo(5_000);
        }
    }

    @Test
    void verifyLogVerifiesTheServedLogOfTheGivenSize() {
        MemoryLog log = MemoryLog.build(3_000, 9);
        try (ServedLog served = new ServedLog(log)) {
            VerifyLogRun run = VerifyLogRun.of(served.url(), log.verifierKey(), 3_000);
            assertThat(run.entries()).isEqualTo(3_000);
            assertThatThrownBy(() -> VerifyLogRun.of(served.url(), log.verifierKey(), 2_999))
                    .hasMessageContaining("ended with status 0");
        }
    }

    @Test
    void aTimedVerifyLogRunFailsWhenAnEntryOfTheServedLogWasChanged() {
        MemoryLog log = MemoryLog.build(3_000, 9);
        log.bundle(5)[100] ^= 1;
        try (ServedLog served = new ServedLog(log)) {
            assertThatThrownBy(() -> VerifyLogRun.of(served.url(), log.verifierKey(), 3_000))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageNotContaining("ended with status 0");
        }
    }

    @Test
    void aLoadTimesEveryAnswerReadToItsEndWithItsCookiesAndCountsAnswersOtherThan2xxAsErrors() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/fixed", exchange -> answer(exchange, 200, false));
        server.createContext("/chunked", exchange -> answer(exchange, 200, true));
        server.createContext("/signed-in", exchange -> answer(exchange,
                "SESSION=abc".equals(exchange.getRequestHeaders().getFirst("Cookie")) ? 200 : 302, false));
        server.createContext("/missing", exchange -> answer(exchange, 404, false));
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            HttpLoad.Settings settings = new HttpLoad.Settings(3, Duration.ofMillis(200), Duration.ofMillis(500));
            for (String path : new String[] {"/fixed", "/chunked"}) {
                LoadResult result = HttpLoad.run(URI.create(base + path), List.of(), settings);
                assertThat(result.requests()).as(path).isPositive();
                assertThat(result.errors() + result.warmUpErrors()).as(path).isZero();
                assertThat(result.percentile(50)).isPositive().isLessThanOrEqualTo(result.percentile(99));
            }
            assertThat(HttpLoad.run(URI.create(base + "/signed-in"), List.of("SESSION=abc"), settings).errors()).isZero();
            LoadResult withoutCookie = HttpLoad.run(URI.create(base + "/signed-in"), List.of(), settings);
            assertThat(withoutCookie.errors()).isEqualTo(withoutCookie.requests()).isPositive();
            assertThat(withoutCookie.firstError()).isEqualTo("HTTP 302");
            LoadResult missing = HttpLoad.run(URI.create(base + "/missing"), List.of(), settings);
            assertThat(missing.errors()).isEqualTo(missing.requests()).isPositive();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aConnectionSendsItsHeadersAndBodyReadsTheWholeAnswerAndOpensAgainWhenTheServerClosedItWhileIdle() throws Exception {
        // Answers each request with its Idempotency-Key header and its body, then closes the connection without saying so.
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger accepted = new AtomicInteger();
            Semaphore closed = new Semaphore(0);
            Thread serving = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        accepted.incrementAndGet();
                        InputStream in = socket.getInputStream();
                        Map<String, String> headers = new HashMap<>();
                        for (String line = headerLine(in); !line.isEmpty(); line = headerLine(in)) {
                            int colon = line.indexOf(':');
                            if (colon > 0) {
                                headers.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
                            }
                        }
                        String body = new String(in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0"))),
                                StandardCharsets.UTF_8);
                        byte[] answer = (headers.get("idempotency-key") + " " + body).getBytes(StandardCharsets.UTF_8);
                        socket.getOutputStream().write(("HTTP/1.1 201 Created\r\nContent-Length: " + answer.length + "\r\n\r\n")
                                .getBytes(StandardCharsets.ISO_8859_1));
                        socket.getOutputStream().write(answer);
                        socket.getOutputStream().flush();
                    } catch (IOException e) {
                        return;
                    }
                    closed.release();
                }
            });
            serving.start();
            URI url = URI.create("http://127.0.0.1:" + server.getLocalPort() + "/api/v1/applications");
            try (KeepAliveConnection connection = new KeepAliveConnection(url)) {
                Map<String, String> bodies = Map.of("key-1", "{\"name\":\"张三\"}", "key-2", "{\"name\":\"李四\"}");
                for (String key : List.of("key-1", "key-2")) {
                    byte[] request = KeepAliveConnection.request("POST", url, Map.of("Content-Type", "application/json",
                            "Idempotency-Key", key), bodies.get(key).getBytes(StandardCharsets.UTF_8));
                    assertThat(connection.send(request)).isEqualTo(201);
                    assertThat(connection.lastBody()).isEqualTo(key + " " + bodies.get(key));
                    // The next request goes out only once the server has closed the connection this one came on.
                    assertThat(closed.tryAcquire(10, TimeUnit.SECONDS)).as("the server closed the connection").isTrue();
                }
            }
            assertThat(accepted.get()).as("the second request on a connection of its own").isEqualTo(2);
        }
    }

    // One boot of the platform for every benchmark that runs on it, so that a change the platform makes (a new
    // condition on who may see what, a renamed table) cannot break a benchmark unnoticed until someone measures.
    @Test
    void everyBenchmarkOnThePlatformRunsToItsEndAndGetsTheSameAnswersAsItsBaselines() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Report report = new Report(new PrintStream(printed, true, StandardCharsets.UTF_8));

        BenchMain.run(BenchOptions.parse(new String[] {"--only", "benefits,pages,cases,exchange,actions", "--quick", "--clients", "4"}), report);

        String out = printed.toString(StandardCharsets.UTF_8);
        assertThat(out)
                .contains("baseline: the stylesheet (static file)")
                .containsPattern("stylesheet linked from the home page +/css/onewindow-[0-9a-f]{32}\\.css")
                .contains("home page / ")
                .contains("citizen workbench /citizen (signed in)", "item guide /services/", "catalogue search API /api/v1/services?q=",
                        "search page /search?q=")
                .contains("live check, in process", "submissions over HTTP", "my applications GET /api/v1/me/applications",
                        "audit records written by the queries", "ratio audited (to checkpoint) / unaudited");
        assertThat(report.verdicts()).filteredOn(verdict -> verdict.target().endsWith("answered 2xx"))
                .as("the static file and the five pages").hasSize(6)
                .allSatisfy(verdict -> assertThat(verdict.met()).as(verdict.target() + ": " + verdict.measured()).isTrue());
        assertThat(report.verdicts()).filteredOn(verdict -> verdict.target().equals("cases: submissions answered 201"))
                .as("every application for the three-item bundle filed").hasSize(1)
                .allSatisfy(verdict -> assertThat(verdict.met()).as(verdict.target() + ": " + verdict.measured()).isTrue());
        assertThat(report.verdicts()).filteredOn(verdict -> verdict.target().startsWith("same eligible"))
                .as("the matching run agrees with the hand-written SQL and with Drools").hasSize(2)
                .allSatisfy(verdict -> assertThat(verdict.met()).as(verdict.target() + ": " + verdict.measured()).isTrue());
        assertThat(report.verdicts()).filteredOn(verdict -> verdict.target().equals("exchange: queries answered 200")
                        || verdict.target().equals("exchange: the baseline answers the same records, in clear"))
                .as("the query, its baselines, and the unmasked baseline's records").hasSize(2)
                .allSatisfy(verdict -> assertThat(verdict.met()).as(verdict.target() + ": " + verdict.measured()).isTrue());
    }

    private static String headerLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static void answer(HttpExchange exchange, int status, boolean chunked) throws IOException {
        byte[] page = new byte[20_000];
        exchange.getRequestBody().readAllBytes();
        exchange.sendResponseHeaders(status, chunked ? 0 : page.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(page);
        }
    }
}
