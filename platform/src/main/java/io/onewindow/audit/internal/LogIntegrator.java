package io.onewindow.audit.internal;

import io.onewindow.tlog.MerkleHasher;
import io.onewindow.tlog.TreeHead;
import io.onewindow.tlog.checkpoint.Checkpoint;
import io.onewindow.tlog.checkpoint.SignedCheckpoint;
import io.onewindow.tlog.tiles.BundleId;
import io.onewindow.tlog.tiles.EntryBundleBuilder;
import io.onewindow.tlog.tiles.TileBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds queued records to the log, as Tessera sequences: in batches, each in one transaction that gives the records
 * their leaf indexes (one row per batch, listing its records in log order), extends the tiles and entry bundles, moves
 * the tree head with the mark of the last record taken and signs a checkpoint. The queue is the record table itself:
 * the records past the mark, in the order of the transactions that wrote them. Every node runs it; a
 * transaction-scoped advisory lock lets one node at a time integrate, so the log has one total order, no gap and no
 * fork, and a crash mid-batch leaves the log as it was.
 */
@Component
public class LogIntegrator {

    /** The advisory lock key: "onewindow audit log" in ASCII, folded into a long. */
    public static final long LOCK = 0x6f77_6175_6469_746cL;
    private static final Logger log = LoggerFactory.getLogger(LogIntegrator.class);

    private final JdbcClient jdbc;
    private final LogStore store;
    private final CheckpointSigners signers;
    private final AuditSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LogIntegrator(JdbcClient jdbc, LogStore store, CheckpointSigners signers, AuditSettings settings,
                  TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.signers = signers;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${onewindow.audit.integration-interval:200ms}", initialDelayString = "1s")
    public void integratePending() {
        if (!settings.integrate()) {
            return;
        }
        int integrated;
        do {
            integrated = integrateBatch();
        } while (integrated == settings.maxBatch());
    }

    /** Integrates up to one batch of queued records; returns how many, or 0 if another node holds the log. */
    public int integrateBatch() {
        Integer integrated = transactions.execute(status -> {
            if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single()) {
                return 0;
            }
            LogStore.LockedTree tree = store.lockTree();
            TreeHead head = tree.head();
            // Past the mark, from transactions that have all ended: one still running may yet commit records
            // with a lower transaction id than those taken, and is waited for. The mark is a parameter, not a
            // join, so that the index scan starts at it instead of at the first record ever logged.
            List<Queued> queued = jdbc.sql("""
                            select r.txid, r.id, r.commitment from audit.record r
                            where (r.txid, r.id) > (?, ?) and r.txid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
                            order by r.txid, r.id limit ?""")
                    .params(tree.integratedTxid(), tree.integratedId(), settings.maxBatch())
                    .query((rs, i) -> new Queued(rs.getLong(1), rs.getObject(2, UUID.class), rs.getBytes(3)))
                    .list();
            if (queued.isEmpty()) {
                signIfNoneYet(head);
                return 0;
            }
            TreeHead grown = append(head, queued);
            sign(grown);
            return queued.size();
        });
        return integrated == null ? 0 : integrated;
    }

    /**
     * Makes sure the log has a signed checkpoint, for a reader who asks before the first integration: signs the tree
     * as it stands (size 0 on a new installation) unless a checkpoint exists. Waits for a node that is integrating
     * (whose first batch signs one too) instead of skipping, so that the reader never finds none.
     */
    public void signFirstCheckpoint() {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((rs, row) -> true).single();
            signIfNoneYet(store.lockTree().head());
        });
    }

    /** A new log (nothing recorded yet) has a signed checkpoint of its empty tree from the start. */
    private void signIfNoneYet(TreeHead head) {
        if (store.latestCheckpoint().isEmpty()) {
            sign(head);
        }
    }

    private TreeHead append(TreeHead head, List<Queued> queued) {
        try {
            TileBuilder tiles = TileBuilder.resume(head, store);
            EntryBundleBuilder bundles = EntryBundleBuilder.resume(head.size(),
                    BundleId.partial(head.size()).flatMap(b -> store.bundle(b.index())).orElse(null));
            MerkleHasher hasher = MerkleHasher.forCurrentThread();
            UUID[] ids = new UUID[queued.size()];
            for (int i = 0; i < queued.size(); i++) {
                byte[] entry = queued.get(i).commitment();
                tiles.append(hasher.hashLeaf(entry));
                bundles.append(entry);
                ids[i] = queued.get(i).id();
            }
            Queued last = queued.get(queued.size() - 1);
            jdbc.sql("insert into audit.batch (first_leaf, last_txid, last_id, ids) values (?, ?, ?, ?::uuid[])")
                    .params(head.size(), last.txid(), last.id(), ids).update();
            store.saveTiles(tiles.changedTiles());
            store.saveBundles(bundles.changedBundles());
            TreeHead grown = tiles.treeHead();
            store.saveTree(grown, last.txid(), last.id(), clock.instant());
            return grown;
        } catch (IOException e) {
            throw new UncheckedIOException("The log's tiles do not fit its tree head", e);
        }
    }

    private void sign(TreeHead head) {
        try {
            String note = SignedCheckpoint.sign(Checkpoint.of(settings.origin(), head), signers.all()).format();
            store.saveCheckpoint(head, note, clock.instant());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the log's checkpoint", e);
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    public void forgetOldCheckpoints() {
        store.forgetOldCheckpoints(clock.instant());
        log.debug("Pruned old checkpoints");
    }

    private record Queued(long txid, UUID id, byte[] commitment) {
    }
}
