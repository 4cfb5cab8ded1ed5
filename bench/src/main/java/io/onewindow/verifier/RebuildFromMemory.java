package io.onewindow.verifier;

import io.onewindow.bench.tree.MemoryLog;
import io.onewindow.tlog.tiles.BundleId;
import io.onewindow.tlog.tiles.EntryBundle;
import io.onewindow.tlog.tiles.TileId;
import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.util.List;

/**
 * Runs the verifier's own {@link TreeRebuild}, the work {@code verify-log} does once it has the bytes,
 * over a log whose bundles and tiles are already in memory: bundles decoded and every entry hashed on
 * the verifier's pool, the tree rebuilt, every tile compared. Only the HTTP requests are left out.
 *
 * <p>Lives in the verifier's package because the rebuild is not public API; the benchmarks' jar puts
 * both on one class path.
 */
public final class RebuildFromMemory implements AutoCloseable {

    private final MemoryLog log;
    private final MemoryClient client;

    public RebuildFromMemory(MemoryLog log) {
        this.log = log;
        this.client = new MemoryClient(log);
    }

    /**
     * Rebuilds the whole tree and returns its size.
     *
     * @throws IllegalStateException when the rebuilt tree is not the log's, which would make the timing meaningless
     */
    public long rebuild() throws IOException {
        Findings findings = new Findings();
        RebuiltTree tree;
        try {
            tree = new TreeRebuild(client, findings).rebuild(log.head().size(), 0);
        } catch (VerificationFailedException e) {
            throw new IllegalStateException("the rebuild failed: " + e.problems());
        }
        if (!findings.isEmpty() || !MessageDigest.isEqual(tree.rootHash(), log.head().rootHash())) {
            throw new IllegalStateException("the rebuilt tree is not the log's: " + findings.lines());
        }
        return tree.size();
    }

    @Override
    public void close() {
        client.close();
    }

    /** A log client that reads the bytes a log would serve from memory instead of over HTTP. */
    private static final class MemoryClient extends LogClient {

        private final MemoryLog log;

        MemoryClient(MemoryLog log) {
            super(URI.create("http://127.0.0.1/onewindow/log"));
            this.log = log;
        }

        @Override
        List<byte[]> entries(BundleId bundle) {
            List<byte[]> entries = EntryBundle.decode(log.bundle(bundle.index()));
            return entries.size() == bundle.width() ? entries : entries.subList(0, bundle.width());
        }

        @Override
        byte[] tile(TileId tile) throws IOException {
            return log.tiles().read(tile);
        }
    }
}
