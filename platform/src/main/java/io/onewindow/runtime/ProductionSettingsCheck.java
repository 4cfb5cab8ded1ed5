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
 * one that is not, with its environment variable. Runs after the configuration files have been read.
 */
class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

    static final List<String> REQUIRED = List.of(
            "onewindow.db.url", "onewindow.db.user", "onewindow.db.password",
            "onewindow.keys.keystore", "onewindow.keys.keystore-password");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (Mode.of(environment) != Mode.PROD) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (String key : REQUIRED) {
            String value = environment.getProperty(key);
            if (value == null || value.isBlank()) {
                problems.add(key + " is not set (environment variable " + environmentVariable(key) + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new ProductionModeMisconfigured(problems);
        }
    }

    static String environmentVariable(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
