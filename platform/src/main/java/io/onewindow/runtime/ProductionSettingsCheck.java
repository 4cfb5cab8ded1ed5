package io.onewindow.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before anything starts in production mode, checks that every required setting is there and names each
 * one that is not, with its environment variable. Runs after the configuration files have been read. Optional
 * features bring their own required keys only when they are switched on (e-mail, by {@code spring.mail.host}).
 */
class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

    static final List<String> REQUIRED = List.of(
            "onewindow.db.url", "onewindow.db.user", "onewindow.db.password",
            "onewindow.keys.keystore", "onewindow.keys.keystore-password");

    /** Required once a mail server is configured: a sender it accepts, and links that lead to this installation. */
    static final List<String> REQUIRED_WITH_MAIL = List.of("onewindow.notify.mail-from", "onewindow.notify.public-url");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (Mode.of(environment) != Mode.PROD) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (String key : REQUIRED) {
            if (!present(environment, key)) {
                problems.add(key + " is not set (environment variable " + environmentVariable(key) + ")");
            }
        }
        if (present(environment, "spring.mail.host")) {
            for (String key : REQUIRED_WITH_MAIL) {
                if (!present(environment, key)) {
                    problems.add(key + " is not set (environment variable " + environmentVariable(key)
                            + "): it is required when e-mail is sent (spring.mail.host is set)");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ProductionModeMisconfigured(problems);
        }
    }

    private static boolean present(ConfigurableEnvironment environment, String key) {
        String value = environment.getProperty(key);
        return value != null && !value.isBlank();
    }

    static String environmentVariable(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
