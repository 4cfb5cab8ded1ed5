package io.onewindow.exchange.internal;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The key the embedded authorization server signs access tokens with (RS256): made once per installation
 * and kept in the exchange's schema, so that every node signs and checks with the same key and tokens
 * outlive a restart. Loaded on first use, after the migrations ran.
 */
class TokenKeys implements JWKSource<SecurityContext> {

    static final String KEY_ID = "exchange-1";

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile RSAKey key;

    TokenKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        return selector.select(new com.nimbusds.jose.jwk.JWKSet(key()));
    }

    RSAKey key() {
        RSAKey current = key;
        if (current == null) {
            current = load();
            key = current;
        }
        return current;
    }

    private RSAKey load() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair fresh = generator.generateKeyPair();
            jdbc.sql("insert into exchange.signing_key (id, private_der, public_der, created_at) values (?, ?, ?, ?) on conflict (id) do nothing")
                    .params(KEY_ID, fresh.getPrivate().getEncoded(), fresh.getPublic().getEncoded(), Timestamp.from(Instant.now(clock)))
                    .update();
            return jdbc.sql("select private_der, public_der from exchange.signing_key where id = ?").param(KEY_ID)
                    .query((rs, n) -> rsa(rs.getBytes("private_der"), rs.getBytes("public_der"))).single();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsa(byte[] privateDer, byte[] publicDer) {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            return new RSAKey.Builder((RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(publicDer)))
                    .privateKey((RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(privateDer)))
                    .keyID(KEY_ID)
                    .build();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("The exchange's token signing key cannot be read", e);
        }
    }
}
