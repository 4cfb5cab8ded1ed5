package io.onewindow.licences.internal;

import io.onewindow.licences.LicenceType;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The unsigned credential of a licence (VC Data Model 2.0): the platform's {@code did:web} as issuer, named
 * by the issuing department; the licence in {@code credentialSubject} with the OneWindow licence vocabulary;
 * its validity period; its two status entries (revocation, suspension).
 */
final class CredentialDocument {

    private static final JsonProvider JSON = JsonProvider.provider();

    private CredentialDocument() {
    }

    record Content(UUID id, String identifier, LicenceType type, String holderKind, String holderName, String holderIdentifier,
                   String departmentCode, String departmentName, Map<String, String> fields, Instant validFrom,
                   Instant validUntil, List<JsonObject> statusEntries) {
    }

    static JsonObject of(Content c, String issuerDid) {
        var fields = JSON.createArrayBuilder();
        for (LicenceType.Field field : c.type().fields()) {
            String value = c.fields().get(field.name());
            if (value != null && !value.isBlank()) {
                fields.add(JSON.createObjectBuilder().add("fieldName", field.name()).add("fieldLabel", field.label().zh())
                        .add("fieldValue", value));
            }
        }
        var status = JSON.createArrayBuilder();
        c.statusEntries().forEach(status::add);
        JsonObjectBuilder credential = JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add(BundledContexts.CREDENTIALS_V2).add(BundledContexts.LICENCES_V1))
                .add("id", "urn:uuid:" + c.id())
                .add("type", JSON.createArrayBuilder().add("VerifiableCredential").add("LicenceCredential"))
                .add("name", c.type().name().zh())
                .add("issuer", JSON.createObjectBuilder().add("id", issuerDid).add("name", c.departmentName()))
                .add("validFrom", c.validFrom().toString());
        if (c.validUntil() != null) {
            credential.add("validUntil", c.validUntil().toString());
        }
        return credential
                .add("credentialSubject", JSON.createObjectBuilder()
                        .add("licenceNumber", c.identifier())
                        .add("licenceType", c.type().code())
                        .add("licenceTypeName", c.type().name().zh())
                        .add("issuingDepartment", c.departmentName())
                        .add("issuingDepartmentCode", c.departmentCode())
                        .add("holderKind", c.holderKind())
                        .add("holderName", c.holderName())
                        .add("holderIdentifier", c.holderIdentifier())
                        .add("licenceField", fields))
                .add("credentialStatus", status)
                .build();
    }
}
