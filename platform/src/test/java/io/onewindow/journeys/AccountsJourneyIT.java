package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.identity.Accounts;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.testing.Persons;
import io.onewindow.testing.browser.BrowserJourney;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** Login throttling and the administrator's account list. */
class AccountsJourneyIT extends BrowserJourney {

    @Autowired
    People people;

    @Autowired
    Accounts accounts;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOneUntilAnAdministratorUnlocksIt() {
        PersonView person = people.register(Persons.aShinanResident());
        String username = "locked" + ThreadLocalRandom.current().nextInt(1_000_000);

        signIn("admin", "onewindow2026");
        follow("账户管理");
        type("username", username);
        type("citizenId", person.citizenId().value());
        type("password", "abc");
        press("form[method=post][action='/admin/accounts'] button.button");
        assertThat(errorSummary()).containsExactly("密码至少8位");
        assertThat(accounts.list(username, 10)).isEmpty();
        type("password", "right-password-1");
        press("form[method=post][action='/admin/accounts'] button.button");
        assertThat(text(".notice.success")).isEqualTo("账户已开设");
        signOut();

        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(username, "wrong-password-" + attempt);
            assertThat(text(".error-summary p")).isEqualTo("账号或密码不正确");
        }
        signIn(username, "right-password-1");
        assertThat(text(".error-summary p")).isEqualTo("登录失败次数过多，已暂时锁定，请15分钟后再试");

        signIn("admin", "onewindow2026");
        visit("/admin/accounts?q=" + username);
        WebElement row = browser.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains(username)).findFirst().orElseThrow();
        assertThat(row.getText()).contains("已锁定");
        row.findElement(By.cssSelector("button[value=unlock]")).click();
        checked();
        assertThat(text(".notice.success")).isEqualTo("账户已解锁");
        signOut();

        signIn(username, "right-password-1");
        assertThat(path()).isEqualTo("/citizen");
    }

    @Test
    void aCitizenChangesTheirPasswordAfterCorrectingTheForm() {
        PersonView person = people.register(Persons.aShinanResident());
        String username = "changer" + ThreadLocalRandom.current().nextInt(1_000_000);
        accounts.open(new io.onewindow.identity.NewAccount(username, person.citizenId().value(), "first-password-1", false));

        signIn(username, "first-password-1");
        follow("修改密码");
        type("currentPassword", "not-my-password-1");
        type("password", "second-password-2");
        type("passwordConfirmation", "second-password-2");
        press("form[action='/me/password'] button.button");
        assertThat(errorSummary()).containsExactly("当前密码不正确");

        type("currentPassword", "first-password-1");
        type("password", "onlyletters");
        type("passwordConfirmation", "onlyletters");
        press("form[action='/me/password'] button.button");
        assertThat(errorSummary()).containsExactly("密码须同时包含字母和数字");

        type("currentPassword", "first-password-1");
        type("password", "second-password-2");
        type("passwordConfirmation", "second-password-2");
        press("form[action='/me/password'] button.button");
        assertThat(text(".notice.success")).isEqualTo("密码已修改");
        signOut();

        signIn(username, "first-password-1");
        assertThat(text(".error-summary p")).isEqualTo("账号或密码不正确");
        signIn(username, "second-password-2");
        assertThat(path()).isEqualTo("/citizen");
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        PersonView person = people.register(Persons.aShinanResident());
        String username = "disabled" + ThreadLocalRandom.current().nextInt(1_000_000);
        var account = accounts.open(new io.onewindow.identity.NewAccount(username, person.citizenId().value(), "right-password-2", false));

        signIn("admin", "onewindow2026");
        visit("/admin/accounts?q=" + username);
        browser.findElement(By.cssSelector("a[href*='action=disable']")).click();
        checked();
        assertThat(heading()).isEqualTo("停用这个账户吗？");
        follow("取消，返回");
        assertThat(accounts.find(account.id())).as("nothing happens before it is confirmed")
                .hasValueSatisfying(a -> assertThat(a.enabled()).isTrue());
        visit("/admin/accounts?q=" + username);
        browser.findElement(By.cssSelector("a[href*='action=disable']")).click();
        press("button.button.warning");
        assertThat(text(".notice.success")).isEqualTo("账户已停用");
        signOut();

        signIn(username, "right-password-2");
        assertThat(text(".error-summary p")).isEqualTo("该账户已停用，请联系系统管理员");
        assertThat(accounts.find(account.id())).hasValueSatisfying(a -> assertThat(a.enabled()).isFalse());
    }
}
