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

    @Test
    void aLogWithNothingRecordedServesASignedCheckpointOfSizeZero() throws Exception {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LogIntegrator.LOCK).query(Object.class).single();
        jdbc.sql("delete from audit.checkpoint").update();
        jdbc.sql("""
                        update audit.tree set size = 0, root = ?, integrated_txid = ?,
                            integrated_id = 'ffffffff-ffff-ffff-ffff-ffffffffffff' where id = 1""")
                .params(MerkleHasher.emptyRoot(), Long.MAX_VALUE).update();

        String note = mvc.perform(get("/log/checkpoint")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        var opened = SignedCheckpoint.open(note.getBytes(StandardCharsets.UTF_8), "localhost/onewindow/log",
                KnownVerifiers.of(Ed25519NoteVerifier.parse(signers.verifierKey())));
        assertThat(opened.checkpoint().treeHead()).isEqualTo(TreeHead.empty());
        assertThat(note).startsWith("localhost/onewindow/log\n0\n");
    }
}
