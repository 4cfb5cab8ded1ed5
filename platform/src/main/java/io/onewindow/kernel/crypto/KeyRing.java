package io.onewindow.kernel.crypto;

import java.security.KeyPair;
import java.util.Optional;

/** The platform's signing keys, one per {@link KeyPurpose}. */
public interface KeyRing {

    /** The key for a purpose, or empty when the keystore holds none (only allowed for optional purposes). */
    Optional<KeyPair> find(KeyPurpose purpose);

    default KeyPair get(KeyPurpose purpose) {
        return find(purpose).orElseThrow(() -> new IllegalStateException(
                "The keystore has no key with alias '" + purpose.alias() + "'"));
    }
}
