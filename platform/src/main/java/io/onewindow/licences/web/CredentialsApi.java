package io.onewindow.licences.web;

import io.onewindow.licences.Credentials;
import io.onewindow.licences.Verification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Verification in the shape of the W3C VC API ({@code POST /credentials/verify}): a credential in, the checks
 * made and what was found out. Public: anyone may verify a licence shown to them. Verifying changes nothing.
 */
@RestController
@RequestMapping("/api/v1/credentials")
@Tag(name = "Licences", description = "E-licences (电子证照) as W3C Verifiable Credentials")
class CredentialsApi {

    private final Credentials credentials;

    CredentialsApi(Credentials credentials) {
        this.credentials = credentials;
    }

    public record VerifyRequest(JsonNode verifiableCredential, Map<String, Object> options) {
    }

    public record BatchRequest(List<JsonNode> verifiableCredentials) {
    }

    public record BatchResult(List<Verification> results, int verified, int failed) {
    }

    @PostMapping("/verify")
    @Operation(summary = "Verify a credential (W3C VC API)", description = "Checks the eddsa-rdfc-2022 proof (and the platform's SM2 "
            + "proof when present), the validity period and the Bitstring Status List entries. Issuers: this platform's did:web "
            + "(current and retired keys) and any did:key (Ed25519). Nothing is fetched from the network. The credential verifies "
            + "when errors is empty; a status list of another platform is a warning (not checked).")
    Verification verify(@RequestBody VerifyRequest request) {
        return credentials.verify(request.verifiableCredential() == null ? "null" : request.verifiableCredential().toString());
    }

    @PostMapping("/verify/batch")
    @Operation(summary = "Verify many credentials at once", description = "Each as POST /credentials/verify would; results in order.")
    BatchResult verifyBatch(@RequestBody BatchRequest request) {
        List<Verification> results = (request.verifiableCredentials() == null ? List.<JsonNode>of() : request.verifiableCredentials())
                .stream().map(c -> credentials.verify(c.toString())).toList();
        int verified = (int) results.stream().filter(Verification::verified).count();
        return new BatchResult(results, verified, results.size() - verified);
    }
}
