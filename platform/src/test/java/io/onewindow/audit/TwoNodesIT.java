package io.onewindow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.runtime.keys.DevKeystoreAccess;
import io.onewindow.testing.AuditorsVerifier;
import io.onewindow.testing.TestDatabase;
import io.onewindow.testing.process.PackagedApplication;
import io.onewindow.testing.process.WebSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Two platform nodes (two JVMs on two ports, one PostgreSQL) under concurrent load write one log; one of
 * them is killed mid-load, and still no event is lost: every committed event becomes exactly one entry of
 * a log that verifies.
 */
class TwoNodesIT {

    static final Pattern DIGITS = Pattern.compile("id=\"digits\">(\\d{8})<");
    static final Duration LOAD = Duration.ofSeconds(20);
    static final Duration KILL_AFTER = Duration.ofSeconds(8);

    @Test
    void killingOneOfTwoNodesMidLoadLosesNoEntryAndTheirLogVerifies() throws Exception {
        TestDatabase server = TestDatabase.get();
        String database = server.createDatabase("nodes");
        Path keys = Files.createTempDirectory("onewindow-nodes").resolve("keys.p12");
        DevKeystoreAccess.create(keys, "shared-node-keys");
        Map<String, String> environment = Map.of(
                "ONEWINDOW_DB_URL", database, "ONEWINDOW_DB_USER", server.user(), "ONEWINDOW_DB_PASSWORD", server.password(),
                "ONEWINDOW_KEYS_KEYSTORE", keys.toString(), "ONEWINDOW_KEYS_KEYSTOREPASSWORD", "shared-node-keys",
                "ONEWINDOW_DATADIR", Files.createTempDirectory("onewindow-nodes-data").toString(),
                "ONEWINDOW_OUTBOX_REDELIVERAFTER", "PT5S", "ONEWINDOW_OUTBOX_REDELIVEREVERY", "PT2S");

        try (PackagedApplication a = PackagedApplication.start("node-a", environment);
             PackagedApplication b = PackagedApplication.start("node-b", environment)) {
            a.awaitUp(Duration.ofSeconds(180));
            b.awaitUp(Duration.ofSeconds(180));
            Instant start = Instant.now();

            WebSession citizen = new WebSession(a.url(""));
            citizen.signIn("citizen", "onewindow2026");
            Matcher digits = DIGITS.matcher(citizen.get("/me/code").body());
            assertThat(digits.find()).isTrue();
            WebSession officerOnA = new WebSession(a.url(""));
            WebSession officerOnB = new WebSession(b.url(""));
            assertThat(officerOnA.signIn("officer", "onewindow2026")).isEqualTo("/officer");
            assertThat(officerOnB.signIn("officer", "onewindow2026")).isEqualTo("/officer");

            ExecutorService load = Executors.newFixedThreadPool(4);
            Instant end = start.plus(LOAD);
            List<Future<Integer>> workers = List.of(
                    load.submit(() -> identifyUntil(officerOnA, digits.group(1), end)),
                    load.submit(() -> identifyUntil(officerOnA, digits.group(1), end)),
                    load.submit(() -> identifyUntil(officerOnB, digits.group(1), end)),
                    load.submit(() -> identifyUntil(officerOnB, digits.group(1), end)));
            TimeUnit.MILLISECONDS.sleep(KILL_AFTER.toMillis());
            b.kill();
            int acknowledged = 0;
            for (Future<Integer> worker : workers) {
                acknowledged += worker.get(LOAD.toSeconds() + 60, TimeUnit.SECONDS);
            }
            load.shutdown();
            assertThat(acknowledged).as("identifications answered during the load").isGreaterThan(20);

            Counts counts = awaitSettled(database, server, start, Duration.ofSeconds(120));
            System.out.printf("Two nodes: %d acknowledged, %d events committed, %d records, log size %d%n",
                    acknowledged, counts.events(), counts.records(), counts.logSize());
            assertThat(counts.records()).as("no acknowledged action is missing from the log").isGreaterThanOrEqualTo(acknowledged);
            assertThat(counts.records()).as("every committed event is exactly one record").isEqualTo(counts.events());
            assertThat(counts.logSize()).as("every record is in the log, without gaps").isEqualTo(counts.allRecords());

            String vkey = citizen.get("/log/vkey").body().strip();
            var verified = AuditorsVerifier.run("verify-log", a.url("/log"), "--vkey", vkey);
            assertThat(verified.status()).as(verified.toString()).isZero();
        }
    }

    /** Identifies the citizen again and again until the end; returns how many times it was acknowledged. */
    private static int identifyUntil(WebSession officer, String digits, Instant end) {
        int acknowledged = 0;
        while (Instant.now().isBefore(end)) {
            try {
                var answer = officer.submit("/counter/identify", "/counter/identify", Map.of("code", digits));
                if (answer.statusCode() == 200 && answer.body().contains("identified-name")) {
                    acknowledged++;
                }
            } catch (RuntimeException nodeGone) {
                return acknowledged;
            }
        }
        return acknowledged;
    }

    record Counts(long events, long records, long allRecords, long logSize) {
    }

    private static Counts awaitSettled(String url, TestDatabase server, Instant since, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        try (Connection db = DriverManager.getConnection(url, server.user(), server.password())) {
            while (true) {
                long incomplete = count(db, "select count(*) from event_publication where completion_date is null");
                long pending = count(db, "select count(*) from audit.pending");
                if ((incomplete == 0 && pending == 0) || Instant.now().isAfter(deadline)) {
                    Timestamp from = Timestamp.from(since);
                    return new Counts(
                            count(db, "select count(*) from event_publication where event_type like '%SubjectIdentifiedAtCounter' "
                                    + "and listener_id like '%AuditTrailRecorder%' and publication_date >= '" + from + "'"),
                            count(db, "select count(*) from audit.record where action = 'identity.counter.identified' and at >= '" + from + "'"),
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
