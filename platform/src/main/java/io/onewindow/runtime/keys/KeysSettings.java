package io.onewindow.runtime.keys;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onewindow.keys.*}: the PKCS#12 keystore holding the signing keys. Required in production; in dev
 * mode a keystore is generated under {@code <data-dir>/keys} when none is configured.
 */
@ConfigurationProperties("onewindow.keys")
public record KeysSettings(Path keystore, String keystorePassword) {

    public boolean configured() {
        return keystore != null;
    }
}
