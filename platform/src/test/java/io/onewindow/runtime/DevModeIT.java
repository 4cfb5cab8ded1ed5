package io.onewindow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.testing.TemporaryDirectories;
import io.onewindow.testing.process.PackagedApplication;
import io.onewindow.testing.process.WebSession;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * README command 1, as a newcomer runs it: the packaged application in dev mode, with no configuration,
 * starts its embedded PostgreSQL, seeds the demo city once and keeps everything across a restart; it ships
 * the verifier that its log page offers.
 */
class DevModeIT {

    static final Map<String, String> DEMO_WORKBENCHES = Map.of("citizen", "/citizen", "enterprise", "/enterprise",
            "officer", "/officer", "deptadmin", "/dept-admin", "dataadmin", "/data-admin", "auditor", "/auditor", "admin", "/admin");

    @Test
    void startsInDevModeSeedsTheDemoCityOnceAndKeepsItsDataAcrossARestart() throws Exception {
        Path dataDir = TemporaryDirectories.create("onewindow-dev");
        int databasePort = PackagedApplication.freePort();
        Map<String, String> environment = Map.of("ONEWINDOW_DATADIR", dataDir.toString(),
                "ONEWINDOW_DB_EMBEDDEDPORT", Integer.toString(databasePort));

        Map<String, Long> first;
        try (PackagedApplication app = PackagedApplication.start("dev-first", environment)) {
            Duration startup = app.awaitUp(Duration.ofSeconds(120));
            System.out.printf("Dev mode: health UP %d ms after launch%n", startup.toMillis());
            assertThat(startup).as("up within 60 s of launch").isLessThan(Duration.ofSeconds(60));

            WebSession visitor = new WebSession(app.url(""));
            assertThat(visitor.get("/").body()).contains("<html lang=\"zh-CN\"", "一网通办，办事不求人");
            assertThat(visitor.get("/log").body()).as("the log page offers the verifier").contains("/log/onewindow-verifier.jar");
            var verifier = visitor.get("/log/onewindow-verifier.jar");
            assertThat(verifier.statusCode()).as("the packaged application ships the verifier").isEqualTo(200);
            assertThat(verifier.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"onewindow-verifier.jar\"");
            for (var demo : DEMO_WORKBENCHES.entrySet()) {
                assertThat(new WebSession(app.url("")).signIn(demo.getKey(), "onewindow2026"))
                        .as("%s lands on its workbench", demo.getKey()).isEqualTo(demo.getValue());
            }
            first = counts(databasePort);
            assertThat(first.get("people")).isGreaterThanOrEqualTo(200);
            assertThat(first.get("enterprises")).isGreaterThanOrEqualTo(50);
            assertThat(first.get("departments")).isGreaterThanOrEqualTo(12);
            assertThat(app.output()).contains("Seeded the demo city").doesNotContain("ERROR")
                    .as("the embedded database's pool is sized to this machine's processors")
                    .contains("Database pool: " + DatabaseConfiguration.connections(new RuntimeSettings.Database(null, null, null, 0, null),
                            Runtime.getRuntime().availableProcessors()) + " connections");
        }

        try (PackagedApplication app = PackagedApplication.start("dev-restart", environment)) {
            app.awaitUp(Duration.ofSeconds(120));
            Map<String, Long> second = counts(databasePort);
            assertThat(second).as("no duplicates after a restart").containsAllEntriesOf(Map.of(
                    "people", first.get("people"), "enterprises", first.get("enterprises"),
                    "departments", first.get("departments"), "accounts", first.get("accounts")));
            assertThat(second.get("log entries")).as("the audit log is kept").isGreaterThanOrEqualTo(first.get("log entries"));
            assertThat(app.output()).contains("Demo data identity.demo-city already seeded");
            assertThat(new WebSession(app.url("")).signIn("citizen", "onewindow2026")).isEqualTo("/citizen");
        }
    }

    private static Map<String, Long> counts(int port) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/onewindow", "postgres", "")) {
            for (var table : Map.of("people", "identity.person", "enterprises", "identity.enterprise",
                    "departments", "identity.department", "accounts", "identity.account", "log entries", "audit.record").entrySet()) {
                try (ResultSet rs = db.createStatement().executeQuery("select count(*) from " + table.getValue())) {
                    rs.next();
                    counts.put(table.getKey(), rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
