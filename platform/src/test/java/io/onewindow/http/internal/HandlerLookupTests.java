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
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.actuate.endpoint.web.AbstractWebMvcEndpointHandlerMapping;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The handler lookup that evaluates only the mappings whose fixed leading segments agree with the path finds what
 * Spring MVC finds by evaluating every mapping, with the same pattern and variables or the same error, for paths
 * made from every pattern of the application, also written with escaped letters, matrix variables, capitals, a
 * trailing or doubled slash, or one segment more.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HandlerLookupTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MockMvc mvc;

    @Autowired
    List<HandlerMapping> handlerMappings;

    @Test
    void everyPathFindsTheHandlerSpringMvcFindsByTryingEveryMapping() throws Exception {
        HandlerLookup.LeadingSegmentsMapping lookup = (HandlerLookup.LeadingSegmentsMapping) mappings;
        Set<RequestMappingInfo> infos = lookup.getHandlerMethods().keySet();
        Set<String> paths = new LinkedHashSet<>(List.of("/", "/;a=b", "//services", "/no/such/page", "/api/v1/no-such-api"));
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
                paths.add(path + "/more");
            }
        }
        int found = 0;
        List<String> differing = new ArrayList<>();
        for (String path : paths) {
            for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
                MockHttpServletRequest ours = request(method, path);
                MockHttpServletRequest springs = request(method, path);
                String outcome = outcome(() -> lookup.lookupHandlerMethod(lookupPath(ours), ours), ours);
                String expected = outcome(() -> lookup.everyMappingLookup(lookupPath(springs), springs), springs);
                if (!outcome.equals(expected)) {
                    differing.add(method + " " + path + ": " + outcome + " instead of " + expected);
                }
                found += outcome.startsWith("handler") ? 1 : 0;
            }
        }
        assertThat(differing).isEmpty();
        assertThat(found).as("the sample paths reach the mappings they were made from").isGreaterThanOrEqualTo(infos.size());
    }

    @Test
    void aMappingAddedWhileRunningIsFoundAndOneRemovedIsNotFoundAnyMore() throws Exception {
        HandlerLookup.LeadingSegmentsMapping lookup = (HandlerLookup.LeadingSegmentsMapping) mappings;
        RequestMappingInfo info = RequestMappingInfo.paths("/api/v1/lookup-probe/{id}").methods(RequestMethod.GET)
                .options(lookup.getBuilderConfiguration()).build();
        java.lang.reflect.Method probe = Probe.class.getMethod("probe", String.class);
        MockHttpServletRequest before = request("GET", "/api/v1/lookup-probe/7");
        assertThat(lookup.lookupHandlerMethod(lookupPath(before), before)).isNull();
        lookup.registerMapping(info, new Probe(), probe);
        try {
            MockHttpServletRequest added = request("GET", "/api/v1/lookup-probe/7");
            assertThat(lookup.lookupHandlerMethod(lookupPath(added), added).getMethod()).isEqualTo(probe);
        } finally {
            lookup.unregisterMapping(info);
        }
        MockHttpServletRequest removed = request("GET", "/api/v1/lookup-probe/7");
        assertThat(lookup.lookupHandlerMethod(lookupPath(removed), removed)).isNull();
    }

    /** A handler registered by the test alone. */
    public static class Probe {
        public String probe(String id) {
            return id;
        }
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.addHeader("Accept", "text/html,application/json;q=0.9,*/*;q=0.8");
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }

    private static String lookupPath(MockHttpServletRequest request) {
        return ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value();
    }

    /** The handler found with the pattern and variables it was found by, or the error. */
    private static String outcome(Callable<HandlerMethod> lookup, MockHttpServletRequest request) {
        try {
            HandlerMethod handler = lookup.call();
            return handler == null ? "none" : "handler " + handler + " " + request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)
                    + " " + request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        } catch (Exception e) {
            return "error " + e.getClass().getSimpleName();
        }
    }

    @Test
    void pagesWithVariablesAreFoundAndWrongMethodsStillRefusedAsBefore() throws Exception {
        mvc.perform(get("/services/370200-XZSP-XK-0001")).andExpect(status().isOk());
        mvc.perform(get(URI.create("/%73ervices/370200-XZSP-XK-0001"))).andExpect(status().isOk());
        mvc.perform(get("/services/370200-XZSP-XK-0001/no-such-page")).andExpect(status().isNotFound());
        mvc.perform(post("/services/370200-XZSP-XK-0001").with(csrf()).with(user("someone"))).andExpect(status().isMethodNotAllowed());
    }

    @Test
    void theApplicationsMappingsAreTriedBeforeTheActuatorsWhichStillAnswersItsPaths() throws Exception {
        List<HandlerMapping> order = new ArrayList<>(handlerMappings);
        AnnotationAwareOrderComparator.sort(order);
        int endpoints = order.indexOf(order.stream().filter(AbstractWebMvcEndpointHandlerMapping.class::isInstance).findFirst().orElseThrow());
        assertThat(order.indexOf(mappings)).isLessThan(endpoints);
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/info")).andExpect(status().isOk());
        mvc.perform(get("/actuator/no-such-endpoint").with(user("admin").roles("ADMIN"))).andExpect(status().isNotFound());
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
