package io.onewindow.licences;

import com.fasterxml.jackson.databind.JsonNode;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.licences.internal.DidDocument;
import io.onewindow.licences.internal.StatusLists;
import io.onewindow.testing.Persons;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's licences (did:web, Bitstring Status Lists) checked by Digital Bazaar's independent
 * implementation: a licence verifies, a changed field does not, a revoked one does not; and a credential that
 * library issues (did:key) verifies through the platform's verification, a tampered copy not.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class LicenceInteropTests {

    @TempDir
    Path work;

    @Autowired
    Licences licences;

    @Autowired
    Credentials credentials;

    @Autowired
    People people;

    @Autowired
    DidDocument did;

    @Autowired
    StatusLists statusLists;

    @Test
    void digitalBazaarVerifiesAPlatformLicenceAndRefusesAChangedOrRevokedOne() throws Exception {
        DigitalBazaar.assumeAvailable();
        PersonView holder = people.register(Persons.aShinanResident());
        LicenceView valid = licence(holder);
        LicenceView revoked = licence(holder);
        licences.changeStatus(revoked.id(), LicenceStatus.REVOKED, "以欺骗手段取得");
        Files.writeString(work.resolve("valid.json"), licences.credential(valid.id()));
        Files.writeString(work.resolve("changed.json"), licences.credential(valid.id()).replace("\"C1\"", "\"A2\""));
        Files.writeString(work.resolve("revoked.json"), licences.credential(revoked.id()));

        JsonNode answer = DigitalBazaar.run(Map.of("documents", documents(), "verify", List.of(
                Map.of("name", "valid", "file", work.resolve("valid.json").toString()),
                Map.of("name", "changed", "file", work.resolve("changed.json").toString()),
                Map.of("name", "revoked", "file", work.resolve("revoked.json").toString())),
                "issue", work.toString()), work);

        assertThat(answer.at("/verified/valid/verified").asBoolean()).as(answer.toString()).isTrue();
        assertThat(answer.at("/verified/changed/verified").asBoolean()).as(answer.toString()).isFalse();
        assertThat(answer.at("/verified/revoked/verified").asBoolean()).as(answer.toString()).isFalse();
        assertThat(answer.at("/verified/revoked/error").asText()).contains("revocation");
        assertThat(credentials.verify(Files.readString(work.resolve("db-issued.json"))).errors()).isEmpty();
        assertThat(credentials.verify(Files.readString(work.resolve("db-issued-tampered.json"))).hasError("INVALID_SIGNATURE")).isTrue();
    }

    private Map<String, String> documents() throws Exception {
        Map<String, String> documents = new HashMap<>();
        Path didFile = work.resolve("did.json");
        Files.writeString(didFile, did.document().toString());
        documents.put(did.did(), didFile.toString());
        for (String purpose : StatusLists.PURPOSES) {
            for (int list = 1; statusLists.credential(purpose, list).isPresent(); list++) {
                Path file = work.resolve(purpose + "-" + list + ".json");
                Files.writeString(file, statusLists.credential(purpose, list).orElseThrow());
                documents.put(statusLists.url(purpose, list), file.toString());
            }
        }
        return documents;
    }

    private LicenceView licence(PersonView holder) {
        return licences.issue(new NewLicence("DRIVING_LICENCE", null, holder.id(), "qd-ga", Map.of("name", holder.name(),
                "citizenId", holder.citizenId().value(), "vehicleClass", "C1", "firstIssuedOn", "2012-03-04"), null, null, null));
    }
}
