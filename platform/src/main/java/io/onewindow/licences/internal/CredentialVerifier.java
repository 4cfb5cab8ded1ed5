package io.onewindow.licences.internal;

import io.onewindow.licences.Verification;
import io.onewindow.licences.Verification.Finding;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verifies a Verifiable Credential (VC Data Model 2.0) secured with Data Integrity: its {@code eddsa-rdfc-2022}
 * proofs (and this platform's SM2 proof when present), its validity period, and its Bitstring Status List
 * entries. Keys come from {@code did:key} identifiers or from {@link KeyResolver} (this platform's
 * {@code did:web}); nothing is fetched from the network.
 */
public final class CredentialVerifier {

    /** Finds the public key of a verification method this verifier may trust; empty when it cannot. */
    public interface KeyResolver {
        Optional<PublicKey> resolve(String verificationMethod);
    }

    /** Reads a status bit of a list this platform serves; empty for a list it does not know. */
    public interface StatusLookup {
        Optional<Boolean> isSet(String statusListCredential, String statusPurpose, long index);
    }

    private final KeyResolver keys;
    private final StatusLookup statuses;

    public CredentialVerifier(KeyResolver keys, StatusLookup statuses) {
        this.keys = keys;
        this.statuses = statuses;
    }

    public Verification verify(JsonObject credential, Instant now) {
        List<String> checks = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        List<Finding> errors = new ArrayList<>();
        try {
            checkShape(credential);
            checks.add("proof");
            checkProofs(credential, warnings, errors);
            checks.add("validity");
            checkValidity(credential, now, errors);
            checks.add("status");
            checkStatus(credential, warnings, errors);
        } catch (InvalidCredentialException e) {
            errors.add(new Finding("shape", "MALFORMED", e.getMessage()));
        }
        return new Verification(checks, warnings, errors);
    }

    private static void checkShape(JsonObject credential) {
        JsonValue context = credential.get("@context");
        if (context == null || context.getValueType() != JsonValue.ValueType.ARRAY || context.asJsonArray().isEmpty()
                || !BundledContexts.CREDENTIALS_V2.equals(stringOf(context.asJsonArray().get(0)))) {
            throw new InvalidCredentialException("@context starts with " + BundledContexts.CREDENTIALS_V2);
        }
        if (!typesOf(credential).contains("VerifiableCredential")) {
            throw new InvalidCredentialException("type includes VerifiableCredential");
        }
        if (issuerOf(credential) == null) {
            throw new InvalidCredentialException("issuer is a URL or an object with an id");
        }
    }

    private void checkProofs(JsonObject credential, List<Finding> warnings, List<Finding> errors) {
        List<JsonObject> proofs = DataIntegrity.proofsOf(credential);
        JsonObject unsecured = DataIntegrity.unsecured(credential);
        String canonical = null;
        int eddsa = 0;
        for (JsonObject proof : proofs) {
            String suite = proof.getString("cryptosuite", "");
            if (!"DataIntegrityProof".equals(proof.getString("type", ""))
                    || !(suite.equals(DataIntegrity.EDDSA_SUITE) || suite.equals(DataIntegrity.SM2_SUITE))) {
                warnings.add(new Finding("proof", "UNKNOWN_PROOF", "a proof of cryptosuite '" + suite + "' was not checked"));
                continue;
            }
            if (!"assertionMethod".equals(proof.getString("proofPurpose", ""))) {
                errors.add(new Finding("proof", "WRONG_PURPOSE", "the proof's purpose is not assertionMethod"));
                continue;
            }
            String method = proof.getString("verificationMethod", "");
            if (!method.startsWith(issuerOf(credential) + "#")) {
                errors.add(new Finding("proof", "NOT_THE_ISSUERS_KEY", "the key " + method + " is not the issuer's"));
                continue;
            }
            Optional<PublicKey> key = resolve(method);
            if (key.isEmpty()) {
                if (suite.equals(DataIntegrity.SM2_SUITE)) {
                    warnings.add(new Finding("proof", "KEY_UNKNOWN", "the SM2 key " + method + " is unknown here; not checked"));
                } else {
                    errors.add(new Finding("proof", "KEY_UNKNOWN", "the key " + method + " cannot be resolved here"));
                }
                continue;
            }
            if (canonical == null) {
                canonical = Canonical.of(unsecured);
            }
            if (!DataIntegrity.verify(proof, canonical, unsecured, key.get())) {
                errors.add(new Finding("proof", "INVALID_SIGNATURE", "the " + suite + " signature does not match the credential"));
            } else if (suite.equals(DataIntegrity.EDDSA_SUITE)) {
                eddsa++;
            }
        }
        if (eddsa == 0 && errors.isEmpty()) {
            errors.add(new Finding("proof", "NO_PROOF", "the credential has no " + DataIntegrity.EDDSA_SUITE + " proof"));
        }
    }

    private Optional<PublicKey> resolve(String method) {
        if (method.startsWith("did:key:")) {
            String did = method.substring(0, method.indexOf('#'));
            String fragment = method.substring(method.indexOf('#') + 1);
            String key = did.substring("did:key:".length());
            if (!key.equals(fragment) || !key.startsWith("z6Mk")) {
                return Optional.empty();
            }
            return Optional.of(Multikey.decode(key));
        }
        return keys.resolve(method);
    }

    private static void checkValidity(JsonObject credential, Instant now, List<Finding> errors) {
        Instant from = instant(credential, "validFrom");
        Instant until = instant(credential, "validUntil");
        if (from != null && now.isBefore(from)) {
            errors.add(new Finding("validity", "NOT_YET_VALID", "valid only from " + from));
        }
        if (until != null && now.isAfter(until)) {
            errors.add(new Finding("validity", "EXPIRED", "expired at " + until));
        }
    }

    private void checkStatus(JsonObject credential, List<Finding> warnings, List<Finding> errors) {
        JsonValue status = credential.get("credentialStatus");
        if (status == null) {
            return;
        }
        List<JsonValue> entries = status.getValueType() == JsonValue.ValueType.ARRAY ? status.asJsonArray() : List.of(status);
        for (JsonValue value : entries) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidCredentialException("a credentialStatus entry is an object");
            }
            JsonObject entry = value.asJsonObject();
            if (!"BitstringStatusListEntry".equals(entry.getString("type", ""))) {
                warnings.add(new Finding("status", "UNKNOWN_STATUS_TYPE", "status of type " + entry.getString("type", "?") + " not checked"));
                continue;
            }
            String purpose = entry.getString("statusPurpose", "");
            String list = entry.getString("statusListCredential", "");
            long index;
            try {
                index = Long.parseLong(entry.getString("statusListIndex", ""));
            } catch (NumberFormatException e) {
                throw new InvalidCredentialException("statusListIndex is a number in a string");
            }
            Optional<Boolean> set = statuses.isSet(list, purpose, index);
            if (set.isEmpty()) {
                warnings.add(new Finding("status", "STATUS_UNKNOWN", "the status list " + list + " is not served by this platform; not checked"));
            } else if (set.get()) {
                errors.add(new Finding("status", purpose.equals("suspension") ? "SUSPENDED" : "REVOKED",
                        "the credential is " + (purpose.equals("suspension") ? "suspended" : "revoked") + " (" + list + ")"));
            }
        }
    }

    /** The issuer's id: the issuer itself when a string, its {@code id} when an object. */
    public static String issuerOf(JsonObject credential) {
        JsonValue issuer = credential.get("issuer");
        if (issuer == null) {
            return null;
        }
        if (issuer.getValueType() == JsonValue.ValueType.STRING) {
            return ((JsonString) issuer).getString();
        }
        if (issuer.getValueType() == JsonValue.ValueType.OBJECT) {
            return stringOf(issuer.asJsonObject().get("id"));
        }
        return null;
    }

    private static List<String> typesOf(JsonObject credential) {
        JsonValue type = credential.get("type");
        if (type == null) {
            return List.of();
        }
        if (type.getValueType() == JsonValue.ValueType.STRING) {
            return List.of(((JsonString) type).getString());
        }
        return type.getValueType() == JsonValue.ValueType.ARRAY
                ? type.asJsonArray().stream().map(CredentialVerifier::stringOf).toList() : List.of();
    }

    private static Instant instant(JsonObject credential, String name) {
        JsonValue value = credential.get(name);
        if (value == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(stringOf(value)).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidCredentialException(name + " is a date-time with a time zone");
        }
    }

    private static String stringOf(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : null;
    }
}
