package io.onewindow.portal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The UI's text: every module brings its own bundle as {@code i18n/<module>.properties} (Chinese) and
 * {@code i18n/<module>_en.properties} (English); all bundles on the class path are found, none is listed.
 */
@Configuration(proxyBeanMethods = false)
public class MessageBundles {

    /** Where bundles are looked for. */
    public static final String PATTERN = "classpath*:i18n/*.properties";
    private static final Pattern BASE_NAME = Pattern.compile("([a-z][a-z0-9-]*)\\.properties");

    /**
     * All bundles merged into one table per language, read once: a text is one look-up, where a source of one
     * bundle per module tried each module's bundle in turn (a twelfth of an item guide's rendering).
     */
    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(baseNames().stream().map(name -> "classpath:i18n/" + name).toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        // Cached for ever: only then does the source answer from its merged table instead of each file in turn.
        source.setCacheMillis(-1);
        return source;
    }

    /** The names of the bundles on the class path, e.g. {@code identity}, each with its Chinese file. */
    public static List<String> baseNames() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(PATTERN);
            return Arrays.stream(found)
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .map(BASE_NAME::matcher)
                    .filter(Matcher::matches)
                    .map(m -> m.group(1))
                    .distinct()
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the message bundles", e);
        }
    }
}
