package io.onewindow.runtime.keys;

import io.onewindow.kernel.crypto.KeyPurpose;
import io.onewindow.kernel.crypto.KeyRing;
import io.onewindow.runtime.Mode;
import io.onewindow.runtime.ProductionModeMisconfigured;
import io.onewindow.runtime.RuntimeSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Provides the {@link KeyRing}: the configured keystore, or in dev mode a generated one. */
@Configuration(proxyBeanMethods = false)
class KeysConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KeysConfiguration.class);
    private static final String DEV_PASSWORD = "onewindow-dev";

    @Bean
    KeyRing keyRing(KeysSettings keys, RuntimeSettings runtime, Environment environment) {
        Mode mode = Mode.of(environment);
        if (!keys.configured()) {
            Path generated = runtime.dataDir().resolve("keys").resolve("dev-keys.p12");
            DevKeystore.createIfMissing(generated, DEV_PASSWORD.toCharArray());
            log.warn("Signing keys: {} (generated for development, never for production)", generated.toAbsolutePath());
            return KeystoreKeyRing.load(generated, DEV_PASSWORD.toCharArray());
        }
        KeystoreKeyRing ring = KeystoreKeyRing.load(keys.keystore(), keys.keystorePassword().toCharArray());
        if (mode == Mode.PROD) {
            refuseUnfitForProduction(ring, keys.keystore());
        }
        log.info("Signing keys: {}", keys.keystore().toAbsolutePath());
        return ring;
    }

    private static void refuseUnfitForProduction(KeystoreKeyRing ring, Path keystore) {
        List<String> problems = new ArrayList<>();
        if (ring.generated()) {
            problems.add("the keystore " + keystore + " holds keys generated for development;"
                    + " create production keys (docs/operations.md, 'Keys')");
        }
        for (KeyPurpose required : List.of(KeyPurpose.LOG, KeyPurpose.TOKEN)) {
            if (ring.find(required).isEmpty()) {
                problems.add("the keystore " + keystore + " has no key with alias '" + required.alias() + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw new ProductionModeMisconfigured(problems);
        }
    }
}
