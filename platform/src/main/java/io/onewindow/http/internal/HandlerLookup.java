package io.onewindow.http.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.webmvc.actuate.endpoint.web.AbstractWebMvcEndpointHandlerMapping;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.cors.CorsUtils;
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
 * evaluates every one of the two hundred mappings' conditions in turn, for every such request. Here the mappings
 * are kept in a tree by the fixed segments their patterns begin with ({@code api/v1/cases} of
 * {@code /api/v1/cases/{id}/{action}}), and only those on the request's way down the tree are evaluated (a few),
 * with Spring MVC's own conditions and order: a mapping of exactly the path first, then the most specific pattern,
 * an error when two tie. Where none matches, and for CORS preflight requests, Spring MVC's lookup runs as it is, so
 * every 404, 405 and 406 is its own. The request's segments are compared as patterns compare them: decoded,
 * without matrix variables, in the parser's case.
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookup {

    /** Where Spring MVC places the application's own request mappings among the handler mappings. */
    static final int APPLICATION_ORDER = 0;

    /**
     * Spring Boot's actuator keeps its endpoints (health, info, metrics, the module graph) in a handler mapping of its
     * own, ordered before the application's: every request of the application had its six mappings' conditions
     * evaluated, and missed, before its own were looked at (3 % of a department system's query). The actuator's mapping
     * now comes after the application's, whose patterns leave {@code /actuator} to it.
     */
    @Bean
    static BeanPostProcessor actuatorEndpointsAfterTheApplication() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractWebMvcEndpointHandlerMapping endpoints) {
                    endpoints.setOrder(APPLICATION_ORDER + 1);
                }
                return bean;
            }
        };
    }

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

        /** The mappings by their leading fixed segments; rebuilt when a mapping is added or removed. */
        private volatile Index index;
        /** Counts the additions and removals, so that a tree built while one happened is not kept. */
        private final AtomicInteger changes = new AtomicInteger();

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            List<String> segments = segments(request);
            if (segments == null || CorsUtils.isPreFlightRequest(request)) {
                return super.lookupHandlerMethod(lookupPath, request);
            }
            List<Match> matches = new ArrayList<>();
            List<Match> direct = new ArrayList<>();
            for (Candidate candidate : index().candidates(segments)) {
                RequestMappingInfo match = getMatchingMapping(candidate.info(), request);
                if (match != null) {
                    (candidate.info().getDirectPaths().contains(lookupPath) ? direct : matches).add(new Match(match, candidate.handler()));
                }
            }
            // As Spring MVC: a mapping of exactly this path wins over every pattern; a 404, 405 or 406 is its own.
            List<Match> found = direct.isEmpty() ? matches : direct;
            if (found.isEmpty()) {
                return super.lookupHandlerMethod(lookupPath, request);
            }
            Match best = found.get(0);
            if (found.size() > 1) {
                Comparator<RequestMappingInfo> byMapping = getMappingComparator(request);
                Comparator<Match> comparator = (a, b) -> byMapping.compare(a.mapping(), b.mapping());
                found.sort(comparator);
                best = found.get(0);
                if (comparator.compare(best, found.get(1)) == 0) {
                    throw new IllegalStateException("Ambiguous handler methods mapped for '" + request.getRequestURI() + "': {"
                            + best.handler().getMethod() + ", " + found.get(1).handler().getMethod() + "}");
                }
            }
            request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, best.handler());
            handleMatch(best.mapping(), lookupPath, request);
            return best.handler();
        }

        /** Spring MVC's own lookup, which evaluates every mapping: what this one must agree with. */
        HandlerMethod everyMappingLookup(String lookupPath, HttpServletRequest request) throws Exception {
            return super.lookupHandlerMethod(lookupPath, request);
        }

        @Override
        public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
            super.registerMapping(mapping, handler, method);
            changed();
        }

        @Override
        protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
            super.registerHandlerMethod(handler, method, mapping);
            changed();
        }

        @Override
        public void unregisterMapping(RequestMappingInfo mapping) {
            super.unregisterMapping(mapping);
            changed();
        }

        private void changed() {
            changes.incrementAndGet();
            index = null;
        }

        private Index index() {
            Index current = index;
            if (current == null) {
                int seen = changes.get();
                current = new Index();
                for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : getHandlerMethods().entrySet()) {
                    current.add(new Candidate(entry.getKey(), entry.getValue()), fixedPrefixes(entry.getKey()));
                }
                if (changes.get() == seen) {
                    index = current;
                }
            }
            return current;
        }

        private record Candidate(RequestMappingInfo info, HandlerMethod handler) {
        }

        private record Match(RequestMappingInfo mapping, HandlerMethod handler) {
        }

        /**
         * A tree of fixed segments: each node holds the mappings whose patterns' fixed beginning ends there. A
         * request's candidates are those on the way down its segments and, where its segments run out, all below.
         */
        private static final class Index {
            private final List<Candidate> here = new ArrayList<>();
            private final Map<String, Index> next = new HashMap<>();

            void add(Candidate candidate, List<List<String>> prefixes) {
                if (prefixes.isEmpty()) {
                    here.add(candidate);
                    return;
                }
                for (List<String> prefix : prefixes) {
                    Index node = this;
                    for (String segment : prefix) {
                        node = node.next.computeIfAbsent(segment, s -> new Index());
                    }
                    if (!node.here.contains(candidate)) {
                        node.here.add(candidate);
                    }
                }
            }

            Collection<Candidate> candidates(List<String> segments) {
                Set<Candidate> found = new LinkedHashSet<>();
                Index node = this;
                for (String segment : segments) {
                    found.addAll(node.here);
                    node = node.next.get(segment);
                    if (node == null) {
                        return found;
                    }
                }
                node.addAllBelow(found);
                return found;
            }

            private void addAllBelow(Set<Candidate> found) {
                found.addAll(here);
                next.values().forEach(child -> child.addAllBelow(found));
            }
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
