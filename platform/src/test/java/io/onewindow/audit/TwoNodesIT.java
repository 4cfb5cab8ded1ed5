package io.onewindow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.runtime.keys.DevKeystoreAccess;
import io.onewindow.testing.AuditorsVerifier;
import io.onewindow.testing.Persons;
import io.onewindow.testing.TemporaryDirectories;
import io.onewindow.testing.TestDatabase;
import io.onewindow.testing.process.PackagedApplication;
import io.onewindow.testing.process.WebSession;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Two platform nodes (two JVMs on two ports, one PostgreSQL) under concurrent load write one log; one of
 * them is killed mid-load, and still nothing is lost: every committed action (a person registered through
 * the API) has exactly one audit record, and every record is one entry of a log that verifies.
 */
class TwoNodesIT {

    static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:onewindow2026".getBytes());
    static final String DATA_ADMIN = "Basic " + Base64.getEncoder().encodeToString("dataadmin:onewindow2026".getBytes());
    static final Duration LOAD = Duration.ofSeconds(20);
    static final Duration KILL_AFTER = Duration.ofSeconds(8);

    @Test
    void killingOneOfTwoNodesMidLoadLosesNoActionNoRecordNoEntryAndTheirLogVerifies() throws Exception {
        TestDatabase server = TestDatabase.get();
        String database = server.createDatabase("nodes");
        Path keys = TemporaryDirectories.create("onewindow-nodes").resolve("keys.p12");
        DevKeystoreAccess.create(keys, "shared-node-keys");
        Map<String, String> environment = Map.of(
                "ONEWINDOW_DB_URL", database, "ONEWINDOW_DB_USER", server.user(), "ONEWINDOW_DB_PASSWORD", server.password(),
                "ONEWINDOW_KEYS_KEYSTORE", keys.toString(), "ONEWINDOW_KEYS_KEYSTOREPASSWORD", "shared-node-keys",
                "ONEWINDOW_DATADIR", TemporaryDirectories.create("onewindow-nodes-data").toString(),
                "ONEWINDOW_OUTBOX_REDELIVERAFTER", "PT5S", "ONEWINDOW_OUTBOX_REDELIVEREVERY", "PT2S");

        try (PackagedApplication a = PackagedApplication.start("node-a", environment);
             PackagedApplication b = PackagedApplication.start("node-b", environment)) {
            a.awaitUp(Duration.ofSeconds(180));
            b.awaitUp(Duration.ofSeconds(180));
            aSignedOutOrDisabledSessionOpenedOnOneNodeIsRefusedOnTheOtherAtItsNextRequest(a, b, database, server);
            Instant start = Instant.now();

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            ExecutorService load = Executors.newFixedThreadPool(4);
            Instant end = start.plus(LOAD);
            List<Future<Integer>> workers = List.of(
                    load.submit(() -> registerUntil(http, a, end)),
                    load.submit(() -> registerUntil(http, a, end)),
                    load.submit(() -> registerUntil(http, b, end)),
                    load.submit(() -> registerUntil(http, b, end)));
            TimeUnit.MILLISECONDS.sleep(KILL_AFTER.toMillis());
            b.kill();
            int acknowledged = 0;
            for (Future<Integer> worker : workers) {
                acknowledged += worker.get(LOAD.toSeconds() + 60, TimeUnit.SECONDS);
            }
            load.shutdown();
            assertThat(acknowledged).as("registrations answered during the load").isGreaterThan(20);

            Counts counts = awaitSettled(database, server, start, Duration.ofSeconds(120));
            System.out.printf("Two nodes: %d acknowledged, %d actions committed, %d records, log size %d of %d records%n",
                    acknowledged, counts.actions(), counts.records(), counts.logSize(), counts.allRecords());
            assertThat(counts.actions()).as("every acknowledged action was committed").isGreaterThanOrEqualTo(acknowledged);
            assertThat(counts.records()).as("every committed action has exactly one record").isEqualTo(counts.actions());
            assertThat(counts.logSize()).as("every record is in the log, without gaps").isEqualTo(counts.allRecords());

            String vkey = new WebSession(a.url("")).get("/log/vkey").body().strip();
            var verified = AuditorsVerifier.run("verify-log", a.url("/log"), "--vkey", vkey);
            assertThat(verified.status()).as(verified.toString()).isZero();
        }
    }

    /**
     * Sessions are kept in the shared database, and each node keeps those it has read until PostgreSQL tells it they
     * changed: one opened on node A is valid on node B; signing out on A, or the administrator disabling the account on
     * A, and B refuses the session at its next request.
     */
    private static void aSignedOutOrDisabledSessionOpenedOnOneNodeIsRefusedOnTheOtherAtItsNextRequest(
            PackagedApplication a, PackagedApplication b, String database, TestDatabase server) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        String session = signIn(http, a);

        HttpRequest onB = HttpRequest.newBuilder(URI.create(b.url("/citizen"))).header("Cookie", session).GET().build();
        assertThat(http.send(onB, HttpResponse.BodyHandlers.ofString()).statusCode()).as("A's session on B").isEqualTo(200);
        assertThat(http.send(onB, HttpResponse.BodyHandlers.ofString()).statusCode()).as("again, as B now keeps it").isEqualTo(200);

