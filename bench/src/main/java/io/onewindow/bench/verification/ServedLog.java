package io.onewindow.bench.verification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.onewindow.bench.tree.MemoryLog;
import io.onewindow.tlog.tiles.BundleId;
import io.onewindow.tlog.tiles.TileId;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A log in memory served over HTTP on 127.0.0.1 with the JDK's server, at the paths and with the content
 * types the platform uses ({@code /onewindow/log/checkpoint}, {@code tile/...}, {@code tile/entries/...}),
 * as the verifier's own tests serve one. Only the network and HTTP are left between it and the verifier.
 */
public final class ServedLog implements AutoCloseable {

    private static final String PREFIX = "/onewindow/log/";

    static {
        // Without TCP_NODELAY the JDK's server waits on delayed ACKs, some 40 ms a response.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final MemoryLog log;
    private final HttpServer server;
    private final ExecutorService handlers = Executors.newFixedThreadPool(8);
    private final AtomicLong requests = new AtomicLong();

    public ServedLog(MemoryLog log) {
        this.log = log;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(PREFIX, this::serve);
        server.setExecutor(handlers);
        server.start();
    }

    /** The log's URL prefix, as an auditor gives it to the verifier. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/onewindow/log";
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            byte[] body;
            String type = "application/octet-stream";
            try {
                if (path.equals("checkpoint")) {
                    body = log.checkpoint();
                    type = "text/plain; charset=utf-8";
                } else if (path.startsWith("tile/entries/")) {
                    body = bundle(BundleId.parsePath(path));
                } else {
                    body = log.tiles().read(TileId.parsePath(path));
                }
            } catch (IllegalArgumentException | IOException e) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private byte[] bundle(BundleId bundle) throws IOException {
        if (bundle.width() != TileId.widthAt(0, bundle.index(), log.head().size())) {
            throw new IOException("no bundle " + bundle.path());
        }
        return log.bundle(bundle.index());
    }

    /** The number of requests answered so far. */
    public long requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
