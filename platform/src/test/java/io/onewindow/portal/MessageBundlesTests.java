package io.onewindow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.kernel.error.ErrorCode;
import io.onewindow.portal.web.MessageBundles;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The UI speaks both languages completely: the Chinese and English bundles have the same keys, every
 * message key a template or an error code uses exists, and templates hold no text of their own.
 */
class MessageBundlesTests {

    static final List<Path> TEMPLATE_ROOTS = List.of(Path.of("src/main/resources/templates"), Path.of("src/test/resources/templates"));
    /** Every bundle on the class path, as the platform finds them: no module is listed here. */
    static final List<String> BUNDLES = MessageBundles.baseNames();
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z][a-z0-9.-]*[a-z0-9])[}(]");
    private static final Pattern LETTERS = Pattern.compile("[\\p{IsHan}A-Za-z]");

    @Test
    void everyModulesBundleIsFoundWithoutBeingListed() {
        assertThat(BUNDLES).contains("kernel", "portal", "identity", "audit");
    }

    @Test
    void noKeyIsDefinedByTwoBundles() throws IOException {
        Map<String, String> owner = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (String bundle : BUNDLES) {
            for (String key : load(bundle + ".properties").stringPropertyNames()) {
                String earlier = owner.putIfAbsent(key, bundle);
                if (earlier != null) {
                    twice.add(key + " in " + earlier + " and " + bundle);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void chineseAndEnglishBundlesHaveExactlyTheSameKeys() throws IOException {
        for (String bundle : BUNDLES) {
            Set<String> chinese = load(bundle + ".properties").stringPropertyNames();
            Set<String> english = load(bundle + "_en.properties").stringPropertyNames();
            assertThat(new TreeSet<>(english)).as("keys of %s_en.properties", bundle).isEqualTo(new TreeSet<>(chinese));
        }
    }

    @Test
    void everyMessageKeyATemplateUsesIsInTheBundles() throws IOException {
        Set<String> known = allKeys();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher keys = TEMPLATE_KEY.matcher(Files.readString(template));
            while (keys.find()) {
                if (!known.contains(keys.group(1))) {
                    missing.add(template + ": " + keys.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyErrorCodeHasAMessageInBothLanguages() throws Exception {
        Set<String> chinese = new TreeSet<>();
        Set<String> english = new TreeSet<>();
        for (String bundle : BUNDLES) {
            chinese.addAll(load(bundle + ".properties").stringPropertyNames());
            english.addAll(load(bundle + "_en.properties").stringPropertyNames());
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(ErrorCode.class));
        List<String> missing = new ArrayList<>();
        int codes = 0;
        for (var candidate : scanner.findCandidateComponents("io.onewindow")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (!type.isEnum()) {
                continue;
            }
            for (Object constant : type.getEnumConstants()) {
                codes++;
                String key = ((ErrorCode) constant).messageKey();
                if (!chinese.contains(key) || !english.contains(key)) {
                    missing.add(type.getSimpleName() + "." + constant + " → " + key);
                }
            }
        }
        assertThat(codes).as("error codes found").isGreaterThan(50);
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
            for (Element element : document.getAllElements()) {
                for (TextNode text : element.textNodes()) {
                    if (LETTERS.matcher(text.text()).find() && !replaced(element)) {
                        found.add(template + ": <" + element.tagName() + "> " + text.text().strip());
                    }
                }
                for (String attribute : List.of("title", "alt", "placeholder", "aria-label", "value", "content")) {
                    String value = element.attr(attribute);
                    if (!value.isEmpty() && LETTERS.matcher(value).find() && !element.hasAttr("th:" + attribute)
                            && !(attribute.equals("value") && Set.of("hidden", "checkbox").contains(element.attr("type")))
                            && !(attribute.equals("content") && element.tagName().equals("meta"))
                            && !(attribute.equals("value") && element.tagName().equals("button"))) {
                        found.add(template + ": " + attribute + "=\"" + value + "\"");
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /**
     * Whether Thymeleaf replaces the element's text when it renders (th:text and friends, here or above).
     * A page's {@code <html th:replace="~{portal/layout :: page(…)}">} hands its own content to the layout,
     * so it does not count.
     */
    private static boolean replaced(Element element) {
        for (Element e = element; e != null && !e.tagName().equals("html"); e = e.parent()) {
            if (Stream.of("th:text", "th:utext", "th:replace", "th:insert").anyMatch(e::hasAttr)) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        List<Path> templates = new ArrayList<>();
        for (Path root : TEMPLATE_ROOTS) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(p -> p.toString().endsWith(".html")).sorted().forEach(templates::add);
                }
            }
        }
        return templates;
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String bundle : BUNDLES) {
            keys.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        return keys;
    }

    private static Properties load(String file) throws IOException {
        var resource = new PathMatchingResourcePatternResolver().getResource("classpath:i18n/" + file);
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
