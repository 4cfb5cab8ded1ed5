package io.onewindow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ProductionSettingsCheckTests {

    static final Map<String, Object> CONFIGURED = Map.of(
            "onewindow.mode", "prod",
            "onewindow.db.url", "jdbc:postgresql://db.internal:5432/onewindow", "onewindow.db.user", "onewindow",
            "onewindow.db.password", "secret", "onewindow.keys.keystore", "/etc/onewindow/keys.p12",
            "onewindow.keys.keystore-password", "secret");

    @Test
    void withoutAMailServerNoMailKeyIsRequired() {
        check(CONFIGURED);
    }

    @Test
    void aMailServerNeedsASenderAndThePublicAddressForItsLinks() {
        Map<String, Object> settings = new HashMap<>(CONFIGURED);
        settings.put("spring.mail.host", "smtp.example.gov.cn");

        assertThatThrownBy(() -> check(settings)).isInstanceOfSatisfying(ProductionModeMisconfigured.class, e -> assertThat(e.problems())
                .containsExactly(
                        "onewindow.notify.mail-from is not set (environment variable ONEWINDOW_NOTIFY_MAILFROM): it is required when e-mail is sent (spring.mail.host is set)",
                        "onewindow.notify.public-url is not set (environment variable ONEWINDOW_NOTIFY_PUBLICURL): it is required when e-mail is sent (spring.mail.host is set)"));

        settings.put("onewindow.notify.mail-from", "noreply@example.gov.cn");
        settings.put("onewindow.notify.public-url", "https://www.example.gov.cn");
        check(settings);
    }

    private static void check(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        new ProductionSettingsCheck().postProcessEnvironment(environment, new SpringApplication());
    }
}
