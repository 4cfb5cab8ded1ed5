package io.onewindow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.onewindow.cases.internal.ApplicationRow;
import io.onewindow.cases.internal.CaseNotices;
import io.onewindow.cases.internal.CaseStore;
import io.onewindow.cases.internal.Filing;
import io.onewindow.identity.AccountEmails;
import io.onewindow.identity.Accounts;
import io.onewindow.identity.IdentityError;
import io.onewindow.identity.People;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.notify.EmailMessages;
import io.onewindow.testing.MailServer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Without {@code spring.mail.host} the platform sends no mail and nothing fails: no address can be given, and a
 * case of an applicant whose address was confirmed while a mail server was configured changes as ever, told in
 * the inbox, with no mail and no error.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class CaseMailWithoutServerTests {

    @Autowired
    EmailMessages mail;
    @Autowired
    AccountEmails emails;
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
    void withoutAMailServerNothingIsSentAndTheCaseChangesAsEver(CapturedOutput log) {
        MailHolder holder = MailHolder.open(people, accounts);
        UUID accountId = holder.accountId();
        String address = "zhao.lei." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        assertThat(mail.available()).isFalse();
        assertThatThrownBy(() -> emails.set(accountId, address, Locale.SIMPLIFIED_CHINESE))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(IdentityError.EMAIL_UNAVAILABLE));

        // Confirmed while the installation still had a mail server.
        holder.confirmed(jdbc, address);
        UserAccount user = holder.user();
        ApplicationRow application = filing.applyAtOnce(CaseMailTests.SIGN, Map.of("shopName", "八大关茶社",
                "businessAddress", "青岛市市南区山海关路5号", "signText", "八大关茶社", "signSize", "2米×1米"), Map.of(), user);

        assertThat(store.casesOf(application.id())).singleElement().satisfies(c -> assertThat(c.file().state()).isEqualTo(CaseState.SUBMITTED));
        assertThat(notices.of(accountId, 10)).hasSize(1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> MailServer.mailsTo(address).isEmpty());
        assertThat(log).doesNotContain("Could not send an e-mail", "E-mail sent");
    }
}
