package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.identity.Accounts;
import io.onewindow.identity.NewAccount;
import io.onewindow.identity.NewPerson;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.testing.Persons;
import io.onewindow.testing.browser.BrowserJourney;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class VerifyByCodeJourneyIT extends BrowserJourney {

    @Autowired
    People people;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSelfDeclaredHolderIsSentToVerifyByCodeFromTheWalletAndSeesItOnceTheCodeFromTheRegistersPhoneComesBack() {
        String phone = Persons.aMobile();
        PersonView person = people.register(new NewPerson(Persons.citizenIdFrom("370202"), "宋佳怡", phone, "370202", null));
        String username = "j" + UUID.randomUUID().toString().substring(0, 8);
        var account = accounts.open(new NewAccount(username, person.citizenId().value(), "song-jiayi-2026", false));
        // As sign-up leaves an account for an ID it could not check.
        jdbc.sql("update identity.account set assurance_level = 1, assured_by = 'sign-up' where id = :id").param("id", account.id()).update();

        signIn(username, "song-jiayi-2026");
        visit("/licences");
        assertThat(heading()).isEqualTo("请先完成实名核验");
        follow("如果户籍等登记信息中留有您的手机号：通过短信验证码完成实名核验；");
        assertThat(heading()).isEqualTo("通过短信验证码完成实名核验");
        assertThat(text("#verify-phone")).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));

        press("form[action='/me/verify/code'] button");
        String code = codeTextedTo(phone).orElseThrow();
        type("code", code.equals("000000") ? "111111" : "000000");
        press("form[action='/me/verify'] button");
        assertThat(errorSummary()).containsExactly("验证码不正确，还可以再试4次");

        type("code", code);
        press("form[action='/me/verify'] button");
        assertThat(text("#assurance")).isEqualTo("二级：已实名核验");
        visit("/licences");
        assertThat(heading()).isNotEqualTo("请先完成实名核验");
    }
}
