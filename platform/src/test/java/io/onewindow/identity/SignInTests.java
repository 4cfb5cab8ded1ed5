package io.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One account signed in from several places at the same moment (a double click, a phone and a computer): every
 * sign-in succeeds, and each is noted in the audit trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInTests {

    static final int AT_ONCE = 8;
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eightSignInsOfOneAccountAtTheSameMomentAllSucceedAndAreEachRecorded() throws Exception {
        long before = signInsOf("scjg-officer");
        CyclicBarrier together = new CyclicBarrier(AT_ONCE);
        ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                answers.add(threads.submit(() -> signIn("scjg-officer", together)));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
                assertThat(response.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/workbench"));
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(signInsOf("scjg-officer")).isEqualTo(before + AT_ONCE);
    }

    @Test
    void aDisabledAccountIsSaidToBeDisabledOnlyToWhoKnowsItsPassword() throws Exception {
        jdbc.sql("update identity.account set enabled = false where username = 'wjw-officer'").update();
        try {
            assertThat(signIn("wjw-officer", "a-wrong-guess-2026", null).headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/login?error=credentials"));
            assertThat(signIn("wjw-officer", "onewindow2026", null).headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/login?error=disabled"));
        } finally {
            jdbc.sql("update identity.account set enabled = true where username = 'wjw-officer'").update();
            jdbc.sql("delete from identity.throttle where throttle_key = 'user:wjw-officer'").update();
        }
    }

    private HttpResponse<String> signIn(String username, CyclicBarrier together) throws Exception {
        return signIn(username, "onewindow2026", together);
    }

    private HttpResponse<String> signIn(String username, String password, CyclicBarrier together) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(form);
        assertThat(csrf.find()).as("the sign-in form's CSRF token").isTrue();
        String body = "username=" + username + "&password=" + password + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        if (together != null) {
            together.await(30, TimeUnit.SECONDS);
        }
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long signInsOf(String username) {
        return jdbc.sql("""
                        select count(*) from audit.record where action = 'identity.account.signed-in'
                        and object_id = (select id::text from identity.account where username = ?)""")
                .param(username).query(Long.class).single();
    }
}
