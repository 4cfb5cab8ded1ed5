package io.onewindow.http.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds the handler of a path with variables without trying every mapping of the application. Spring MVC
 * looks a path up among the mappings without variables first; when none is found (an item guide
 * {@code /services/{code}}, a case {@code /api/v1/cases/{id}/{action}}, a department system's query), it
 * evaluates every mapping's conditions in turn, method, parameters, headers and media types before the path:
 * two hundred mappings for every such request. Here a mapping whose patterns all begin with fixed segments
 * ({@code api/v1/cases} in {@code /api/v1/cases/{id}/{action}}) is passed over at once when the request has
 * another segment in one of those places; every other mapping is evaluated as before, so the handler chosen, and
 * every 404, 405 and 406, are Spring MVC's own. The request's segments are compared as the patterns compare them:
 * decoded, without matrix variables, with the parser's case sensitivity.
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookup {

    @Bean
    WebMvcRegistrations indexedHandlerLookup() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new LeadingSegmentsMapping();
            }
        };
    }

    static final class LeadingSegmentsMapping extends RequestMappingHandlerMapping {

        /** Each pattern's leading fixed segments; empty when some pattern of the mapping begins with a variable or wildcard. */
        private final Map<RequestMappingInfo, List<List<String>>> fixedPrefixes = new ConcurrentHashMap<>();
        private final ThreadLocal<List<String>> requested = new ThreadLocal<>();

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            List<String> outer = requested.get();
            requested.set(segments(request));
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                requested.set(outer);
            }
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            return mayMatch(info, requested.get()) ? super.getMatchingMapping(info, request) : null;
        }

        /** False only when every pattern of the mapping has a fixed segment where the path has another (null: not known). */
        boolean mayMatch(RequestMappingInfo info, List<String> segments) {
            if (segments == null) {
                return true;
            }
            // Read before computing: computeIfAbsent may lock where a read does not.
            List<List<String>> prefixes = fixedPrefixes.get(info);
            if (prefixes == null) {
                prefixes = fixedPrefixes(info);
                fixedPrefixes.put(info, prefixes);
            }
            if (prefixes.isEmpty()) {
                return true;
            }
            for (List<String> prefix : prefixes) {
                if (agrees(prefix, segments)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean agrees(List<String> prefix, List<String> segments) {
            for (int i = 0, n = Math.min(prefix.size(), segments.size()); i < n; i++) {
                if (!prefix.get(i).equals(segments.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The request's path segments as patterns match them (decoded, without matrix variables, in the parser's
         * case), or null to evaluate every mapping when the path is not a plain {@code /a/b/c}.
         */
        List<String> segments(HttpServletRequest request) {
            if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
                return null;
            }
            List<PathContainer.Element> elements = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().elements();
            List<String> segments = new ArrayList<>(elements.size() / 2);
            for (int i = 0; i < elements.size(); i++) {
                PathContainer.Element element = elements.get(i);
                boolean separatorExpected = i % 2 == 0;
                if (separatorExpected != element instanceof PathContainer.Separator) {
                    return null;
                }
                if (element instanceof PathContainer.PathSegment segment) {
                    if (segment.valueToMatch().isEmpty()) {
                        return null;
                    }
                    segments.add(caseSensitive() ? segment.valueToMatch() : segment.valueToMatch().toLowerCase(Locale.ROOT));
                }
            }
            return segments.isEmpty() ? null : segments;
        }

        private List<List<String>> fixedPrefixes(RequestMappingInfo info) {
            PathPatternsRequestCondition condition = info.getPathPatternsCondition();
            if (condition == null || condition.getPatterns().isEmpty()) {
                return List.of();
            }
            List<List<String>> prefixes = new ArrayList<>();
            for (PathPattern pattern : condition.getPatterns()) {
                List<String> prefix = fixedPrefix(pattern.getPatternString());
                if (prefix.isEmpty()) {
                    return List.of();
                }
                prefixes.add(caseSensitive() ? prefix : prefix.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
            }
            return List.copyOf(prefixes);
        }

        private boolean caseSensitive() {
            return getPatternParser() == null || getPatternParser().isCaseSensitive();
        }

        /**
         * {@code [api, v1, cases]} of {@code /api/v1/cases/{id}/{action}}: the segments before the first that is not a
         * fixed text ({@code {id}}, {@code **}, {@code a*}), is empty, or is written in a way this reading does not
         * follow (an escape, a matrix variable).
         */
        static List<String> fixedPrefix(String pattern) {
            List<String> prefix = new ArrayList<>();
            if (!pattern.startsWith("/")) {
                return prefix;
            }
            for (String segment : pattern.substring(1).split("/", -1)) {
                if (segment.isEmpty() || !plain(segment)) {
                    break;
                }
                prefix.add(segment);
            }
            return prefix;
        }

        private static boolean plain(String segment) {
            for (int i = 0; i < segment.length(); i++) {
                if ("{}*?\\;%".indexOf(segment.charAt(i)) >= 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
