package io.onewindow.licences.internal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.springframework.stereotype.Component;

/**
 * The platform's DID document ({@code did:web}, served at {@code /.well-known/did.json}): every key licences
 * were ever signed with, as Multikey verification methods for {@code assertionMethod}, Ed25519 and SM2.
 */
@Component
public class DidDocument {

    private final IssuerKeys keys;
    private final LicenceSettings settings;

    DidDocument(IssuerKeys keys, LicenceSettings settings) {
        this.keys = keys;
        this.settings = settings;
    }

    public String did() {
        return settings.issuerDid();
    }

    public JsonObject document() {
        String did = settings.issuerDid();
        var methods = Json.createArrayBuilder();
        var assertion = Json.createArrayBuilder();
        for (IssuerKeys.RecordedKey key : keys.all()) {
            methods.add(Json.createObjectBuilder().add("id", key.id()).add("type", "Multikey").add("controller", did)
                    .add("publicKeyMultibase", key.multikey()));
            assertion.add(key.id());
        }
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/did/v1").add(BundledContexts.MULTIKEY_V1))
                .add("id", did)
                .add("verificationMethod", methods)
                .add("assertionMethod", assertion)
                .build();
    }
}
