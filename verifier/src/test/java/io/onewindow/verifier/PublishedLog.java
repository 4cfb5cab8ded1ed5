package io.onewindow.verifier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.onewindow.tlog.MerkleHasher;
import io.onewindow.tlog.ProofBuilder;
import io.onewindow.tlog.InclusionProof;
import io.onewindow.tlog.checkpoint.Checkpoint;
import io.onewindow.tlog.checkpoint.SignedCheckpoint;
import io.onewindow.tlog.note.Ed25519NoteSigner;
import io.onewindow.tlog.note.NoteSigner;
import io.onewindow.tlog.note.NoteVerificationException;
import io.onewindow.tlog.note.SignedNote;
import io.onewindow.tlog.record.RecordCommitment;
import io.onewindow.tlog.tiles.BundleId;
import io.onewindow.tlog.tiles.EntryBundleBuilder;
import io.onewindow.tlog.tiles.TileBuilder;
import io.onewindow.tlog.tiles.TileHashReader;
import io.onewindow.tlog.tiles.TileId;
import io.onewindow.tlog.tiles.TileReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;

/**
 * A OneWindow audit log as the platform publishes it (docs/audit-formats.md): private records committed
 * with {@link RecordCommitment}, the commitments integrated batch by batch into tiles and entry bundles,
 * each batch's checkpoint signed with the log's Ed25519 key and a second, SM2-like key the verifier does
 * not know; all of it served over HTTP on 127.0.0.1 under {@code /onewindow/log/}, entry bundles gzipped
 * for clients that accept it. Tests alter what is served to play a dishonest log.
 */
final class PublishedLog implements AutoCloseable {

    static final String ORIGIN = "audit.qingdao.example/onewindow/log";
    private static final String PREFIX = "/onewindow/log/";

    static {
        // Without TCP_NODELAY the JDK's server waits on delayed ACKs, some 40 ms a response.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final Ed25519NoteSigner key;
    private final NoteSigner sm2LikeKey = new Sm2LikeSigner(ORIGIN);
    private final Map<String, byte[]> served = new ConcurrentHashMap<>();
    private final List<Map<String, Object>> records = new ArrayList<>();
    private final List<byte[]> salts = new ArrayList<>();
    private final List<byte[]> entries = new ArrayList<>();
    private final List<Integer> batches = new ArrayList<>();
    private final List<byte[]> checkpoints = new ArrayList<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, byte[]> beforeAlteration = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final ExecutorService handlers = Executors.newFixedThreadPool(8);
    private volatile int failWithStatus;
    private long size;

    PublishedLog() {
        this(Ed25519NoteSigner.generate(ORIGIN, new SecureRandom()));
    }

    PublishedLog(Ed25519NoteSigner key) {
        this.key = key;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(PREFIX, this::serve);
        server.setExecutor(handlers);
        server.start();
    }

    /** The log's URL prefix, as an auditor passes it to the verifier. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/onewindow/log";
    }

    /** The log's verifier key string, as the operator publishes it. */
    String vkey() {
        return key.verifierKey().format();
    }

    long size() {
        return size;
    }

    /** Commits {@code count} new records and publishes them as one batch with a new checkpoint. */
    PublishedLog append(int count) {
        List<byte[]> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> record = AuditRecords.record(records.size());
            byte[] salt = RecordCommitment.newSalt();
            records.add(record);
            salts.add(salt);
            byte[] commitment = RecordCommitment.of(salt, record);
            entries.add(commitment);
            batch.add(commitment);
        }
        batches.add(count);
        publish(batch);
        return this;
    }

    /** Publishes raw entries as one batch, as a log of any content would (commitments are random-looking). */
    PublishedLog appendEntries(List<byte[]> batch) {
        for (byte[] entry : batch) {
            records.add(null);
            salts.add(null);
            entries.add(entry);
        }
        batches.add(batch.size());
        publish(batch);
        return this;
    }