        // Signing out on A ends the session on B, which kept it, at its next request.
        String other = signIn(http, a);
        HttpRequest otherOnB = HttpRequest.newBuilder(URI.create(b.url("/citizen"))).header("Cookie", other).GET().build();
        assertThat(http.send(otherOnB, HttpResponse.BodyHandlers.ofString()).statusCode()).as("a second session on B").isEqualTo(200);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(a.url("/citizen"))).header("Cookie", other).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher signOutToken = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(signOutToken.find()).as("the sign-out form's CSRF token").isTrue();
        HttpResponse<String> signedOut = http.send(HttpRequest.newBuilder(URI.create(a.url("/logout"))).header("Cookie", other)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(signOutToken.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedOut.statusCode()).as("signed out on A").isIn(204, 302);
        assertThat(refusedSoon(http, otherOnB)).as("the signed-out session on B").isTrue();

        UUID account;
        try (Connection db = DriverManager.getConnection(database, server.user(), server.password());
             ResultSet rs = db.createStatement().executeQuery("select id from identity.account where username = 'citizen'")) {
            rs.next();
            account = rs.getObject(1, UUID.class);
        }
        HttpResponse<String> disabled = http.send(HttpRequest.newBuilder(URI.create(a.url("/admin/accounts/" + account + "/status")))
                .header("Authorization", ADMIN).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=disable")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(disabled.statusCode()).as("the administrator disables the account on A").isEqualTo(302);

        assertThat(refusedSoon(http, onB)).as("the disabled account's session on B").isTrue();
    }

    /**
     * Whether B refuses the request (sends it to sign in, or answers 401 or 403), at once or as soon as PostgreSQL's notice of the change has reached it
     * (milliseconds; up to two seconds are allowed here for a loaded machine). Prints how long it took.
     */
    private static boolean refusedSoon(HttpClient http, HttpRequest onB) throws Exception {
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(2).toNanos();
        int requests = 0;
        do {
            HttpResponse<String> answer = http.send(onB, HttpResponse.BodyHandlers.ofString());
            requests++;
            boolean toSignIn = answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").contains("/login");
            if (toSignIn || answer.statusCode() == 401 || answer.statusCode() == 403) {
                System.out.printf("Two nodes: refused on B at request %d, %.1f ms after the change on A%n", requests, (System.nanoTime() - start) / 1e6);
                return true;
            }
            assertThat(answer.statusCode()).as("served as before until refused").isEqualTo(200);
        } while (System.nanoTime() < deadline);
        return false;
    }

    /** Signs the demo citizen in on the node, through the login form; returns the session's cookie. */
    private static String signIn(HttpClient http, PackagedApplication node) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(node.url("/login"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).as("the login form's CSRF token").isTrue();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(node.url("/login")))
                .header("Cookie", sessionCookie(form))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=citizen&password=onewindow2026&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as("signed in").isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return sessionCookie(login);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    /** Registers people through the API until the end; returns how many registrations were acknowledged. */
    private static int registerUntil(HttpClient http, PackagedApplication node, Instant end) {
        int acknowledged = 0;
        while (Instant.now().isBefore(end)) {
            NewPersonJson person = NewPersonJson.aShinanResident();
            HttpRequest request = HttpRequest.newBuilder(URI.create(node.url("/api/v1/persons")))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", DATA_ADMIN)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(person.json()))
                    .build();
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 201) {
                    acknowledged++;
                }
            } catch (Exception nodeGone) {
                return acknowledged;
            }
        }
        return acknowledged;
    }

    /** A new person as the API takes it. */
    record NewPersonJson(String citizenId, String name, String phone) {
        static NewPersonJson aShinanResident() {
            return new NewPersonJson(Persons.citizenIdFrom("370202"), Persons.aName(), Persons.aMobile());
        }

        String json() {
            return """
                    {"citizenId": "%s", "name": "%s", "phone": "%s", "divisionCode": "370202001001", "addressDetail": "香港中路10号"}"""
                    .formatted(citizenId, name, phone);
        }
    }

    record Counts(long actions, long records, long allRecords, long logSize) {
    }

    private static Counts awaitSettled(String url, TestDatabase server, Instant since, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        try (Connection db = DriverManager.getConnection(url, server.user(), server.password())) {
            while (true) {
                long pending = count(db, "select count(*) from audit.queue");
                if (pending == 0 || Instant.now().isAfter(deadline)) {
                    Timestamp from = Timestamp.from(since);
                    return new Counts(
                            count(db, "select count(*) from identity.person where created_at >= '" + from + "'"),
                            count(db, "select count(*) from audit.record where action = 'identity.person.registered' and at >= '" + from + "'"),
                            count(db, "select count(*) from audit.record"),
                            count(db, "select size from audit.tree"));
                }
                TimeUnit.MILLISECONDS.sleep(500);
            }
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
