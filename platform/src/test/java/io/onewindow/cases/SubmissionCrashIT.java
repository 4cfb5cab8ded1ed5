package io.onewindow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.runtime.keys.DevKeystoreAccess;
import io.onewindow.testing.TemporaryDirectories;
import io.onewindow.testing.TestDatabase;
import io.onewindow.testing.process.PackagedApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A node killed (SIGKILL) the moment an application's submission has committed loses nothing: after a
 * restart the application, its case, every audited action of the submission with its record and its entry
 * in the log are there, every event reached its listeners, and the same Idempotency-Key answers with the
 * same application instead of filing a second one.
 */
class SubmissionCrashIT {

    static final String APPLICANT = "Basic " + Base64.getEncoder().encodeToString("applicant:onewindow2026".getBytes(StandardCharsets.UTF_8));
    static final String SIGN_PERMIT = """
            {"code": "370200-XZSP-XK-0003", "answers": {"shopName": "栈桥海鲜", "businessAddress": "青岛市市南区太平路1号",
             "signText": "栈桥海鲜", "signSize": "5米×1米"}}""";
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    @Test
    void killedRightAfterTheSubmissionCommitsTheNodeComesBackWithTheCaseItsRecordsLogEntriesAndEvents() throws Exception {
        TestDatabase server = TestDatabase.get();
        String database = server.createDatabase("crash");
        Path keys = TemporaryDirectories.create("onewindow-crash").resolve("keys.p12");
        DevKeystoreAccess.create(keys, "crash-keys");
        Map<String, String> environment = Map.of(
                "ONEWINDOW_DB_URL", database, "ONEWINDOW_DB_USER", server.user(), "ONEWINDOW_DB_PASSWORD", server.password(),
                "ONEWINDOW_KEYS_KEYSTORE", keys.toString(), "ONEWINDOW_KEYS_KEYSTOREPASSWORD", "crash-keys",
                "ONEWINDOW_DATADIR", TemporaryDirectories.create("onewindow-crash-data").toString(),
                "ONEWINDOW_OUTBOX_REDELIVERAFTER", "PT5S", "ONEWINDOW_OUTBOX_REDELIVEREVERY", "PT2S");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        String applicationId;
        Instant submitted;
        try (PackagedApplication node = PackagedApplication.start("crash-first", environment)) {
            node.awaitUp(Duration.ofSeconds(180));
            submitted = Instant.now();
            HttpResponse<String> filed = http.send(submission(node), HttpResponse.BodyHandlers.ofString());
            node.kill();
            assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
            Matcher id = ID.matcher(filed.body());
            assertThat(id.find()).isTrue();
            applicationId = id.group(1);
        }

        try (PackagedApplication node = PackagedApplication.start("crash-restarted", environment);
             Connection db = DriverManager.getConnection(database, server.user(), server.password())) {
            node.awaitUp(Duration.ofSeconds(180));
            assertThat(count(db, "select count(*) from cases.application where id = '" + applicationId + "' and submitted_at is not null"))
                    .as("the application").isOne();
            assertThat(count(db, "select count(*) from cases.case_file where application_id = '" + applicationId + "'"))
                    .as("its case").isOne();

            String actions = "select count(*) from audit.record r where r.at >= '" + java.sql.Timestamp.from(submitted.minusSeconds(1))
                    + "' and r.action like 'cases.%'";
            awaitZero(db, "select count(*) from audit.queue", Duration.ofSeconds(60));
            // A delivered publication is deleted (the outbox's completion mode), not kept as completed: the outbox
            // empties once every listener has run, rather than growing by a row per event.
            awaitZero(db, "select count(*) from event_publication", Duration.ofSeconds(60));
            long records = count(db, actions);
            assertThat(records).as("the submission's audited actions").isGreaterThanOrEqualTo(2);
            assertThat(count(db, actions.replace("audit.record r", "audit.record r join audit.leaf l on l.record_id = r.id")))
                    .as("each of them an entry in the log").isEqualTo(records);

            HttpResponse<String> again = http.send(submission(node), HttpResponse.BodyHandlers.ofString());
            assertThat(again.body()).as("the retried submission answers with the same application").contains(applicationId);
            // The demo applicant's own applications, seeded just before, share the account and the item: the
            // retried submission is told apart by its answers.
            assertThat(count(db, "select count(*) from cases.application where answers->>'shopName' = '栈桥海鲜'"))
                    .as("one application, not two").isOne();
        }
    }

    private static HttpRequest submission(PackagedApplication node) {
        return HttpRequest.newBuilder(URI.create(node.url("/api/v1/applications"))).timeout(Duration.ofSeconds(60))
                .header("Authorization", APPLICANT).header("Content-Type", "application/json")
                .header("Idempotency-Key", "crash-once-0001").POST(HttpRequest.BodyPublishers.ofString(SIGN_PERMIT)).build();
    }

    private static void awaitZero(Connection db, String sql, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (count(db, sql) > 0) {
            assertThat(Instant.now()).as("%s reaches 0 within %s", sql, timeout).isBefore(deadline);
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
