package io.onewindow.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The handler lookup that passes over mappings by their leading path segments never passes over one that Spring
 * MVC would have matched, for every mapping of the application against paths made from every pattern, also
 * written with escaped letters, matrix variables or in capitals.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HandlerLookupTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MockMvc mvc;

    @Test
    void noMappingThatMatchesAPathIsPassedOverByItsLeadingSegments() {
        HandlerLookup.LeadingSegmentsMapping lookup = (HandlerLookup.LeadingSegmentsMapping) mappings;
        Set<RequestMappingInfo> infos = lookup.getHandlerMethods().keySet();
        Set<String> paths = new LinkedHashSet<>(List.of("/", "", "/;a=b", "//services"));
        for (RequestMappingInfo info : infos) {
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                String path = sample(pattern.getPatternString());
                paths.add(path);
                paths.add(escapedFirstLetters(path));
                paths.add(path.replaceAll("/([^/]+)", "/$1;v=1"));
                paths.add(path.replaceFirst("^(/[^/]*)", "$1;v=1"));
                paths.add(path.toUpperCase(Locale.ROOT));
                paths.add(path + "/");
                paths.add(path.replaceAll("/", "//"));
            }
        }
        int matched = 0;
        int passedOver = 0;
        List<String> wronglyPassedOver = new ArrayList<>();
        for (String path : paths) {
            for (String method : List.of("GET", "POST")) {
                MockHttpServletRequest request = new MockHttpServletRequest(method, path);
                ServletRequestPathUtils.parseAndCache(request);
                List<String> segments = lookup.segments(request);
                for (RequestMappingInfo info : infos) {
                    boolean matches = info.getMatchingCondition(request) != null;
                    boolean considered = lookup.mayMatch(info, segments);
                    matched += matches ? 1 : 0;
                    passedOver += considered ? 0 : 1;
                    if (matches && !considered) {
                        wronglyPassedOver.add(method + " " + path + " -> " + info);
                    }
                }
            }
        }
        assertThat(wronglyPassedOver).isEmpty();
        assertThat(matched).as("the sample paths reach the mappings they were made from").isGreaterThan(infos.size());
        assertThat(passedOver).as("most mappings are passed over at once").isGreaterThan(paths.size() * infos.size());
    }

    @Test
    void pagesWithVariablesAreFoundAndWrongMethodsStillRefusedAsBefore() throws Exception {
        mvc.perform(get("/services/370200-XZSP-XK-0001")).andExpect(status().isOk());
        mvc.perform(get(URI.create("/%73ervices/370200-XZSP-XK-0001"))).andExpect(status().isOk());
        mvc.perform(get("/services/370200-XZSP-XK-0001/no-such-page")).andExpect(status().isNotFound());
        mvc.perform(post("/services/370200-XZSP-XK-0001").with(csrf()).with(user("someone"))).andExpect(status().isMethodNotAllowed());
    }

    /** Every segment's first letter escaped: {@code /%73ervices/%33702…}. */
    private static String escapedFirstLetters(String path) {
        StringBuilder escaped = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (!escaped.isEmpty() || path.startsWith("/")) {
                escaped.append('/');
            }
            escaped.append(segment.isEmpty() ? "" : String.format("%%%02X", (int) segment.charAt(0)) + segment.substring(1));
        }
        return escaped.substring(path.startsWith("/") ? 1 : 0);
    }

    /** A path the pattern matches: each variable a word, each wildcard one segment. */
    private static String sample(String pattern) {
        return pattern.replaceAll("\\{\\*[^}]*}", "a/b").replaceAll("\\{[^}:]*(:[^}]*)?}", "x1").replace("**", "a/b").replace("*", "x");
    }
}
