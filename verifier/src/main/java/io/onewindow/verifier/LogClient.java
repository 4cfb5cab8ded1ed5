package io.onewindow.verifier;

import io.onewindow.tlog.MerkleHasher;
import io.onewindow.tlog.tiles.BundleId;
import io.onewindow.tlog.tiles.EntryBundle;
import io.onewindow.tlog.tiles.InvalidTileException;
import io.onewindow.tlog.tiles.TileId;
import io.onewindow.tlog.tiles.TileReader;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a log's public endpoints (C2SP tlog-tiles) under its URL prefix: the checkpoint, hash tiles and
 * entry bundles. Work runs on a fixed pool of {@value #PARALLEL_REQUESTS} threads that each make one
 * request at a time, so no more requests than that are ever open at once.
 *
 * <p>A partial tile or bundle may be gone once the full one exists (tlog-tiles, "Partial Tiles"): when
 * the log answers 404 for one, the full one is fetched and its prefix used.
 *
 * <p>Not final: the benchmarks serve {@link #entries} and {@link #tile} from memory to time the tree
 * rebuild without the network.
 */
class LogClient implements TileReader, AutoCloseable {

    static final int PARALLEL_REQUESTS = 8;
    private static final int MAX_CHECKPOINT_BYTES = 1 << 20;
    private static final int MAX_BUNDLE_BYTES = TileId.FULL_WIDTH * (2 + EntryBundle.MAX_ENTRY_SIZE);

    private final String prefix;
    private final HttpFetcher http;
    private final ExecutorService pool;

    LogClient(URI prefix) {
        String text = prefix.toString();
        this.prefix = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.http = new HttpFetcher("https".equals(prefix.getScheme()));
        this.pool = Executors.newFixedThreadPool(PARALLEL_REQUESTS, task -> {
            Thread thread = new Thread(task, "log-fetch");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Checks the prefix of a log given on the command line.
     *
     * @throws UsageException when it is not an absolute http or https URL
     */
    static URI prefix(String url) throws UsageException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new UsageException("the log URL " + url + " is not a URL: " + e.getMessage());
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new UsageException("the log URL " + url + " is not an http or https URL such as https://example.gov.cn/onewindow/log");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new UsageException("the log URL " + url + " has a query or fragment; give the prefix ending in /log");
        }
        return uri;
    }

    /** The URL of a path under the log's prefix. */
    String url(String path) {
        return prefix + "/" + path;
    }

    /** Runs a task on the pool. */
    <T> Future<T> submit(Callable<T> task) {
        return pool.submit(task);
    }

    /** The signed checkpoint, exactly as served. */
    byte[] checkpoint() throws IOException {
        return get("checkpoint", MAX_CHECKPOINT_BYTES)
                .orElseThrow(() -> new LogUnreachableException(url("checkpoint") + " answered HTTP 404: no checkpoint"));
    }

    /**
     * A hash tile: exactly {@code width · 32} bytes.
     *
     * @throws InvalidTileException when the log serves a tile of the wrong length
     */
    byte[] tile(TileId tile) throws IOException {
        Optional<byte[]> served = get(tile.path(), TileId.FULL_WIDTH * MerkleHasher.HASH_SIZE);
        if (served.isPresent()) {
            return requireLength(served.get(), tile.byteSize(), tile.path());
        }
        if (tile.isFull()) {
            throw new LogUnreachableException(url(tile.path()) + " answered HTTP 404");
        }
        TileId full = new TileId(tile.level(), tile.index(), TileId.FULL_WIDTH);
        byte[] data = requireLength(required(full.path(), full.byteSize()), full.byteSize(), full.path());
        return Arrays.copyOf(data, tile.byteSize());
    }

    /**
     * The entries of a bundle: exactly {@code width} of them.
     *
     * @throws InvalidTileException when the bundle is malformed or holds another number of entries
     */
    List<byte[]> entries(BundleId bundle) throws IOException {
        Optional<byte[]> served = get(bundle.path(), MAX_BUNDLE_BYTES);
        if (served.isPresent()) {
            return requireCount(decode(served.get(), bundle.path()), bundle.width(), bundle.path());
        }
        if (bundle.isFull()) {
            throw new LogUnreachableException(url(bundle.path()) + " answered HTTP 404");
        }
        BundleId full = new BundleId(bundle.index(), TileId.FULL_WIDTH);
        List<byte[]> entries = requireCount(decode(required(full.path(), MAX_BUNDLE_BYTES), full.path()), TileId.FULL_WIDTH, full.path());
        return entries.subList(0, bundle.width());
    }

    /** Reads tiles in parallel, for tlog's proof builders. */
    @Override
    public List<byte[]> readTiles(List<TileId> tiles) throws IOException {
        List<Future<byte[]>> pending = new ArrayList<>(tiles.size());
        for (TileId tile : tiles) {
            pending.add(submit(() -> tile(tile)));
        }
        List<byte[]> data = new ArrayList<>(tiles.size());
        for (Future<byte[]> future : pending) {
            data.add(await(future));
        }
        return data;
    }

    /** Waits for a task, passing its I/O failure on as it was thrown. */
    static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LogUnreachableException("interrupted while waiting for the log", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Optional<byte[]> get(String path, int maxBytes) throws IOException {
        return http.get(URI.create(url(path)), maxBytes);
    }

    private byte[] required(String path, int maxBytes) throws IOException {
        return get(path, maxBytes).orElseThrow(() -> new LogUnreachableException(url(path) + " answered HTTP 404"));
    }

    private static byte[] requireLength(byte[] data, int length, String path) throws InvalidTileException {
        if (data.length != length) {
            throw new InvalidTileException(path + " has " + data.length + " bytes, not " + length);
        }
        return data;
    }

    private static List<byte[]> decode(byte[] bundle, String path) throws InvalidTileException {
        try {
            return EntryBundle.decode(bundle);
        } catch (IllegalArgumentException e) {
            throw new InvalidTileException(path + " is not an entry bundle: " + e.getMessage());
        }
    }

    private static List<byte[]> requireCount(List<byte[]> entries, int count, String path) throws InvalidTileException {
        if (entries.size() != count) {
            throw new InvalidTileException(path + " holds " + entries.size() + " entries, not " + count);
        }
        return entries;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
