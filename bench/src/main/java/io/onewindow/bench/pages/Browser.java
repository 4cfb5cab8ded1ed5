package io.onewindow.bench.pages;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser, with its own cookies, for what the load needs before it starts: the stylesheet a
 * page links to, and a signed-in session got through the login form (its CSRF token and the session
 * cookie), as a person gets one.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    Browser(String baseUrl) {
        this.base = URI.create(baseUrl);
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** The stylesheet the page at {@code path} links to, as the path in its {@code href}. */
    String stylesheetOf(String path) throws IOException, InterruptedException {
        String page = get(path).body();
        Matcher link = STYLESHEET.matcher(page);
        if (!link.find()) {
            throw new IllegalStateException(path + " links to no stylesheet");
        }
        return link.group(1);
    }

    /**
     * Signs in with the login form and follows the redirects to the workbench, as a browser does, then
     * hands back the {@code Cookie} header that carries the signed-in session.
     */
    String signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/login");
        Matcher token = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("GET /login answered " + form.statusCode() + " without a CSRF token");
        }
        String body = Map.of("username", username, "password", password, "_csrf", token.group(1)).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        // The first page after signing in stores the session's new CSRF token (for the sign-out form);
        // a load that started without it would have every client store one at once.
        for (int redirects = 0; answer.statusCode() / 100 == 3 && redirects < 5; redirects++) {
            String location = answer.headers().firstValue("Location").orElse("");
            if (location.contains("/login")) {
                break;
            }
            answer = get(location);
        }
        if (answer.statusCode() != 200 || answer.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException("signing in as " + username + " ended at " + answer.uri() + " with " + answer.statusCode());
        }
        return cookies.getCookieStore().get(base).stream()
                .map(HttpCookie::toString)
                .collect(Collectors.joining("; "));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
