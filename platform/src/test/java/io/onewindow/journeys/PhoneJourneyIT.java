package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.identity.CitizenSignUp;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.identity.SignUps;
import io.onewindow.testing.Persons;
import io.onewindow.testing.browser.BrowserJourney;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.jar.JarInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages people found hard on a phone, at 390 px wide: nothing scrolls sideways, neither the page nor a
 * table within it (in large text too), tables become stacked rows, and what the pages say is in words.
 * Every page is checked with axe at this width.
 */
class PhoneJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "on-my-phone-2026";

    @Autowired
    People people;

    @Autowired
    SignUps signUps;

    @AfterEach
    void backToTheDesk() {
        browser.manage().window().setSize(new Dimension(1280, 1024));
    }

    @Test
    void aCitizenInLargeTextFollowsAUseOfTheirDataFromTheCounterToTheAnswerToTheirReport() {
        PersonView person = aSignedUpResident();
        onAPhone();
        largeText();

        signIn(person.citizenId().value(), PASSWORD);
        visit("/me/code");
        fitsTheScreen();
        String digits = text("#digits");
        signOut();

        signIn("officer", "onewindow2026");
        visit("/counter/verify");
        type("citizenId", person.citizenId().value());
        press("button.button[type=submit]");
        assertThat(text("#account-name")).isEqualTo(person.name());
        fitsTheScreen();

        visit("/counter/identify");
        type("code", digits);
        press("button.button[type=submit]");
        assertThat(text("#identified-name")).isEqualTo(person.name());
        fitsTheScreen();
        type("code", digits);
        press("button.button[type=submit]");
        assertThat(errorSummaryAsShown()).as("a code works once")
                .containsExactly("核验数字：该码不存在、已使用或已过期，请办事人刷新后重新出示");
        fitsTheScreen();
        signOut();

        signIn(person.citizenId().value(), PASSWORD);
        visit("/me/data-use");
        fitsTheScreen();
        WebElement use = browser.findElement(By.cssSelector("tbody tr:first-child"));
        assertThat(use.getCssValue("display")).as("rows are stacked on a phone").isEqualTo("block");
        assertThat(browser.executeScript("return getComputedStyle(arguments[0], '::before').content",
                use.findElement(By.cssSelector("td[data-label]")))).as("each cell shows its column's name").isEqualTo("\"时间\"");
        assertThat(use.findElements(By.cssSelector("td[data-label]")).stream().map(cell -> cell.getAttribute("data-label")))
                .containsExactly("时间", "部门和人员", "做了什么", "目的");
        assertThat(use.getText()).contains("青岛市行政审批服务局", "窗口核验身份", "窗口身份核验")
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}");
        use.findElement(By.cssSelector("a[href$='/report']")).click();
        checked();
        type("reason", "我没有去过窗口");
        press("button.button[type=submit]");
        fitsTheScreen();
        assertThat(text("tbody tr:first-child")).contains("已举报，核查中");
        signOut();

        signIn("dataadmin", "onewindow2026");
        visit("/audit/reports");
        fitsTheScreen();
        WebElement report = browser.findElements(By.cssSelector("article.card")).stream()
                .filter(card -> card.getText().contains("我没有去过窗口")).findFirst().orElseThrow();
        report.findElement(By.tagName("textarea")).sendKeys("系窗口人员误扫，已更正并批评教育。");
        report.findElement(By.cssSelector("button[type=submit]")).click();
        checked();
        fitsTheScreen();
        signOut();

        signIn(person.citizenId().value(), PASSWORD);
        visit("/me/data-use");
        WebElement answered = browser.findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.getText().contains("窗口核验身份")).findFirst().orElseThrow();
        assertThat(answered.getText()).contains("已核查答复", "处理结果", "系窗口人员误扫，已更正并批评教育。");
        fitsTheScreen();

        answered.findElement(By.cssSelector("a[href^='/receipts/']")).click();
        checked();
        assertThat(heading()).isEqualTo("操作回执");
        fitsTheScreen();
        assertThat(text("#receipt-summary")).contains("做了什么", "窗口核验身份", "部门和人员", "青岛市行政审批服务局", "工作人员",
                "目的", "窗口身份核验", "对象", "人员信息");
        String page = text("main");
        assertThat(page.indexOf("窗口核验身份")).as("the receipt says what was done before its hashes")
                .isLessThan(page.indexOf("记录指纹"));
    }

    @Test
    void anAdministratorOnAPhoneSeesAccountsMaskedAndConfirmsAPasswordReset() {
        PersonView person = aSignedUpResident();
        signIn("admin", "onewindow2026");
        WebElement firstRole = browser.findElement(By.cssSelector(".role-nav a"));
        Number roleText = (Number) browser.executeScript(
                "return arguments[0].getBoundingClientRect().left + parseFloat(getComputedStyle(arguments[0]).paddingLeft)", firstRole);
        Number pageText = (Number) browser.executeScript("return document.querySelector('main h1').getBoundingClientRect().left");
        assertThat(roleText.doubleValue()).as("the role menu's text starts where the page's text starts")
                .isCloseTo(pageText.doubleValue(), org.assertj.core.data.Offset.offset(1.0));

        onAPhone();
        visit("/admin/accounts?q=" + person.citizenId().value());
        fitsTheScreen();
        String masked = person.citizenId().value().substring(0, 6) + "********" + person.citizenId().value().substring(14);
        assertThat(text("tbody")).as("a citizen ID as user name is masked").contains(masked, person.name())
                .doesNotContain(person.citizenId().value());

        browser.findElement(By.cssSelector("a[href*='action=disable']")).click();
        checked();
        assertThat(heading()).isEqualTo("停用这个账户吗？");
        fitsTheScreen();
        follow("取消，返回");
        assertThat(path()).isEqualTo("/admin/accounts");

        visit("/admin/accounts?q=" + person.citizenId().value());
        browser.findElement(By.cssSelector("tbody a[href$='/password-reset']")).click();
        checked();
        assertThat(heading()).isEqualTo("重置这个账户的密码吗？");
        assertThat(text(".summary")).contains(masked, person.name());
        fitsTheScreen();
        press("button.button.warning");
        assertThat(heading()).isEqualTo("密码已重置");
        assertThat(text(".summary")).contains(masked).doesNotContain(person.citizenId().value());
        assertThat(text("#temporary-password")).isNotBlank();
        fitsTheScreen();
        signOut();

        signIn(person.citizenId().value(), PASSWORD);
        assertThat(text(".error-summary p")).as("the old password ended with the reset").isEqualTo("账号或密码不正确");
    }

    @Test
    void someoneSignedOutInLargeTextKeepsTheirNameAfterAFailedLoginResetsTheirPasswordAndGetsTheVerifier() throws Exception {
        PersonView person = aSignedUpResident();
        onAPhone();
        largeText();

        signIn(person.citizenId().value(), "not-my-password-1");
        assertThat(text(".error-summary p")).isEqualTo("账号或密码不正确");
        assertThat(browser.findElement(By.id("username")).getAttribute("value")).as("the name typed stays")
                .isEqualTo(person.citizenId().value());
        fitsTheScreen();
        follow("忘记密码？");
        assertThat(heading()).isEqualTo("重置密码");
        fitsTheScreen();
        press("button.button[type=submit]");
        assertThat(errorSummaryAsShown()).as("the error names its field").containsExactly("身份证号码或用户名：此项必须填写");
        fitsTheScreen();
        type("username", person.citizenId().value());
        press("button.button[type=submit]");
        assertThat(heading()).isEqualTo("输入验证码并设置新密码");
        fitsTheScreen();
        type("code", codeTextedTo(person.phone()).orElseThrow());
        type("password", "new-on-my-phone-1");
        type("passwordConfirmation", "new-on-my-phone-1");
        press("button.button[type=submit]");
        assertThat(text(".notice.success")).isEqualTo("密码已重置，请使用新密码登录");
        signIn(person.citizenId().value(), "new-on-my-phone-1");
        assertThat(path()).isEqualTo("/citizen");
        signOut();

        follow("可验证日志");
        assertThat(path()).isEqualTo("/log");
        fitsTheScreen();
        String href = browser.findElement(By.id("verifier-download")).getAttribute("href");
        HttpResponse<byte[]> jar = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(jar.statusCode()).isEqualTo(200);
        assertThat(jar.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("onewindow-verifier.jar"));
        try (JarInputStream read = new JarInputStream(new ByteArrayInputStream(jar.body()))) {
            assertThat(read.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("io.onewindow.verifier.Main");
        }
        assertThat(text("#verifier-sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jar.body())));

        String icon = browser.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href");
        HttpResponse<String> favicon = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(icon)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(favicon.statusCode()).isEqualTo(200);
        assertThat(favicon.body()).contains("<svg");
    }

    /** A resident whose account was opened by signing up with their citizen ID (so the ID is the user name). */
    private PersonView aSignedUpResident() {
        PersonView person = people.register(Persons.aShinanResident());
        String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        UUID signUp = signUps.start(new CitizenSignUp(person.citizenId().value(), person.name(), person.phone(), PASSWORD, PASSWORD), address);
        String code = codeTextedTo(person.phone()).orElseThrow();
        signUps.complete(signUp, code);
        return person;
    }

    private void onAPhone() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    private void largeText() {
        visit("/");
        follow("大字模式");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("class")).contains("elder");
        fitsTheScreen();
    }

    private void fitsTheScreen() {
        Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        Number innerWidth = (Number) browser.executeScript("return window.innerWidth");
        assertThat(innerWidth.intValue()).as("the window is a phone's").isLessThanOrEqualTo(390);
        assertThat(scrollWidth.intValue()).as("%s scrolls sideways", path()).isLessThanOrEqualTo(innerWidth.intValue());
        Number scrollingTables = (Number) browser.executeScript(
                "return Array.from(document.querySelectorAll('.table-wrap')).filter(w => w.scrollWidth > w.clientWidth).length");
        assertThat(scrollingTables.intValue()).as("tables on %s that scroll sideways within the page", path()).isZero();
    }
}
