package io.onewindow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.kernel.code.OrganizationCode;
import io.onewindow.kernel.code.RegistrationAuthority;
import io.onewindow.kernel.code.UnifiedSocialCreditCode;
import io.onewindow.testing.Persons;
import io.onewindow.testing.TemporaryDirectories;
import io.onewindow.testing.TestDatabase;
import io.onewindow.testing.process.PackagedApplication;
import io.onewindow.testing.process.WebSession;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Day one of an installation, as its operator lives it: the packaged jar in production mode on an empty
 * PostgreSQL with a keystore made by the JDK's keytool, the installation administrator bootstrapped from
 * two environment variables, who must choose a new password at first sign-in, imports the departments and
 * their officers from CSV, and one of those officers signs in.
 */
class ProductionDayOneIT {

    private static final String KEYSTORE_PASSWORD = "keystore-pass-7c1e";
    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("<td>(officer\\.[a-z]+)</td><td>[^<]*</td><td><code>([^<]+)</code>");

    @Test
    void theBootstrappedAdministratorChangesTheirPasswordImportsDepartmentsAndOfficersAndAnOfficerSignsIn() throws Exception {
        Path keys = TemporaryDirectories.create("onewindow-prod-keys").resolve("keys.p12");
        keytool(keys, "log");
        keytool(keys, "token");
        TestDatabase database = TestDatabase.get();
        Map<String, String> environment = Map.of(
                "ONEWINDOW_MODE", "prod",
                "ONEWINDOW_DB_URL", database.createDatabase("day_one"),
                "ONEWINDOW_DB_USER", database.user(),
                // The test server trusts local connections; production mode still wants a password set.
                "ONEWINDOW_DB_PASSWORD", "db-secret-4b2d",
                "ONEWINDOW_KEYS_KEYSTORE", keys.toString(),
                "ONEWINDOW_KEYS_KEYSTOREPASSWORD", KEYSTORE_PASSWORD,
                "ONEWINDOW_BOOTSTRAP_ADMINUSERNAME", "installer",
                "ONEWINDOW_BOOTSTRAP_ADMINPASSWORD", "first-start-2026");

        try (PackagedApplication app = PackagedApplication.start("prod-day-one", environment)) {
            app.awaitUp(Duration.ofSeconds(150));
            assertThat(new WebSession(app.url("")).get("/log/checkpoint").body())
                    .as("the new log serves a signed checkpoint from the start").startsWith("localhost/onewindow/log\n").contains("\n\u2014 ");

            WebSession admin = new WebSession(app.url(""));
            assertThat(admin.signIn("installer", "first-start-2026")).as("the bootstrap password must be replaced first")
                    .isEqualTo("/me/password?required");
            HttpResponse<String> changed = admin.submit("/me/password", "/me/password", Map.of("currentPassword", "first-start-2026",
                    "password", "a-new-admin-password-9", "passwordConfirmation", "a-new-admin-password-9"));
            assertThat(changed.statusCode()).isEqualTo(302);
            assertThat(admin.get("/admin").statusCode()).isEqualTo(200);

            String uscc = UnifiedSocialCreditCode.of(RegistrationAuthority.ESTABLISHMENT, '1', "370200",
                    OrganizationCode.of("51370001")).value();
            HttpResponse<String> departments = admin.submit("/admin/setup", "/admin/setup/departments", Map.of("csv", String.join("\n",
                    "code,name,name_en,uscc,level,division,parent_code,function",
                    "sj-mz,青岛市民政局,Qingdao Civil Affairs Bureau," + uscc + ",CITY,3702,,")));
            assertThat(departments.body()).contains("1").doesNotContain("error-summary");

            String citizenId = Persons.citizenIdFrom("370202");
            HttpResponse<String> officers = admin.submit("/admin/setup", "/admin/setup/officers", Map.of("csv", String.join("\n",
                    "department_code,citizen_id,name,phone,division,title,roles,scope_division,username",
                    "sj-mz," + citizenId + ",林晓燕,13912345678,370202,科员,OFFICER,,officer.lin")));
            Matcher credential = TEMPORARY_PASSWORD.matcher(officers.body());
            assertThat(credential.find()).as("the import shows the officer's temporary password").isTrue();

            WebSession officer = new WebSession(app.url(""));
            assertThat(officer.signIn(credential.group(1), credential.group(2))).isEqualTo("/me/password?required");
            officer.submit("/me/password", "/me/password", Map.of("currentPassword", credential.group(2),
                    "password", "lin-xiaoyan-2026", "passwordConfirmation", "lin-xiaoyan-2026"));
            assertThat(new WebSession(app.url("")).signIn("officer.lin", "lin-xiaoyan-2026")).isEqualTo("/officer");

            WebSession again = new WebSession(app.url(""));
            assertThat(again.signIn("installer", "first-start-2026")).as("the bootstrap password no longer opens anything")
                    .startsWith("/login?error");
            assertThat(app.output()).doesNotContain("first-start-2026", "db-secret-4b2d", KEYSTORE_PASSWORD);
        }
    }

    private static void keytool(Path keystore, String alias) throws Exception {
        Process keytool = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", KEYSTORE_PASSWORD,
                "-alias", alias, "-keyalg", "Ed25519", "-dname", "CN=OneWindow " + alias))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
    }
}
