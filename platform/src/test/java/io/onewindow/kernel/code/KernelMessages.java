package io.onewindow.kernel.code;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The kernel message bundles as files, read as UTF-8. */
final class KernelMessages {

    static final Properties CHINESE = load("kernel.properties");
    static final Properties ENGLISH = load("kernel_en.properties");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private KernelMessages() {
    }

    static Set<String> placeholders(String message) {
        return PLACEHOLDER.matcher(message).results().map(match -> match.group(1)).collect(Collectors.toSet());
    }

    private static Properties load(String file) {
        var properties = new Properties();
        try (var in = KernelMessages.class.getResourceAsStream("/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
