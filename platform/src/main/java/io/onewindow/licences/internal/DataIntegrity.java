package io.onewindow.licences.internal;

import io.onewindow.kernel.crypto.BouncyCastle;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * Data Integrity proofs (W3C VC Data Integrity 1.0) over the RDFC-1.0 canonical form. {@code eddsa-rdfc-2022}
 * (W3C Data Integrity EdDSA Cryptosuites v1.0): Ed25519 over SHA-256(canonical proof options) ‖
 * SHA-256(canonical document). {@value #SM2_SUITE}, this platform's second proof for verifiers that require the
 * national algorithms: SM3withSM2 over SM3(canonical proof options) ‖ SM3(canonical document), the same
 * canonical document. Both are {@code DataIntegrityProof}s in the credential's proof set; a standard verifier
 * checks the proofs of the cryptosuites it knows and passes over the others.
 */
public final class DataIntegrity {

    // Json.create… looks its provider up with a ServiceLoader on every call; a credential takes dozens of them.
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String EDDSA_SUITE = "eddsa-rdfc-2022";
    public static final String SM2_SUITE = "onewindow-sm2-rdfc-2026";

    // Proof options differ only in their creation time (to the second) and key: licences signed in the same second,
    // as in a bulk import, share them, and so does the verification of such licences.
    private static final java.util.Map<String, String> CANONICAL_OPTIONS = new java.util.concurrent.ConcurrentHashMap<>();

    // Initialised signature objects kept per signing key: about one per thread that signs at the same time.
    private static final int POOLED_SIGNATURES = 8;

    private DataIntegrity() {
    }

    private static String canonicalOptions(JsonObject options, JsonObject document) {
        JsonObject withContext = withContext(options, document);
        String key = withContext.toString();
        String cached = CANONICAL_OPTIONS.get(key);
        if (cached == null) {
            cached = Canonical.of(withContext);
            if (CANONICAL_OPTIONS.size() > 256) {
                CANONICAL_OPTIONS.clear();
            }
            CANONICAL_OPTIONS.put(key, cached);
        }
        return cached;
    }

    /** A proof's options before signing. */
    public record ProofOptions(String cryptosuite, String verificationMethod, Instant created) {
    }

    /** The document with its proofs: one per key, each computed over the document without proofs. */
    public static JsonObject sign(JsonObject unsecured, List<Signer> signers, Instant created) {
        String canonicalDocument = Canonical.of(unsecured);
        var proofs = JSON.createArrayBuilder();
        for (Signer signer : signers) {
            JsonObject options = options(new ProofOptions(signer.cryptosuite(), signer.verificationMethod(), created));
            String canonicalOptions = canonicalOptions(options, unsecured);
            byte[] signature = signer.sign(hashData(signer.cryptosuite(), canonicalOptions, canonicalDocument));
            proofs.add(JSON.createObjectBuilder(options).add("proofValue", "z" + Base58.encode(signature)));
        }
        JsonArray built = proofs.build();
        return JSON.createObjectBuilder(unsecured).add("proof", built.size() == 1 ? built.get(0) : built).build();
    }

    /** The proofs of a secured document, each as an object (a single proof is a set of one). */
    public static List<JsonObject> proofsOf(JsonObject secured) {
        JsonValue proof = secured.get("proof");
        if (proof == null) {
            return List.of();
        }
        if (proof.getValueType() == JsonValue.ValueType.OBJECT) {
            return List.of(proof.asJsonObject());
        }
        if (proof.getValueType() == JsonValue.ValueType.ARRAY) {
            List<JsonObject> proofs = new ArrayList<>();
            for (JsonValue each : proof.asJsonArray()) {
                if (each.getValueType() != JsonValue.ValueType.OBJECT) {
                    throw new InvalidCredentialException("a proof is an object");
                }
                proofs.add(each.asJsonObject());
            }
            return proofs;
        }
        throw new InvalidCredentialException("proof is an object or a set of objects");
    }

    /** The document a proof was computed over: the secured document without its proofs. */
    public static JsonObject unsecured(JsonObject secured) {
        return JSON.createObjectBuilder(secured).remove("proof").build();
    }

    /** Whether the proof's signature holds for the document's canonical form and the key. */
    public static boolean verify(JsonObject proof, String canonicalDocument, JsonObject unsecured, PublicKey key) {
        String suite = proof.getString("cryptosuite", "");
        String proofValue = proof.getString("proofValue", "");
        if (!proofValue.startsWith("z")) {
            throw new InvalidCredentialException("proofValue is base58btc multibase (z…)");
        }
        JsonObject options = JSON.createObjectBuilder(proof).remove("proofValue").build();
        String canonicalOptions = canonicalOptions(options, unsecured);
        byte[] signature = Base58.decode(proofValue.substring(1));
        try {
            // BouncyCastle's Ed25519 takes a tenth of the JDK 17 one's time; the signatures are the same (RFC 8032 is deterministic).
            Signature verifier = Signature.getInstance(suite.equals(SM2_SUITE) ? "SM3withSM2" : "Ed25519", BouncyCastle.provider());
            verifier.initVerify(key);
            verifier.update(hashData(suite, canonicalOptions, canonicalDocument));
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** What signs a proof: a platform key in the keystore, or a test's. */
    public interface Signer {
        String cryptosuite();

        String verificationMethod();

        byte[] sign(byte[] data);

        static Signer ed25519(String verificationMethod, PrivateKey key) {
            return of(EDDSA_SUITE, verificationMethod, key, "Ed25519");
        }

        static Signer sm2(String verificationMethod, PrivateKey key) {
            return of(SM2_SUITE, verificationMethod, key, "SM3withSM2");
        }

        // One signer per key for the life of the key: an SM2 signature object computes the public point and its
        // Z value when it is given the key, which costs more than the signature itself, so initialised ones are kept.
        private static Signer of(String suite, String method, PrivateKey key, String algorithm) {
            Queue<Signature> ready = new ConcurrentLinkedQueue<>();
            return new Signer() {
                public String cryptosuite() {
                    return suite;
                }

                public String verificationMethod() {
                    return method;
                }

                public byte[] sign(byte[] data) {
                    try {
                        Signature signature = ready.poll();
                        if (signature == null) {
                            signature = Signature.getInstance(algorithm, BouncyCastle.provider());
                            signature.initSign(key);
                        }
                        signature.update(data);
                        byte[] signed = signature.sign();   // and the object is as initialised again
                        if (ready.size() < POOLED_SIGNATURES) {
                            ready.offer(signature);
                        }
                        return signed;
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException("cannot sign with the " + suite + " key", e);
                    }
                }
            };
        }
    }

    private static JsonObject options(ProofOptions options) {
        JsonObjectBuilder builder = JSON.createObjectBuilder()
                .add("type", "DataIntegrityProof")
                .add("cryptosuite", options.cryptosuite())
                .add("created", options.created().truncatedTo(ChronoUnit.SECONDS).toString())
                .add("verificationMethod", options.verificationMethod())
                .add("proofPurpose", "assertionMethod");
        return builder.build();
    }

    // The proof options are canonicalised with the document's @context (VC Data Integrity, "Add Proof", step 2).
    private static JsonObject withContext(JsonObject options, JsonObject document) {
        JsonValue context = document.get("@context");
        if (context == null) {
            throw new InvalidCredentialException("the document has no @context");
        }
        return JSON.createObjectBuilder(options).remove("@context").add("@context", context).build();
    }

    private static byte[] hashData(String suite, String canonicalOptions, String canonicalDocument) {
        byte[] a = digest(suite, canonicalOptions);
        byte[] b = digest(suite, canonicalDocument);
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] digest(String suite, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (suite.equals(SM2_SUITE)) {
            SM3Digest sm3 = new SM3Digest();
            sm3.update(bytes, 0, bytes.length);
            byte[] out = new byte[sm3.getDigestSize()];
            sm3.doFinal(out, 0);
            return out;
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
