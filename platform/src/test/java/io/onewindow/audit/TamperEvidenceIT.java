package io.onewindow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.audit.internal.CheckpointSigners;
import io.onewindow.audit.internal.LogIntegrator;
import io.onewindow.testing.AuditorsVerifier;
import io.onewindow.testing.TemporaryDirectories;
import io.onewindow.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Someone with write access to the database changes what happened, and the auditors' verifier notices:
 * a changed private record, a changed log entry, a changed tile, and a rewritten history signed with the
 * real key. Runs on a database of its own, since it damages the log on purpose.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TamperEvidenceIT {

    static final String DATABASE = TestDatabase.get().createDatabase("tamper");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("onewindow.db.url", () -> DATABASE);
        registry.add("onewindow.audit.integrate", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    CheckpointSigners signers;

    @Autowired
    LogIntegrator integrator;

    @Autowired
    JdbcClient jdbc;

    String log;
    String vkey;

    @BeforeEach
    void integrated() {
        while (integrator.integrateBatch() > 0) {
            // everything seeded is in the log
        }
        log = "http://localhost:" + port + "/log";
        vkey = signers.verifierKey();
    }

    @Test
    void aChangedPrivateRecordNoLongerMatchesItsCommitment() throws Exception {
        UUID id = jdbc.sql("select record_id from audit.leaf where leaf_index = 7").query(UUID.class).single();
        var before = verifyRecord(id);
        assertThat(before.status()).as(before.toString()).isZero();

        jdbc.sql("update audit.record set actor_username = 'somebody-else' where id = ?").param(id).update();

        var outcome = verifyRecord(id);
        assertThat(outcome.status()).as(outcome.toString()).isEqualTo(1);
    }

    @Test
    void aChangedEntryOrTileFailsTheLogsVerification() {
        assertThat(verifyLog(null).status()).isZero();

        byte[] bundle = jdbc.sql("select data from audit.entry_bundle where index = 0").query(byte[].class).single();
        byte[] changed = bundle.clone();
        changed[5 * 34 + 2 + 10] ^= 0x01;
        jdbc.sql("update audit.entry_bundle set data = ? where index = 0").param(changed).update();
        var entryChanged = verifyLog(null);
        assertThat(entryChanged.status()).as(entryChanged.toString()).isEqualTo(1);
        jdbc.sql("update audit.entry_bundle set data = ? where index = 0").param(bundle).update();

        byte[] tile = jdbc.sql("select data from audit.tile where level = 0 and index = 0").query(byte[].class).single();
        byte[] changedTile = tile.clone();
        changedTile[40] ^= 0x01;
        jdbc.sql("update audit.tile set data = ? where level = 0 and index = 0").param(changedTile).update();
        var tileChanged = verifyLog(null);
        assertThat(tileChanged.status()).as(tileChanged.toString()).isEqualTo(1);
        jdbc.sql("update audit.tile set data = ? where level = 0 and index = 0").param(tile).update();

        assertThat(verifyLog(null).status()).isZero();
    }

    @Test
    void aRewrittenHistoryResignedWithTheRealKeyIsCaughtByAnAuditorWhoKeptTheEarlierCheckpoint() throws Exception {
        // The verifier keeps the auditor's state (and any conflicting checkpoint beside it) in this directory.
        Path state = TemporaryDirectories.create("auditor-state").resolve("state.txt");
        assertThat(verifyLog(state).status()).isZero();

        // Replace an early record's commitment, then rebuild the whole log from the records and sign it.
        byte[] forged = MessageDigest.getInstance("SHA-256").digest("a different past".getBytes());
        jdbc.sql("update audit.record set commitment = ? where id = (select record_id from audit.leaf where leaf_index = 3)")
                .param(forged).update();
        jdbc.sql("delete from audit.batch").update();
        jdbc.sql("delete from audit.tile").update();
        jdbc.sql("delete from audit.entry_bundle").update();
        jdbc.sql("delete from audit.checkpoint").update();
        jdbc.sql("update audit.tree set size = 0, root = decode('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'hex'),"
                + " integrated_txid = -9223372036854775808, integrated_id = '00000000-0000-0000-0000-000000000000'").update();
        while (integrator.integrateBatch() > 0) {
            // rebuilding
        }

        assertThat(verifyLog(null).status()).as("a rewritten log is consistent with itself").isZero();
        var withState = verifyLog(state);
        assertThat(withState.status()).as(withState.toString()).isEqualTo(1);
    }

    private AuditorsVerifier.Outcome verifyLog(Path state) {
        return state == null ? AuditorsVerifier.run("verify-log", log, "--vkey", vkey)
                : AuditorsVerifier.run("verify-log", log, "--vkey", vkey, "--state", state.toString());
    }

    private AuditorsVerifier.Outcome verifyRecord(UUID id) throws Exception {
        String auditor = "Basic " + Base64.getEncoder().encodeToString("auditor:onewindow2026".getBytes());
        HttpResponse<String> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/audit/records/" + id + ".json")).header("Authorization", auditor).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(export.statusCode()).isEqualTo(200);
        Path record = TemporaryDirectories.create("record").resolve("record.json");
        Files.writeString(record, export.body());
        return AuditorsVerifier.run("verify-record", record.toString(), "--log", log, "--vkey", vkey);
    }
}
