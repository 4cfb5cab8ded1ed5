package io.onewindow.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** The embedded server's tokens as the query API checks them on every call, the first and the following ones. */
class TokenCheckTests {

    private static final Instant ISSUED = Instant.parse("2026-12-01T08:00:00Z");

    private final RSAKey installationKey = key();
    private final MovableClock clock = new MovableClock(ISSUED.plusSeconds(5));
    private final JwtDecoder decoder = new ExchangeSecurityConfiguration.LazyDecoder(keysOf(installationKey), clock);

    @Test
    void aTokenIsAcceptedOnEveryCallUntilItExpiresAndRefusedFromThen() throws Exception {
        String token = token(installationKey, ISSUED, ISSUED.plus(Duration.ofMinutes(30)));

        assertThat(decoder.decode(token).getClaimAsString("client_id")).isEqualTo("qd-mzj-system");
        clock.now = ISSUED.plus(Duration.ofMinutes(29));
        assertThat(decoder.decode(token).getClaimAsString("client_id")).isEqualTo("qd-mzj-system");

        clock.now = ISSUED.plus(Duration.ofMinutes(32));
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(BadJwtException.class).hasMessageContaining("expired");
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(BadJwtException.class).hasMessageContaining("expired");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefusedEveryTime() throws Exception {
        String forged = token(key(), ISSUED, ISSUED.plus(Duration.ofMinutes(30)));

        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
    }

    @Test
    void aTokenWhoseSignatureWasChangedAfterAnAcceptedCallIsRefused() throws Exception {
        String token = token(installationKey, ISSUED, ISSUED.plus(Duration.ofMinutes(30)));
        decoder.decode(token);
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BA" : "AA");

        assertThatThrownBy(() -> decoder.decode(tampered)).isInstanceOf(BadJwtException.class);
    }

    private static String token(RSAKey key, Instant issued, Instant expires) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(TokenKeys.KEY_ID).build(),
                new JWTClaimsSet.Builder().subject("qd-mzj-system").claim("client_id", "qd-mzj-system")
                        .issueTime(Date.from(issued)).notBeforeTime(Date.from(issued)).expirationTime(Date.from(expires)).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey key() {
        try {
            return new RSAKeyGenerator(2048).keyID(TokenKeys.KEY_ID).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TokenKeys keysOf(RSAKey key) {
        return new TokenKeys(null, Clock.systemUTC()) {
            @Override
            RSAKey key() {
                return key;
            }
        };
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
