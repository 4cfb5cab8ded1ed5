package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.identity.CitizenSignUp;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.identity.SignUps;
import io.onewindow.testing.MailServer;
import io.onewindow.testing.Persons;
import io.onewindow.testing.browser.BrowserJourney;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

/**
 * A resident gives the platform an e-mail address for notifications, against a real SMTP server (GreenMail): a
 * malformed address is refused on its field, a good one gets a code by mail, the code confirms it, and the
 * address can be removed again.
 */
@ContextConfiguration(initializers = MailServer.class)
class EmailJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "mail-journey-2026";

    @Autowired
    People people;

    @Autowired
    SignUps signUps;

    @Test
    void aResidentSetsConfirmsAndRemovesTheAddressTheirCaseNewsIsMailedTo() {
        PersonView person = aSignedUpResident();
        String address = "zhou.min." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        signIn(person.citizenId().value(), PASSWORD);
        follow("电子邮箱");
        assertThat(heading()).isEqualTo("电子邮箱");

        type("email", "zhou.min@");
        press("form[action='/me/email'] button");
        assertThat(errorSummaryAsShown()).containsExactly("电子邮箱：请输入有效的电子邮箱地址，例如 zhangsan@example.com");
        assertThat(browser.findElement(By.id("email")).getAttribute("value")).as("what was typed stays")
                .isEqualTo("zhou.min@");
        assertThat(MailServer.mailsTo("zhou.min@")).isEmpty();

        type("email", address);
        press("form[action='/me/email'] button");
        assertThat(text(".notice.success")).isEqualTo("验证码已发送到您的邮箱，请查收");
        assertThat(text("#email-address")).isEqualTo(address);
        assertThat(text("#email-status")).isEqualTo("待确认，确认前不会收到通知");

        String mailed = MailServer.text(MailServer.awaitMailsTo(address, 1).get(0));
        String code = mailed.replaceAll("(?s).*验证码：(\\d{6}).*", "$1");
        type("code", code.equals("000000") ? "111111" : "000000");
        press("form[action='/me/email/confirm'] button");
        assertThat(errorSummaryAsShown()).containsExactly("验证码：验证码不正确或已过期");
        type("code", code);
        press("form[action='/me/email/confirm'] button");
        assertThat(text(".notice.success")).isEqualTo("邮箱已确认，今后办件状态变化会同时发送邮件通知");
        assertThat(text("#email-status")).isEqualTo("已确认，接收办件通知");

        visit("/me/profile");
        assertThat(text("main")).contains("z***@example.com").doesNotContain(address);
        follow("设置电子邮箱");
        press("form[action='/me/email/remove'] button");
        assertThat(text(".notice.success")).isEqualTo("邮箱已删除");
        assertThat(browser.findElements(By.id("email-address"))).isEmpty();
    }

    /** A resident whose account was opened by signing up with their citizen ID (so the ID is the user name). */
    private PersonView aSignedUpResident() {
        PersonView person = people.register(Persons.aShinanResident());
        String from = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        UUID signUp = signUps.start(new CitizenSignUp(person.citizenId().value(), person.name(), person.phone(), PASSWORD, PASSWORD), from);
        signUps.complete(signUp, codeTextedTo(person.phone()).orElseThrow());
        return person;
    }
}
