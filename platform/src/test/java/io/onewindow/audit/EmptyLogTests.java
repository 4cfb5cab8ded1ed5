package io.onewindow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.audit.internal.CheckpointSigners;
import io.onewindow.audit.internal.LogIntegrator;
import io.onewindow.tlog.MerkleHasher;
import io.onewindow.tlog.TreeHead;
import io.onewindow.tlog.checkpoint.SignedCheckpoint;
import io.onewindow.tlog.note.Ed25519NoteVerifier;
import io.onewindow.tlog.note.KnownVerifiers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new installation's log has recorded nothing yet, and an auditor who asks for its checkpoint on day one gets
 * a signed checkpoint of size 0 to start from, not "not found". The platform records its demo data at start,
 * so the test makes the log new again inside a transaction that is rolled back: no checkpoint, the empty tree,
 * every record already behind the mark; it holds the log's lock meanwhile, so no node integrates.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class EmptyLogTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CheckpointSigners signers;

    @Autowired
    DataSource dataSource;

    @Test
    void aLogWithNothingRecordedServesASignedCheckpointOfSizeZero() throws Exception {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LogIntegrator.LOCK).query(Object.class).single();
        makeTheLogNew();

        assertSignedCheckpointOfSizeZero(mvc.perform(get("/log/checkpoint")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    // On a new installation's first start, the first integration (another node's, or this one's scheduler) may hold
    // the log when the first auditor asks: the answer waits for it instead of "not found". The checkpoints are taken
    // away inside the test's transaction (the tree is left as it is, so that a node integrating meanwhile waits for
    // nothing the test holds).
    @Test
    void aCheckpointAskedForWhileAnotherNodeHoldsTheLogWaitsForItInsteadOfNotFound() throws Exception {
        try (Connection otherNode = dataSource.getConnection()) {
            try (PreparedStatement lock = otherNode.prepareStatement("select pg_advisory_lock(?)")) {
                lock.setLong(1, LogIntegrator.LOCK);
                lock.execute();
            }
            // Taken away once the other node holds the log, so that no integrator of this node signs a new one meanwhile
            // (which the request would then find, and answer with, without waiting).
            jdbc.sql("delete from audit.checkpoint").update();
            long size = jdbc.sql("select size from audit.tree where id = 1").query(Long.class).single();
            // The other node lets go of the log once the request is seen waiting for it (at most 30 s).
            AtomicBoolean waited = new AtomicBoolean();
            Thread release = new Thread(() -> {
                try (PreparedStatement waiting = otherNode.prepareStatement(
                        "select count(*) from pg_locks where locktype = 'advisory' and not granted");
                     PreparedStatement unlock = otherNode.prepareStatement("select pg_advisory_unlock(?)")) {
                    long deadline = System.nanoTime() + 30_000_000_000L;
                    while (!waited.get() && System.nanoTime() < deadline) {
                        try (var rs = waiting.executeQuery()) {
                            waited.set(rs.next() && rs.getLong(1) > 0);
                        }
                        Thread.onSpinWait();
                    }
                    unlock.setLong(1, LogIntegrator.LOCK);
                    unlock.execute();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            release.start();
            try {
                String note = mvc.perform(get("/log/checkpoint")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                assertThat(open(note).checkpoint().treeHead().size()).isGreaterThanOrEqualTo(size);
            } finally {
                release.join();
            }
            assertThat(waited).as("the request waited for the other node's lock").isTrue();
        }
    }

    private void makeTheLogNew() {
        jdbc.sql("delete from audit.checkpoint").update();
        jdbc.sql("""
                        update audit.tree set size = 0, root = ?, integrated_txid = ?,
                            integrated_id = 'ffffffff-ffff-ffff-ffff-ffffffffffff' where id = 1""")
                .params(MerkleHasher.emptyRoot(), Long.MAX_VALUE).update();
    }

    private void assertSignedCheckpointOfSizeZero(String note) throws Exception {
        assertThat(open(note).checkpoint().treeHead()).isEqualTo(TreeHead.empty());
        assertThat(note).startsWith("localhost/onewindow/log\n0\n");
    }

    private SignedCheckpoint open(String note) throws Exception {
        return SignedCheckpoint.open(note.getBytes(StandardCharsets.UTF_8), "localhost/onewindow/log",
                KnownVerifiers.of(Ed25519NoteVerifier.parse(signers.verifierKey())));
    }
}
