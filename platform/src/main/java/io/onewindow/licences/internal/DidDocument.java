package io.onewindow.licences.internal;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import org.springframework.stereotype.Component;

/**
 * The platform's DID document ({@code did:web}, served at {@code /.well-known/did.json}): every key licences
 * were ever signed with, as Multikey verification methods for {@code assertionMethod}, Ed25519 and SM2.
 */
@Component
public class DidDocument {

    private static final JsonProvider JSON = JsonProvider.provider();

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
        var methods = JSON.createArrayBuilder();
        var assertion = JSON.createArrayBuilder();
        for (IssuerKeys.RecordedKey key : keys.all()) {
            methods.add(JSON.createObjectBuilder().add("id", key.id()).add("type", "Multikey").add("controller", did)
                    .add("publicKeyMultibase", key.multikey()));
            assertion.add(key.id());
        }
        return JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add("https://www.w3.org/ns/did/v1").add(BundledContexts.MULTIKEY_V1))
                .add("id", did)
                .add("verificationMethod", methods)
                .add("assertionMethod", assertion)
                .build();
    }
}
