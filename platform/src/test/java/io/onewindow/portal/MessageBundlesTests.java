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

    /**
     * An action a module records is shown by name on receipts, in "who used my data" and to auditors ({@code action.<code>}),
     * as is the kind of thing it concerns ({@code object.<kind>}, unless a module names its data's kinds itself). Codes
     * written in the source are read from it; those made at run time from an enum or a word are made here the same way.
     */
    @Test
    void everyActionTheCodeRecordsAndEveryKindItConcernsIsNamedInBothLanguages() throws IOException {
        Set<String> codes = new TreeSet<>(List.of("personal-data.accessed"));
        Set<String> kinds = new TreeSet<>();
        Pattern facts = Pattern.compile("AuditFacts\\.of\\(\\s*(?:\\w+ \\? \"([^\"]+)\" : )?\"([^\"]+)\"(\\s*\\+)?[^,]*,\\s*\"([^\"]*)\"");
        Pattern statusChanges = Pattern.compile("new (?:AccountStatusChanged|RectificationAnswered)\\(([^;]*)");
        Pattern word = Pattern.compile("\"([a-z-]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                Matcher found = facts.matcher(text);
                while (found.find()) {
                    if (found.group(1) != null) {
                        codes.add(found.group(1));
                    }
                    if (found.group(3) == null) {
                        codes.add(found.group(2));
                    }
                    kinds.add(found.group(4));
                }
                Matcher changes = statusChanges.matcher(text);
                while (changes.find()) {
                    String family = text.substring(changes.start()).startsWith("new AccountStatusChanged") ? "identity.account." : "cases.rectification.";
                    Matcher words = word.matcher(changes.group(1));
                    while (words.find()) {
                        codes.add(family + words.group(1));
                    }
                }
            }
        }
        for (io.onewindow.cases.CaseAction action : io.onewindow.cases.CaseAction.values()) {
            codes.add("cases.case." + action.slug());
        }
        for (io.onewindow.licences.LicenceStatus status : io.onewindow.licences.LicenceStatus.values()) {
            codes.add(new io.onewindow.licences.LicenceStatusChanged(null, io.onewindow.licences.HolderKind.ENTERPRISE, null,
                    io.onewindow.licences.LicenceStatus.ACTIVE, status, "", null).audit().action());
        }
        // The outcomes Payments settles a disbursement with.
        Stream.of("paid", "failed", "retried", "reported").forEach(outcome -> codes.add("benefits.disbursement." + outcome));
        assertThat(codes).as("codes found").hasSizeGreaterThan(60);

        Set<String> chinese = new TreeSet<>();
        Set<String> english = new TreeSet<>();
        for (String bundle : BUNDLES) {
            chinese.addAll(load(bundle + ".properties").stringPropertyNames());
            english.addAll(load(bundle + "_en.properties").stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        codes.stream().map(code -> "action." + code).filter(key -> !chinese.contains(key) || !english.contains(key)).forEach(missing::add);
        kinds.stream().map(kind -> "object." + kind).filter(key -> !chinese.contains(key) || !english.contains(key)).forEach(missing::add);
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
