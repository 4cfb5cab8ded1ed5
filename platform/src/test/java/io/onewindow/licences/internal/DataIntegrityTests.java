package io.onewindow.licences.internal;

import io.onewindow.kernel.crypto.BouncyCastle;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DataIntegrityTests {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    final KeyPair ed25519 = generate("Ed25519", null);
    final KeyPair sm2 = generate("EC", "sm2p256v1");
    final String did = "did:key:" + Multikey.ed25519(ed25519.getPublic());

    @Test
    void aCredentialSignedWithADidKeyVerifies() {
        var verification = verifier().verify(signed(credential("营业执照")), NOW);

        assertThat(verification.errors()).isEmpty();
        assertThat(verification.checks()).containsExactly("proof", "validity", "status");
    }

    @Test
    void changingOneFieldBreaksTheSignature() {
        JsonObject signed = signed(credential("营业执照"));
        JsonObject subject = Json.createObjectBuilder(signed.getJsonObject("credentialSubject")).add("holderName", "别的公司").build();
        JsonObject changed = Json.createObjectBuilder(signed).add("credentialSubject", subject).build();

        assertThat(verifier().verify(changed, NOW).hasError("INVALID_SIGNATURE")).isTrue();
    }

    @Test
    void keyOrderAndSpacingDoNotChangeTheCanonicalForm() {
        JsonObject a = credential("营业执照");
        JsonObject b = Json.createReader(new StringReader(reordered(a))).readObject();

        assertThat(Canonical.of(b)).isEqualTo(Canonical.of(a));
    }

    @Test
    void aKeyOfSomeoneElseIsNotTheIssuers() {
        var other = "did:key:" + Multikey.ed25519(generate("Ed25519", null).getPublic());
        var signer = DataIntegrity.Signer.ed25519(other + "#" + other.substring(8), generate("Ed25519", null).getPrivate());
        JsonObject signed = DataIntegrity.sign(credential("营业执照"), List.of(signer), NOW);

        assertThat(verifier().verify(signed, NOW).hasError("NOT_THE_ISSUERS_KEY")).isTrue();
    }

    @Test
    void theSm2SecondProofVerifiesWhenItsKeyIsKnownAndFailsWhenTheCredentialChanged() {
        String sm2Method = did + "#sm2";
        var signers = List.of(DataIntegrity.Signer.ed25519(did + "#" + did.substring(8), ed25519.getPrivate()),
                DataIntegrity.Signer.sm2(sm2Method, sm2.getPrivate()));
        JsonObject signed = DataIntegrity.sign(credential("营业执照"), signers, NOW);
        var knowsSm2 = new CredentialVerifier(m -> m.equals(sm2Method) ? Optional.of(sm2.getPublic()) : Optional.empty(),
                (list, purpose, index) -> Optional.empty());

        assertThat(DataIntegrity.proofsOf(signed)).hasSize(2);
        assertThat(knowsSm2.verify(signed, NOW).errors()).isEmpty();
        JsonObject changed = Json.createObjectBuilder(signed).add("validUntil", "2099-01-01T00:00:00Z").build();
        assertThat(knowsSm2.verify(changed, NOW).errors()).extracting(e -> e.code()).containsOnly("INVALID_SIGNATURE");
    }

    @Test
    void anSm2KeyRoundTripsAsAMultikey() {
        assertThat(Multikey.decode(Multikey.sm2(sm2.getPublic())).getEncoded()).isEqualTo(sm2.getPublic().getEncoded());
    }

    @Test
    void anExpiredCredentialIsReportedExpired() {
        var verification = verifier().verify(signed(credential("营业执照")), Instant.parse("2031-01-01T00:00:00Z"));

        assertThat(verification.errors()).extracting(e -> e.code()).containsExactly("EXPIRED");
    }

    @Test
    void aRevokedStatusBitIsAnError() {
        var revoked = new CredentialVerifier(m -> Optional.empty(), (list, purpose, index) -> Optional.of(purpose.equals("revocation")));
        JsonObject withStatus = Json.createObjectBuilder(credential("营业执照")).add("credentialStatus", Json.createObjectBuilder()
                .add("id", "https://example.gov.cn/licences/status/revocation/1#7").add("type", "BitstringStatusListEntry")
                .add("statusPurpose", "revocation").add("statusListIndex", "7")
                .add("statusListCredential", "https://example.gov.cn/licences/status/revocation/1")).build();

        assertThat(revoked.verify(signed(withStatus), NOW).errors()).extracting(e -> e.code()).containsExactly("REVOKED");
    }

    private CredentialVerifier verifier() {
        return new CredentialVerifier(m -> Optional.empty(), (list, purpose, index) -> Optional.empty());
    }

    private JsonObject signed(JsonObject credential) {
        return DataIntegrity.sign(credential, List.of(DataIntegrity.Signer.ed25519(did + "#" + did.substring(8), ed25519.getPrivate())), NOW);
    }

    JsonObject credential(String typeName) {
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(BundledContexts.CREDENTIALS_V2).add(BundledContexts.LICENCES_V1))
                .add("id", "urn:uuid:0b5e0d8e-6f57-4d55-9b59-3c5a8c2f6a11")
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("LicenceCredential"))
                .add("issuer", Json.createObjectBuilder().add("id", did).add("name", "青岛市市场监督管理局"))
                .add("validFrom", "2026-01-01T00:00:00Z")
                .add("validUntil", "2030-12-31T23:59:59Z")
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("licenceNumber", "1.2.156.3005.2.100001.91350100M000100Y43.3702000001.001.8")
                        .add("licenceType", "BUSINESS_LICENCE")
                        .add("licenceTypeName", typeName)
                        .add("holderKind", "ENTERPRISE")
                        .add("holderName", "青岛海岸线信息技术有限公司")
                        .add("licenceField", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("fieldName", "registeredCapital").add("fieldLabel", "注册资本").add("fieldValue", "100万元"))
                                .add(Json.createObjectBuilder().add("fieldName", "legalRepresentative").add("fieldLabel", "法定代表人").add("fieldValue", "李强"))))
                .build();
    }

    private static String reordered(JsonObject object) {
        var keys = new java.util.ArrayList<>(object.keySet());
        java.util.Collections.reverse(keys);
        var builder = Json.createObjectBuilder();
        keys.forEach(k -> builder.add(k, object.get(k)));
        return "  " + builder.build().toString().replace(",", " ,\n ");
    }

    static KeyPair generate(String algorithm, String curve) {
        try {
            KeyPairGenerator generator = curve == null ? KeyPairGenerator.getInstance(algorithm)
                    : KeyPairGenerator.getInstance(algorithm, BouncyCastle.provider());
            if (curve != null) {
                generator.initialize(new ECGenParameterSpec(curve));
            }
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
