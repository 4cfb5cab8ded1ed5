package io.onewindow.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;

/**
 * A compact signed token, {@code base64url(payload).base64url(Ed25519 signature)}: short enough for a QR
 * code a phone camera reads at arm's length, checkable by anyone holding the public key.
 */
final class SignedToken {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private SignedToken() {
    }

    static String sign(String payload, KeyPair key) {
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key.getPrivate());
            signature.update(body);
            return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** The payload if the signature verifies, otherwise empty (also for anything that is not a token). */
    static Optional<String> verify(String token, KeyPair key) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            byte[] body = DECODER.decode(token.substring(0, dot));
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key.getPublic());
            signature.update(body);
            return signature.verify(DECODER.decode(token.substring(dot + 1)))
                    ? Optional.of(new String(body, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}
