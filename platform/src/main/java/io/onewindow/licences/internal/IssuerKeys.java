package io.onewindow.licences.internal;

import io.onewindow.kernel.crypto.KeyPurpose;
import io.onewindow.kernel.crypto.KeyRing;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.licences.LicencesError;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The keys licences are signed with: the keystore's current {@code licence} (Ed25519) and, when present,
 * {@code licence-sm2} key, each a verification method of the platform's {@code did:web}. Every key ever used
 * is recorded, so that after a rotation (a new key under the same alias) new licences carry the new key and
 * old ones still verify against the DID document, which lists them all.
 */
@Component
public class IssuerKeys {

    private final KeyRing keys;
    private final LicenceSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, PublicKey> known = new ConcurrentHashMap<>();
    private volatile boolean recorded;
    private volatile CurrentSigners current;

    IssuerKeys(KeyRing keys, LicenceSettings settings, JdbcClient jdbc, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What signs a licence or a status list now: Ed25519, then SM2 when the keystore has an SM2 licence key. */
    public List<DataIntegrity.Signer> signers() {
        KeyPair ed25519 = keys.find(KeyPurpose.LICENCE).orElseThrow(() ->
                new DomainException(LicencesError.SIGNING_KEY_MISSING, Map.of("alias", KeyPurpose.LICENCE.alias())));
        KeyPair sm2 = keys.find(KeyPurpose.LICENCE_SM2).orElse(null);
        CurrentSigners current = this.current;
        if (current == null || current.ed25519() != ed25519 || current.sm2() != sm2) {
            recordCurrent();
            var signers = new java.util.ArrayList<DataIntegrity.Signer>();
            signers.add(DataIntegrity.Signer.ed25519(ed25519Method(ed25519.getPublic()), ed25519.getPrivate()));
            if (sm2 != null) {
                signers.add(DataIntegrity.Signer.sm2(sm2Method(sm2.getPublic()), sm2.getPrivate()));
            }
            current = new CurrentSigners(ed25519, sm2, List.copyOf(signers));
            this.current = current;
        }
        return current.signers();
    }

    // The signers of the keystore's current keys, kept while the keys stay the same.
    private record CurrentSigners(KeyPair ed25519, KeyPair sm2, List<DataIntegrity.Signer> signers) {
    }

    /** The public key of one of the platform's verification methods, current or retired. */
    public Optional<PublicKey> resolve(String verificationMethod) {
        if (!verificationMethod.startsWith(settings.issuerDid() + "#")) {
            return Optional.empty();
        }
        PublicKey cached = known.get(verificationMethod);
        if (cached != null) {
            return Optional.of(cached);
        }
        return jdbc.sql("select multikey from licences.issuer_key where id = :id").param("id", verificationMethod)
                .query(String.class).optional().map(Multikey::decode).map(key -> {
                    known.put(verificationMethod, key);
                    return key;
                });
    }

    /** Every key recorded, oldest first: (verification method id, algorithm, multikey). */
    public List<RecordedKey> all() {
        recordCurrent();
        return jdbc.sql("select id, algorithm, multikey from licences.issuer_key order by first_used, id")
                .query((rs, n) -> new RecordedKey(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public record RecordedKey(String id, String algorithm, String multikey) {
    }

    private void recordCurrent() {
        if (recorded) {
            return;
        }
        keys.find(KeyPurpose.LICENCE).ifPresent(k -> record(ed25519Method(k.getPublic()), "Ed25519", Multikey.ed25519(k.getPublic())));
        keys.find(KeyPurpose.LICENCE_SM2).ifPresent(k -> record(sm2Method(k.getPublic()), "SM2", Multikey.sm2(k.getPublic())));
        recorded = true;
    }

    private void record(String id, String algorithm, String multikey) {
        jdbc.sql("insert into licences.issuer_key (id, algorithm, multikey, first_used) values (:id, :algorithm, :multikey, :now) "
                        + "on conflict (id) do nothing")
                .param("id", id).param("algorithm", algorithm).param("multikey", multikey)
                .param("now", java.sql.Timestamp.from(clock.instant())).update();
    }

    private String ed25519Method(PublicKey key) {
        return settings.issuerDid() + "#" + Multikey.ed25519(key);
    }

    private String sm2Method(PublicKey key) {
        byte[] digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return settings.issuerDid() + "#sm2-" + HexFormat.of().formatHex(digest, 0, 8);
    }
}
