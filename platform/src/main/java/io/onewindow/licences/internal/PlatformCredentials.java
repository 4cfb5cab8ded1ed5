package io.onewindow.licences.internal;

import io.onewindow.licences.Credentials;
import io.onewindow.licences.Verification;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/** Verifies credentials with the platform's own keys (current and retired) and its own status lists. */
@Service
class PlatformCredentials implements Credentials {

    private static final JsonProvider JSON = JsonProvider.provider();

    private final CredentialVerifier verifier;
    private final Clock clock;

    PlatformCredentials(IssuerKeys keys, StatusLists statusLists, Clock clock) {
        this.verifier = new CredentialVerifier(keys::resolve, statusLists::isSet);
        this.clock = clock;
    }

    @Override
    public Verification verify(String credentialJson) {
        JsonObject credential;
        try {
            credential = JSON.createReader(new StringReader(credentialJson)).readObject();
        } catch (JsonParsingException | ClassCastException e) {
            return malformed("verifiableCredential is missing or is not a JSON object");
        } catch (JsonException e) {
            return malformed("not JSON: " + e.getMessage());
        }
        return verify(credential);
    }

    Verification verify(JsonObject credential) {
        return verifier.verify(credential, clock.instant());
    }

    private static Verification malformed(String message) {
        return new Verification(List.of(), List.of(), List.of(new Verification.Finding("shape", "MALFORMED", message)));
    }
}
