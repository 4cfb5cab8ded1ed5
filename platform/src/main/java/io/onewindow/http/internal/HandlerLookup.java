package io.onewindow.http.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * {@code /services/{code}}, a case {@code /cases/{id}}, a department system's query), it evaluates every
 * mapping's conditions in turn, method, parameters, headers and media types before the path: two hundred
 * mappings for every such request. Here a mapping whose patterns all begin with a fixed first segment
 * ({@code services} in {@code /services/{code}}) is passed over at once when the request's first segment is
 * another; every other mapping is evaluated as before, so the handler chosen, and every 404, 405 and 406, are
 * Spring MVC's own. The request's segment is compared as the patterns compare it: decoded, without matrix
 * variables, with the parser's case sensitivity.
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookup {

    @Bean
    WebMvcRegistrations indexedHandlerLookup() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new FirstSegmentMapping();
            }
        };
    }

    static final class FirstSegmentMapping extends RequestMappingHandlerMapping {

        /** The first segments a mapping's patterns may match: empty when any segment may (a variable, a wildcard). */
        private final Map<RequestMappingInfo, Set<String>> firstSegments = new ConcurrentHashMap<>();
        private final ThreadLocal<String> requested = new ThreadLocal<>();

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            String outer = requested.get();
            requested.set(firstSegment(request));
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                if (outer == null) {
                    requested.remove();
                } else {
                    requested.set(outer);
                }
            }
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            return mayMatch(info, requested.get()) ? super.getMatchingMapping(info, request) : null;
        }

        /** False only when none of the mapping's patterns can match a path of this first segment (null: not known). */
        boolean mayMatch(RequestMappingInfo info, String segment) {
            if (segment == null) {
                return true;
            }
            Set<String> fixed = firstSegments.computeIfAbsent(info, this::fixedFirstSegments);
            return fixed.isEmpty() || fixed.contains(segment);
        }

        /** The request's first path segment as patterns match it, or null to evaluate every mapping. */
        String firstSegment(HttpServletRequest request) {
            if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
                return null;
            }
            List<PathContainer.Element> elements = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().elements();
            if (elements.size() < 2 || !(elements.get(0) instanceof PathContainer.Separator)
                    || !(elements.get(1) instanceof PathContainer.PathSegment segment)) {
                return null;
            }
            return caseSensitive() ? segment.valueToMatch() : segment.valueToMatch().toLowerCase(Locale.ROOT);
        }

        private Set<String> fixedFirstSegments(RequestMappingInfo info) {
            PathPatternsRequestCondition condition = info.getPathPatternsCondition();
            if (condition == null || condition.getPatterns().isEmpty()) {
                return Set.of();
            }
            Set<String> segments = new HashSet<>();
            for (PathPattern pattern : condition.getPatterns()) {
                String fixed = fixedFirstSegment(pattern.getPatternString());
                if (fixed == null) {
                    return Set.of();
                }
                segments.add(caseSensitive() ? fixed : fixed.toLowerCase(Locale.ROOT));
            }
            return Set.copyOf(segments);
        }

        private boolean caseSensitive() {
            return getPatternParser() == null || getPatternParser().isCaseSensitive();
        }

        /**
         * {@code services} of {@code /services/{code}} and of {@code /services}; null when the first segment is not a
         * fixed text ({@code /{role}}, {@code /**}, {@code /a*}), is empty ({@code /}) or is written in a way this reading
         * does not follow (an escape, a matrix variable).
         */
        static String fixedFirstSegment(String pattern) {
            if (!pattern.startsWith("/")) {
                return null;
            }
            int end = pattern.indexOf('/', 1);
            String segment = end < 0 ? pattern.substring(1) : pattern.substring(1, end);
            if (segment.isEmpty()) {
                return null;
            }
            for (int i = 0; i < segment.length(); i++) {
                if ("{}*?\\;%".indexOf(segment.charAt(i)) >= 0) {
                    return null;
                }
            }
            return segment;
        }
    }
}
