package io.onewindow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.audit.internal.CheckpointSigners;
import io.onewindow.audit.internal.LogIntegrator;
import io.onewindow.testing.AuditorsVerifier;
import io.onewindow.testing.TemporaryDirectories;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After every browser journey has run: the log verifies from scratch with the auditors' verifier, the
 * checkpoint saved before the journeys is consistent with today's, and a receipt and a record export of a
 * journey's action verify too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Order(Integer.MAX_VALUE)
class LogAfterJourneysIT {

    @LocalServerPort
    int port;

    @Autowired
    CheckpointSigners signers;

    @Autowired
    LogIntegrator integrator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLogVerifiesFromScratchAndExtendsTheCheckpointSavedBeforeTheJourneys() {
        integrator.integratePending();
        String log = "http://localhost:" + port + "/log";

        var fromScratch = AuditorsVerifier.run("verify-log", log, "--vkey", signers.verifierKey());
        assertThat(fromScratch.status()).as(fromScratch.toString()).isZero();

        assertThat(LogBeforeJourneysIT.STATE).as("the journeys ran after the first verification").exists();
        var consistent = AuditorsVerifier.run("verify-log", log, "--vkey", signers.verifierKey(), "--state", LogBeforeJourneysIT.STATE.toString());
        assertThat(consistent.status()).as(consistent.toString()).isZero();
    }

    @Test
    void aReceiptAndARecordExportOfACounterIdentificationVerifyOffline() throws Exception {
        integrator.integratePending();
        UUID id = jdbc.sql("select r.id from audit.record r join audit.leaf l on l.record_id = r.id "
                + "where r.action = 'identity.counter.identified' order by l.leaf_index desc limit 1").query(UUID.class).optional()
                .orElseGet(() -> jdbc.sql("select record_id from audit.leaf order by leaf_index desc limit 1").query(UUID.class).single());
        HttpClient http = HttpClient.newHttpClient();

        Path receipt = TemporaryDirectories.create("receipt").resolve("receipt.json");
        Files.writeString(receipt, http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/receipts/" + id + ".json")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        var receiptCheck = AuditorsVerifier.run("verify-receipt", receipt.toString(), "--vkey", signers.verifierKey());
        assertThat(receiptCheck.status()).as(receiptCheck.toString()).isZero();

        String auditor = "Basic " + Base64.getEncoder().encodeToString("auditor:onewindow2026".getBytes());
        Path record = TemporaryDirectories.create("record").resolve("record.json");
        HttpResponse<String> export = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/audit/records/" + id + ".json"))
                .header("Authorization", auditor).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(export.statusCode()).isEqualTo(200);
        Files.writeString(record, export.body());
        var recordCheck = AuditorsVerifier.run("verify-record", record.toString(), "--log", "http://localhost:" + port + "/log",
                "--vkey", signers.verifierKey());
        assertThat(recordCheck.status()).as(recordCheck.toString()).isZero();
    }
}
