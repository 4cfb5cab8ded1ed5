package io.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.testing.MailServer;
import io.onewindow.testing.Persons;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.test.context.ContextConfiguration;

/**
 * The holder's e-mail address against a real SMTP server (GreenMail): a new address gets a confirmation code and
 * is used only once confirmed with it; a malformed one is refused on its field in both languages; the address
 * never appears in the log in full.
 */
@SpringBootTest
@ContextConfiguration(initializers = MailServer.class)
@ExtendWith({OutputCaptureExtension.class, PublishedEventsExtension.class})
class AccountEmailTests {

    @Autowired
    AccountEmails emails;
    @Autowired
    Accounts accounts;
    @Autowired
    People people;
    @Autowired
    Messages messages;

    @Test
    void aMalformedAddressIsRefusedOnItsFieldInBothLanguagesAndNothingChanges() {
        UUID account = anAccount();

        for (String malformed : List.of("zhangsan", "zhangsan@", "zhang san@example.com", "zhangsan@example", "张三@example.com")) {
            assertThatThrownBy(() -> emails.set(account, malformed, Locale.SIMPLIFIED_CHINESE))
                    .as(malformed).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("email");
                            assertThat(messages.render(v.code(), v.arguments(), Locale.SIMPLIFIED_CHINESE))
                                    .isEqualTo("请输入有效的电子邮箱地址，例如 zhangsan@example.com");
                            assertThat(messages.render(v.code(), v.arguments(), Locale.ENGLISH))
                                    .isEqualTo("Enter a valid e-mail address, such as zhangsan@example.com");
                        });
                    });
        }
        assertThat(emails.of(account)).isEmpty();
        assertThat(MailServer.mailsTo("zhangsan@example.com")).isEmpty();
    }

    @Test
    void aNewAddressIsMailedACodeAndIsUsedOnlyOnceConfirmedWithIt(AssertablePublishedEvents events, CapturedOutput log) {
        UUID account = anAccount();
        String address = "zhang.wei." + UUID.randomUUID().toString().substring(0, 8) + "@Example.COM";
        String stored = address.replace("Example.COM", "example.com");

        emails.set(account, address, Locale.SIMPLIFIED_CHINESE);

        MimeMessage confirmation = MailServer.awaitMailsTo(stored, 1).get(0);
        assertThat(MailServer.subject(confirmation)).isEqualTo("【一网通办】请确认您的电子邮箱");
        assertThat(MailServer.text(confirmation)).contains("验证码：", "http://localhost:8080/me/email");
        assertThat(emails.of(account)).hasValueSatisfying(e -> assertThat(e.confirmed()).isFalse());
        assertThat(emails.confirmed(account)).as("not used before it is confirmed").isEmpty();

        String code = MailServer.text(confirmation).replaceAll("(?s).*验证码：(\\d{6}).*", "$1");
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertThatThrownBy(() -> emails.confirm(account, wrong)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.code()).isEqualTo(IdentityError.CODE_WRONG)));
        emails.confirm(account, code);

        assertThat(emails.confirmed(account)).hasValueSatisfying(e -> {
            assertThat(e.address()).isEqualTo(stored);
            assertThat(e.language()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
            assertThat(e.masked()).isEqualTo("z***@example.com");
        });
        assertThatThrownBy(() -> emails.confirm(account, code)).as("a code works once").isInstanceOf(InvalidInputException.class);
        assertThat(events).contains(AccountStatusChanged.class).matching(c -> c.accountId().equals(account) && c.change().equals("email-set"));
        assertThat(events).contains(AccountStatusChanged.class).matching(c -> c.accountId().equals(account) && c.change().equals("email-confirmed"));
        assertThat(log).contains("z***@example.com").doesNotContain(stored);
    }

    @Test
    void anAddressGivenInEnglishIsWrittenToInEnglishAndARemovedOneIsForgotten(AssertablePublishedEvents events) {
        UUID account = anAccount();
        String address = "li.na." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        emails.set(account, address, Locale.UK);

        assertThat(MailServer.subject(MailServer.awaitMailsTo(address, 1).get(0))).isEqualTo("[OneWindow] Please confirm your e-mail address");
        assertThat(emails.of(account)).hasValueSatisfying(e -> assertThat(e.language()).isEqualTo(Locale.ENGLISH));
        emails.remove(account);
        assertThat(emails.of(account)).isEmpty();
        assertThat(events).contains(AccountStatusChanged.class).matching(c -> c.accountId().equals(account) && c.change().equals("email-removed"));
    }

    private UUID anAccount() {
        PersonView person = people.register(Persons.aShinanResident());
        return accounts.open(new NewAccount("m" + UUID.randomUUID().toString().substring(0, 8), person.citizenId().value(),
                "mail-holder-2026", false)).id();
    }
}
