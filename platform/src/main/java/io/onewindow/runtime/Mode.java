package io.onewindow.runtime;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.core.env.Environment;

/** How the platform runs. */
public enum Mode {
    /** Embedded PostgreSQL under the data directory, generated keys, the demo city. */
    DEV,
    /** External PostgreSQL and keys from a keystore; nothing generated, nothing seeded. */
    PROD;

    public static final String PROPERTY = "onewindow.mode";

    /** {@code onewindow.mode} (env {@code ONEWINDOW_MODE}) decides; an active {@code prod} profile also means PROD. */
    public static Mode of(Environment environment) {
        if (Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            return PROD;
        }
        String value = environment.getProperty(PROPERTY, "dev").trim().toUpperCase(Locale.ROOT);
        try {
            return Mode.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " must be 'dev' or 'prod', not '" + value.toLowerCase(Locale.ROOT) + "'");
        }
    }
}
