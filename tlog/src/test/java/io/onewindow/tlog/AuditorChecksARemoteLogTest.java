package io.onewindow.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.tlog.checkpoint.Checkpoint;
import io.onewindow.tlog.checkpoint.SignedCheckpoint;
import io.onewindow.tlog.note.Ed25519NoteSigner;
import io.onewindow.tlog.note.KnownVerifiers;
import io.onewindow.tlog.tiles.BundleId;
import io.onewindow.tlog.tiles.EntryBundle;
import io.onewindow.tlog.tiles.EntryBundleBuilder;
import io.onewindow.tlog.tiles.InvalidTileException;
import io.onewindow.tlog.tiles.TileBuilder;
import io.onewindow.tlog.tiles.TileHashReader;
import io.onewindow.tlog.tiles.TileId;
import io.onewindow.tlog.tiles.TileReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole path, as the platform and an auditor's verifier use it: the log integrates batches into tiles
 * and bundles and signs checkpoints; the auditor trusts only the log's public key, opens the checkpoints,
 * checks an entry's inclusion and the consistency of two checkpoints from tiles it authenticates, and
 * rebuilds the tree from the entry bundles.
 */
class AuditorChecksARemoteLogTest {

    private static final String ORIGIN = "audit.qingdao.example/log";

    private final Ed25519NoteSigner logKey = Ed25519NoteSigner.generate(ORIGIN, new SecureRandom());
    private final Map<String, byte[]> published = new HashMap<>();
    private final List<byte[]> checkpoints = new ArrayList<>();
    private long size;

    private void integrate(List<String> entries) throws Exception {
        TileReader storage = tiles -> tiles.stream().map(t -> published.get(t.path())).toList();
        TileBuilder tiles = TileBuilder.resume(size, storage);
        EntryBundleBuilder bundles = EntryBundleBuilder.resume(size, BundleId.partial(size).map(b -> published.get(b.path())).orElse(null));
        MerkleHasher hasher = new MerkleHasher();
        for (String entry : entries) {
            byte[] bytes = entry.getBytes(StandardCharsets.UTF_8);
            tiles.append(hasher.hashLeaf(bytes));
            bundles.append(bytes);
        }
        tiles.changedTiles().forEach((id, data) -> published.put(id.path(), data));
        bundles.changedBundles().forEach((id, data) -> published.put(id.path(), data));
        size = tiles.size();
        checkpoints.add(SignedCheckpoint.sign(Checkpoint.of(ORIGIN, tiles.treeHead()), logKey).toBytes());
    }

    private static List<String> entries(int from, int count) {
        List<String> entries = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            entries.add("{\"event\":\"PersonalDataAccessed\",\"seq\":" + i + "}");
        }
        return entries;
    }

    @Test
    void anAuditorVerifiesInclusionConsistencyAndTheWholeTreeFromTilesAlone() throws Exception {
        integrate(entries(0, 1000));
        integrate(entries(1000, 37));
        integrate(entries(1037, 2500));

        KnownVerifiers trusted = KnownVerifiers.of(logKey.verifier());
        TileReader remote = tiles -> tiles.stream().map(t -> published.get(t.path()).clone()).toList();
        Checkpoint old = SignedCheckpoint.open(checkpoints.get(0), ORIGIN, trusted).checkpoint();
        Checkpoint latest = SignedCheckpoint.open(checkpoints.get(2), ORIGIN, trusted).checkpoint();

        ProofBuilder proofs = new ProofBuilder(TileHashReader.verifying(latest.treeHead(), remote));
        byte[] entry = "{\"event\":\"PersonalDataAccessed\",\"seq\":1036}".getBytes(StandardCharsets.UTF_8);
        proofs.inclusionProof(1036, latest.size()).verify(new MerkleHasher().hashLeaf(entry), latest.rootHash());
        proofs.consistencyProof(old.size(), latest.size()).verify(old.rootHash(), latest.rootHash());

        CompactRange rebuilt = CompactRange.empty();
        for (long first = 0; first < latest.size(); first += TileId.FULL_WIDTH) {
            BundleId bundle = BundleId.containing(first, latest.size());
            for (byte[] e : EntryBundle.decode(published.get(bundle.path()))) {
                rebuilt.appendEntry(e, NodeVisitor.NONE);
            }
        }
        assertThat(rebuilt.rootHash()).isEqualTo(latest.rootHash());
    }

    @Test
    void aLogThatRewritesAnEntryIsCaughtByTheAuditor() throws Exception {
        integrate(entries(0, 600));
        Checkpoint latest = SignedCheckpoint.open(checkpoints.get(0), ORIGIN, KnownVerifiers.of(logKey.verifier())).checkpoint();
        byte[] tile = published.get(new TileId(0, 1, 256).path());
        tile[100] ^= 1;

        TileReader remote = tiles -> tiles.stream().map(t -> published.get(t.path()).clone()).toList();
        ProofBuilder proofs = new ProofBuilder(TileHashReader.verifying(latest.treeHead(), remote));
        assertThatThrownBy(() -> proofs.inclusionProof(300, latest.size())).isInstanceOf(InvalidTileException.class);
    }
}
