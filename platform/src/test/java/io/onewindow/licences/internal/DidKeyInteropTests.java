package io.onewindow.licences.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.onewindow.licences.DigitalBazaar;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both ways with did:key and Digital Bazaar's implementation: what this platform signs verifies there (and a
 * changed field does not); what that library issues verifies here (and a tampered copy does not).
 */
class DidKeyInteropTests {

    @TempDir
    Path work;

    @Test
    void credentialsSignedHereVerifyThereAndTheirsVerifyHere() throws Exception {
        DigitalBazaar.assumeAvailable();
        var test = new DataIntegrityTests();
        KeyPair key = test.ed25519;
        String did = test.did;
        JsonObject signed = DataIntegrity.sign(test.credential("营业执照"),
                List.of(DataIntegrity.Signer.ed25519(did + "#" + did.substring(8), key.getPrivate()),
                        DataIntegrity.Signer.sm2(did + "#sm2", test.sm2.getPrivate())), DataIntegrityTests.NOW);
        JsonObject subject = Json.createObjectBuilder(signed.getJsonObject("credentialSubject")).add("holderName", "别的公司").build();
        Files.writeString(work.resolve("ours.json"), signed.toString());
        Files.writeString(work.resolve("ours-changed.json"), Json.createObjectBuilder(signed).add("credentialSubject", subject).build().toString());

        JsonNode answer = DigitalBazaar.run(Map.of(
                "verify", List.of(Map.of("name", "ours", "file", work.resolve("ours.json").toString()),
                        Map.of("name", "changed", "file", work.resolve("ours-changed.json").toString())),
                "issue", work.toString()), work);

        assertThat(answer.at("/verified/ours/verified").asBoolean()).as(answer.toString()).isTrue();
        assertThat(answer.at("/verified/changed/verified").asBoolean()).as(answer.toString()).isFalse();
        var verifier = new CredentialVerifier(m -> Optional.empty(), (l, p, i) -> Optional.empty());
        assertThat(verifier.verify(read(work.resolve("db-issued.json")), Instant.now()).errors()).isEmpty();
        assertThat(verifier.verify(read(work.resolve("db-issued-tampered.json")), Instant.now()).hasError("INVALID_SIGNATURE")).isTrue();
    }

    private static JsonObject read(Path file) throws Exception {
        return Json.createReader(Files.newBufferedReader(file)).readObject();
    }
}
