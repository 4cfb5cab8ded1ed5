package io.onewindow.bench.cases;

import java.io.IOException;
import java.net.CookieManager;
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
 * A signed-in person's session as the API's callers from a browser hold it: the session cookie and the
 * CSRF token a page of the session carries, sent as {@code X-CSRF-TOKEN} with each POST.
 */
final class Session {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    final URI base;
    final HttpClient http;
    final String cookie;
    final String csrf;

    private Session(URI base, HttpClient http, String cookie, String csrf) {
        this.base = base;
        this.http = http;
        this.cookie = cookie;
        this.csrf = csrf;
    }

    static Session signIn(String baseUrl, String username, String password) throws IOException, InterruptedException {
        URI base = URI.create(baseUrl);
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String login = http.send(HttpRequest.newBuilder(base.resolve("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(login);
        if (!token.find()) {
            throw new IllegalStateException("GET /login has no CSRF token");
        }
        String form = Map.of("username", username, "password", password, "_csrf", token.group(1)).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        http.send(HttpRequest.newBuilder(base.resolve("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/me/applications")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher pageToken = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !pageToken.find()) {
            throw new IllegalStateException("signing in as " + username + " did not give a session (" + page.statusCode() + ")");
        }
        String cookie = cookies.getCookieStore().get(base).stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return new Session(base, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build(),
                cookie, pageToken.group(1));
    }

    HttpResponse<String> postJson(String path, String json, String idempotencyKey) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json").header("Cookie", cookie)
                .header("X-CSRF-TOKEN", csrf).header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
