package io.onewindow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.onewindow.cases.internal.ApplicationRow;
import io.onewindow.cases.internal.CaseNotices;
import io.onewindow.cases.internal.CaseStore;
import io.onewindow.cases.internal.Filing;
import io.onewindow.identity.Accounts;
import io.onewindow.identity.People;
import io.onewindow.kernel.access.UserAccount;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A mail server that cannot be reached (nothing listens on port 1): the case's change commits and is told in the
 * inbox; the mail is given up and logged with the address masked.
 */
@SpringBootTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=1"})
@ExtendWith(OutputCaptureExtension.class)
class CaseMailFailureTests {

    @Autowired
    Accounts accounts;
    @Autowired
    People people;
    @Autowired
    Filing filing;
    @Autowired
    CaseStore store;
    @Autowired
    CaseNotices notices;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMailThatCannotBeSentIsLoggedMaskedAndTheChangeStands(CapturedOutput log) {
        MailHolder holder = MailHolder.open(people, accounts);
        UUID accountId = holder.accountId();
        String address = "sun.li." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        // Confirmed while the mail server could still be reached.
        holder.confirmed(jdbc, address);
        UserAccount user = holder.user();

        ApplicationRow application = filing.applyAtOnce(CaseMailTests.SIGN, Map.of("shopName", "台东烧烤",
                "businessAddress", "青岛市市北区台东三路8号", "signText", "台东烧烤", "signSize", "4米×1米"), Map.of(), user);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(log).contains("Could not send an e-mail to s***@example.com"));
        assertThat(log).doesNotContain(address);
        assertThat(store.casesOf(application.id())).singleElement().satisfies(c -> assertThat(c.file().state()).isEqualTo(CaseState.SUBMITTED));
        assertThat(notices.of(accountId, 10)).hasSize(1);
    }
}