    private void publish(List<byte[]> batch) {
        TileReader storage = tiles -> tiles.stream().map(tile -> served.get(tile.path())).toList();
        try {
            TileBuilder tiles = TileBuilder.resume(size, storage);
            EntryBundleBuilder bundles = EntryBundleBuilder.resume(size, BundleId.partial(size).map(b -> served.get(b.path())).orElse(null));
            MerkleHasher hasher = new MerkleHasher();
            for (byte[] entry : batch) {
                tiles.append(hasher.hashLeaf(entry));
                bundles.append(entry);
            }
            tiles.changedTiles().forEach((id, data) -> served.put(id.path(), data));
            bundles.changedBundles().forEach((id, data) -> served.put(id.path(), data));
            size = tiles.size();
            byte[] note = SignedCheckpoint.sign(Checkpoint.of(ORIGIN, tiles.treeHead()), key, sm2LikeKey).toBytes();
            checkpoints.add(note);
            served.put("checkpoint", note);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Rewrites history the way a dishonest operator could: changes one record, then rebuilds and re-signs
     * the whole log, batch by batch, with the log's own key.
     */
    void rewriteRecord(int index, String newAction) {
        Map<String, Object> forged = new LinkedHashMap<>(records.get(index));
        forged.put("action", newAction);
        records.set(index, forged);
        entries.set(index, RecordCommitment.of(salts.get(index), forged));
        List<byte[]> all = new ArrayList<>(entries);
        List<Integer> sizes = new ArrayList<>(batches);
        served.clear();
        checkpoints.clear();
        size = 0;
        int from = 0;
        for (int count : sizes) {
            publish(all.subList(from, from + count));
            from += count;
        }
    }

    /** Serves the checkpoint of an earlier batch, as a log that went back to an older tree would. */
    void serveCheckpointOfBatch(int batch) {
        served.put("checkpoint", checkpoints.get(batch));
    }

    /**
     * Removes every partial tile and bundle whose full counterpart now exists, as tlog-tiles lets a log
     * do once it has grown.
     */
    void deleteOutgrownPartials() {
        served.keySet().removeIf(path -> path.contains(".p/") && served.containsKey(path.substring(0, path.indexOf(".p/"))));
    }

    /** Serves a resource changed. */
    void alter(String path, UnaryOperator<byte[]> change) {
        byte[] data = served.get(path);
        if (data == null) {
            throw new IllegalArgumentException("nothing is served at " + path);
        }
        beforeAlteration.putIfAbsent(path, data);
        served.put(path, change.apply(data.clone()));
    }

    /** Serves again what was served before {@link #alter}. */
    void undoAlterations() {
        served.putAll(beforeAlteration);
        beforeAlteration.clear();
    }

    void remove(String path) {
        served.remove(path);
    }

    /** Replaces the served checkpoint by one for the same tree signed with another key. */
    void signCheckpointWith(NoteSigner other) {
        try {
            served.put("checkpoint", SignedCheckpoint.sign(checkpoint(), other).toBytes());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers every request with this HTTP status from now on; 0 serves normally. */
    void failWith(int status) {
        failWithStatus = status;
    }

    Checkpoint checkpoint() {
        try {
            return Checkpoint.parse(SignedNote.parse(served.get("checkpoint")).text());
        } catch (NoteVerificationException e) {
            throw new IllegalStateException(e);
        }
    }

    String checkpointNote() {
        return new String(served.get("checkpoint"), StandardCharsets.UTF_8);
    }

    Map<String, Object> record(int index) {
        return records.get(index);
    }

    byte[] salt(int index) {
        return salts.get(index).clone();
    }

    byte[] entry(int index) {
        return entries.get(index).clone();
    }

    /** The inclusion proof of an entry in the latest tree, from the log's own tiles, as the platform makes it. */
    InclusionProof inclusionProof(long index) {
        TileReader storage = tiles -> tiles.stream().map(tile -> served.get(tile.path())).toList();
        try {
            return new ProofBuilder(TileHashReader.trusting(size, storage)).inclusionProof(index, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of requests made for paths starting with {@code prefix}, e.g. "tile/0/". */
    int requestsFor(String prefix) {
        return requests.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToInt(e -> e.getValue().get()).sum();
    }

    /** The paths asked for, in order. */
    Set<String> requestedPaths() {
        return new TreeSet<>(requests.keySet());
    }

    void resetRequestCounts() {
        requests.clear();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            if (failWithStatus != 0) {
                exchange.sendResponseHeaders(failWithStatus, -1);
                return;
            }
            byte[] data = served.get(path);
            if (data == null || !exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            boolean checkpoint = path.equals("checkpoint");
            exchange.getResponseHeaders().set("Content-Type", checkpoint ? "text/plain; charset=utf-8" : "application/octet-stream");
            String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (path.startsWith("tile/entries/") && accepted != null && accepted.contains("gzip")) {
                data = gzip(data);
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            exchange.sendResponseHeaders(200, data.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(data);
            }
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }

    /** Base64 as the audit formats write hashes and salts. */
    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
