package io.onewindow.bench.cases;

import io.onewindow.bench.http.KeepAliveConnection;
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
 * CSRF token a page of the session carries, sent as {@code X-CSRF-TOKEN} with each POST, on a keep-alive
 * connection of its own. A session posts from one thread at a time.
 */
final class Session implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    final URI base;
    final String cookie;
    final String csrf;
    private final KeepAliveConnection connection;

    private Session(URI base, String cookie, String csrf) {
        this.base = base;
        this.cookie = cookie;
        this.csrf = csrf;
        this.connection = new KeepAliveConnection(base);
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
        return new Session(base, cookie, pageToken.group(1));
    }

    /** Posts {@code json} to {@code path}; returns the answer's status, its body then being {@link #lastBody()}. */
    int postJson(String path, String json, String idempotencyKey) throws IOException {
        return connection.send(KeepAliveConnection.request("POST", base.resolve(path), Map.of("Content-Type", "application/json",
                "Accept", "application/json", "Cookie", cookie, "X-CSRF-TOKEN", csrf, "Idempotency-Key", idempotencyKey),
                json.getBytes(StandardCharsets.UTF_8)));
    }

    String lastBody() {
        return connection.lastBody();
    }

    @Override
    public void close() {
        connection.close();
    }
}
