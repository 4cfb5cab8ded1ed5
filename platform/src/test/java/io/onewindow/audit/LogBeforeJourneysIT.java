package io.onewindow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.audit.internal.CheckpointSigners;
import io.onewindow.testing.AuditorsVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Before the browser journeys run, an auditor verifies the log and keeps its checkpoint; after them,
 * {@link LogAfterJourneysIT} checks that the log grew only by appending.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Order(1)
class LogBeforeJourneysIT {

    static final Path STATE = Path.of("target/auditor-state-before-journeys.txt");

    @LocalServerPort
    int port;

    @Autowired
    CheckpointSigners signers;

    @Test
    void anAuditorVerifiesTheLogAndSavesItsCheckpoint() throws Exception {
        Files.deleteIfExists(STATE);
        var outcome = AuditorsVerifier.run("verify-log", "http://localhost:" + port + "/log", "--vkey", signers.verifierKey(),
                "--state", STATE.toString());

        assertThat(outcome.status()).as(outcome.toString()).isZero();
        assertThat(Files.readString(STATE)).startsWith("localhost/onewindow/log\n");
    }
}
