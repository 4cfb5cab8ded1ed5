package io.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application against every role, and anonymous, compared with the table kept in
 * {@code src/test/resources/authorization-matrix.txt}: who gets past the door of each route. A route
 * with no line in the table fails the build, so a new page or API is never open by accident; a line for a
 * route that no longer exists fails it too. {@code y} means the request reaches the handler (it may still
 * answer 400 or 404 for the made-up identifiers used here); {@code -} means it is refused (401, 403, or sent
 * to sign in). After a deliberate change, rewrite the table with {@code -Donewindow.matrix.write=true} and
 * read the difference before committing it.
 *
 * <p>The same routes also take bad input — negative and non-numeric page numbers, impossible dates, a
 * {@code from} after its {@code to}, malformed identifiers, a {@code back} address on another site — and
 * none may answer 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

    static final Path TABLE = Path.of("src/test/resources/authorization-matrix.txt");
    static final List<String> ROLES = List.of("anonymous", "citizen", "enterprise", "officer", "deptadmin", "dataadmin", "auditor",
            "admin");
    private static final Pattern REGEX_VARIABLE = Pattern.compile("\\{(\\w+):([^}]+)}");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?(\\w+)}");
    /** Bad input a route must answer without a 500, one parameter at a time. */
    private static final List<Map<String, String>> BAD_INPUT = List.of(
            Map.of("page", "abc"), Map.of("page", "-1"), Map.of("size", "99999999999"),
            Map.of("from", "2026-02-30"), Map.of("from", "2026-12-01", "to", "2026-01-01"), Map.of("from", "1800-01-01"),
            Map.of("department", "not-a-uuid"), Map.of("search", "", "department", "not-a-uuid"),
            Map.of("search", "", "from", "2026-02-30"), Map.of("id", "../../etc/passwd"), Map.of("back", "https://evil.example/steal"),
            Map.of("q", "'\"><script>alert(1)</script>%00"), Map.of("lang", "xx-INVALID"));

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Each role's session cookie (sessions are Spring Session's, in PostgreSQL, found by their cookie). */
    private final Map<String, Cookie[]> sessions = new LinkedHashMap<>();

    @BeforeAll
    void signInOncePerRole() throws Exception {
        for (String role : ROLES.subList(1, ROLES.size())) {
            MockHttpServletResponse login = mvc.perform(post("/login").param("username", role).param("password", "onewindow2026")
                    .with(csrf())).andReturn().getResponse();
            assertThat(login.getRedirectedUrl()).as("%s signs in", role).doesNotContain("error");
            assertThat(login.getCookies()).as("%s gets a session", role).isNotEmpty();
            sessions.put(role, login.getCookies());
        }
    }

    @Test
    void everyRouteLetsInExactlyTheRolesItsLineInTheTableNames() throws Exception {
        Map<String, String> actual = new TreeMap<>();
        for (Route route : routes()) {
            StringBuilder line = new StringBuilder();
            for (String role : ROLES) {
                line.append(String.format("%-11s", admitted(route, role) ? "y" : "-"));
            }
            actual.put(route.key(), line.toString().strip());
        }
        if (Boolean.getBoolean("onewindow.matrix.write")) {
            write(actual);
        }
        Map<String, String> expected = read();
        assertThat(actual.keySet()).as("routes with no line in %s (add one; -Donewindow.matrix.write=true writes what is)", TABLE)
                .isSubsetOf(expected.keySet());
        assertThat(expected.keySet()).as("lines in %s for routes that no longer exist", TABLE).isSubsetOf(actual.keySet());
        List<String> differences = actual.entrySet().stream()
                .filter(e -> !Objects.equals(normalised(expected.get(e.getKey())), normalised(e.getValue())))
                .map(e -> e.getKey() + "\n    expected " + expected.get(e.getKey()) + "\n    actual   " + e.getValue())
                .toList();
        assertThat(differences).as("routes whose roles differ from the table (columns: %s)", String.join(" ", ROLES)).isEmpty();
    }

    @Test
    void noRouteAnswersBadInputWithAServerError() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Route route : routes()) {
            if (route.method() != RequestMethod.GET || route.pattern().equals("/error")) {
                continue;
            }
            // As the most privileged role the route admits: the one that gets furthest into its handler.
            List<String> strongestFirst = new ArrayList<>(ROLES);
            java.util.Collections.reverse(strongestFirst);
            String role = strongestFirst.stream().filter(r -> admittedQuietly(route, r)).findFirst().orElse("anonymous");
            List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
            for (Map<String, String> input : BAD_INPUT) {
                MockHttpServletRequestBuilder request = get(route.path(UUID.randomUUID().toString()));
                input.forEach(request::param);
                requests.add(request);
            }
            requests.add(get(route.path("not-a-uuid")));
            requests.add(get(route.path("%E4%B8%AD..%2F..")));
            for (MockHttpServletRequestBuilder request : requests) {
                if (!role.equals("anonymous")) {
                    request.cookie(sessions.get(role));
                }
                int status;
                try {
                    status = mvc.perform(request).andReturn().getResponse().getStatus();
                } catch (Exception unhandled) {
                    status = 500; // an exception nothing turned into an answer is a 500 on a real server
                }
                if (status >= 500) {
                    var sent = request.buildRequest(new org.springframework.mock.web.MockServletContext());
                    failures.add(status + " " + sent.getRequestURI() + "?" + sent.getParameterMap().entrySet().stream()
                            .map(e -> e.getKey() + "=" + String.join(",", e.getValue())).collect(Collectors.joining("&")) + " as " + role);
                }
            }
        }
        assertThat(failures).as("requests answered with a server error").isEmpty();
    }

    private boolean admittedQuietly(Route route, String role) {
        try {
            return admitted(route, role);
        } catch (Exception e) {
            return false;
        }
    }

    /** Whether the request gets past the door: neither 401 nor 403 nor sent to sign in. */
    private boolean admitted(Route route, String role) throws Exception {
        String path = route.path(UUID.randomUUID().toString());
        AbstractMockHttpServletRequestBuilder<?> request;
        if (route.method() == RequestMethod.GET) {
            request = get(path);
        } else if (takesAFile(route.handler())) {
            request = multipart(path).file("file", "x".getBytes(StandardCharsets.UTF_8)).with(csrf());
        } else {
            request = post(path).with(csrf());
        }
        withWhatBindingRequires(request, route.handler());
        if (!role.equals("anonymous")) {
            request.cookie(sessions.get(role));
        }
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (Exception fromTheHandler) {
            return true; // it got as far as the handler, which threw
        }
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        boolean toSignIn = status / 100 == 3 && location != null && location.matches("^(https?://[^/]+)?/login(\\?.*)?$");
        return status != 401 && status != 403 && !toSignIn;
    }

    /**
     * Method security decides when the handler is called, after its arguments are bound: a request missing a
     * required parameter would be answered 400 before anyone asked who sent it. The probe therefore brings a
     * value of the right type for every required parameter, and an empty JSON body where one is read.
     */
    private static void withWhatBindingRequires(AbstractMockHttpServletRequestBuilder<?> request, HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (parameter.getParameterType().equals(org.springframework.web.multipart.MultipartFile.class)) {
                continue;
            }
            if (param != null && param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue())
                    && !parameter.getParameterType().equals(java.util.Optional.class)) {
                String name = param.name().isEmpty() ? (param.value().isEmpty() ? parameter.getParameterName() : param.value()) : param.name();
                request.param(name, sample(parameter.getParameterType()));
            }
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
    }

    private static boolean takesAFile(HandlerMethod handler) {
        return java.util.Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.getParameterType().equals(org.springframework.web.multipart.MultipartFile.class));
    }

    private static String sample(Class<?> type) {
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type.equals(UUID.class)) {
            return UUID.randomUUID().toString();
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && !type.equals(boolean.class)) {
            return "1";
        }
        if (type.equals(Boolean.class) || type.equals(boolean.class)) {
            return "false";
        }
        if (type.equals(java.time.LocalDate.class)) {
            return "2026-06-01";
        }
        return "x";
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (var mapping : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            HandlerMethod handler = mapping.getValue();
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (String path : expanded(pattern)) {
                    if (methods.isEmpty()) {
                        routes.add(new Route(RequestMethod.GET, path, handler));
                    }
                    for (RequestMethod method : methods) {
                        if (method == RequestMethod.GET || method == RequestMethod.POST) {
                            routes.add(new Route(method, path, handler));
                        }
                    }
                }
            }
        }
        return routes.stream().distinct().sorted(java.util.Comparator.comparing(Route::key)).toList();
    }

    /** A path variable restricted to alternatives ({@code {role:citizen|officer}}) is one route per alternative. */
    private static List<String> expanded(String pattern) {
        Matcher regex = REGEX_VARIABLE.matcher(pattern);
        if (!regex.find() || !regex.group(2).matches("[\\w-]+(\\|[\\w-]+)*")) {
            return List.of(pattern);
        }
        List<String> paths = new ArrayList<>();
        for (String alternative : regex.group(2).split("\\|")) {
            paths.addAll(expanded(pattern.substring(0, regex.start()) + alternative + pattern.substring(regex.end())));
        }
        return paths;
    }

    /** A method and a path pattern of the application. */
    record Route(RequestMethod method, String pattern, HandlerMethod handler) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Route route && key().equals(route.key());
        }

        @Override
        public int hashCode() {
            return key().hashCode();
        }

        String key() {
            return method + " " + pattern;
        }

        /** The path with each variable filled with {@code value}. */
        String path(String value) {
            return VARIABLE.matcher(REGEX_VARIABLE.matcher(pattern).replaceAll(Matcher.quoteReplacement(value)))
                    .replaceAll(Matcher.quoteReplacement(value));
        }
    }

    private static String normalised(String line) {
        return line == null ? null : line.strip().replaceAll("\\s+", " ");
    }

    private static Map<String, String> read() throws IOException {
        Map<String, String> table = new TreeMap<>();
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.strip().split("\\s+", 3);
            table.put(parts[0] + " " + parts[1], parts.length > 2 ? parts[2] : "");
        }
        return table;
    }

    private static void write(Map<String, String> actual) throws IOException {
        StringBuilder text = new StringBuilder("""
                # Who gets past the door of each route (AuthorizationMatrixTests). y: reaches the handler; -: refused
                # (401, 403 or sent to sign in). Every route has a line; review a change here as you would a firewall rule.
                """);
        text.append(String.format("# %-6s %-60s %s%n", "method", "path", ROLES.stream().map(r -> String.format("%-11s", r))
                .collect(Collectors.joining()).strip()));
        actual.forEach((key, line) -> {
            String[] parts = key.split(" ", 2);
            text.append(String.format("%-8s %-60s %s%n", parts[0], parts[1], line));
        });
        Files.writeString(TABLE, text.toString(), StandardCharsets.UTF_8);
    }
}
