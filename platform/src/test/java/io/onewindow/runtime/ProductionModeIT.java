package io.onewindow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.testing.TemporaryDirectories;
import io.onewindow.testing.TestDatabase;
import io.onewindow.testing.process.PackagedApplication;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Production mode refuses to start on what only dev mode may use, and says exactly what is missing. */
class ProductionModeIT {

    @Test
    void withNoDatabaseOrKeysConfiguredItExitsNamingEveryMissingKey() {
        try (PackagedApplication app = PackagedApplication.start("prod-unconfigured", Map.of("ONEWINDOW_MODE", "prod"))) {
            assertThat(app.awaitExit(Duration.ofSeconds(90))).isNotZero();
            assertThat(app.output()).contains(
                    "onewindow.db.url is not set (environment variable ONEWINDOW_DB_URL)",
                    "onewindow.db.user is not set (environment variable ONEWINDOW_DB_USER)",
                    "onewindow.db.password is not set (environment variable ONEWINDOW_DB_PASSWORD)",
                    "onewindow.keys.keystore is not set (environment variable ONEWINDOW_KEYS_KEYSTORE)",
                    "onewindow.keys.keystore-password is not set (environment variable ONEWINDOW_KEYS_KEYSTOREPASSWORD)");
        }
    }

    @Test
    void itRefusesKeysGeneratedForDevelopmentAndNeverLogsTheDatabasePassword() throws Exception {
        Path dataDir = TemporaryDirectories.create("onewindow-prod");
        Path devKeys = dataDir.resolve("keys/dev-keys.p12");
        io.onewindow.runtime.keys.DevKeystoreAccess.create(devKeys, "onewindow-dev");
        TestDatabase database = TestDatabase.get();
        try (PackagedApplication app = PackagedApplication.start("prod-dev-keys", Map.of(
                "ONEWINDOW_MODE", "prod",
                "ONEWINDOW_DB_URL", database.url(),
                "ONEWINDOW_DB_USER", database.user(),
                "ONEWINDOW_DB_PASSWORD", "not-the-real-secret-9f3a",
                "ONEWINDOW_KEYS_KEYSTORE", devKeys.toString(),
                "ONEWINDOW_KEYS_KEYSTOREPASSWORD", "onewindow-dev"))) {
            assertThat(app.awaitExit(Duration.ofSeconds(120))).isNotZero();
            assertThat(app.output()).contains("holds keys generated for development").doesNotContain("not-the-real-secret-9f3a");
        }
    }
}
