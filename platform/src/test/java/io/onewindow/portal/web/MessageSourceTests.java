package io.onewindow.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;

/** Every text of every module's bundle comes back from the platform's one message source, in Chinese and in English. */
class MessageSourceTests {

    private final MessageSource messages = new MessageBundles().messageSource();

    @Test
    void everyKeyOfEveryBundleReadsAsWrittenInItsLanguage() throws IOException {
        List<String> wrong = new ArrayList<>();
        int keys = 0;
        for (String bundle : MessageBundles.baseNames()) {
            for (Map.Entry<String, Locale> language : Map.of("", Locale.SIMPLIFIED_CHINESE, "_en", Locale.ENGLISH).entrySet()) {
                Properties written = load("i18n/" + bundle + language.getKey() + ".properties");
                for (String key : written.stringPropertyNames()) {
                    keys++;
                    String read = messages.getMessage(key, null, language.getValue());
                    if (!written.getProperty(key).equals(read)) {
                        wrong.add(language.getValue() + " " + key + ": " + read);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(keys).isGreaterThan(1000);
        assertThat(messages.getMessage("layout.sign-in", null, Locale.ENGLISH)).isEqualTo("Sign in");
        assertThat(messages.getMessage("layout.sign-in", null, Locale.SIMPLIFIED_CHINESE)).isEqualTo("登录");
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
