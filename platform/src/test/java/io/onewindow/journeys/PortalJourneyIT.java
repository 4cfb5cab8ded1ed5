package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.testing.browser.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class PortalJourneyIT extends BrowserJourney {

    @Test
    void theHomePageSpeaksChineseAndSwitchesToEnglishAndBack() {
        visit("/");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(heading()).isEqualTo("一网通办，办事不求人");

        follow("English");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(heading()).isEqualTo("Public services, all in one place");

        visit("/search?q=%E5%B8%82%E5%8D%97");
        assertThat(heading()).isEqualTo("Search");

        follow("中文");
        assertThat(heading()).isEqualTo("搜索");
    }

    @Test
    void largeTextModeStaysOnAcrossPagesUntilSwitchedOff() {
        visit("/");
        follow("大字模式");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("class")).contains("elder");
        assertThat(path()).isEqualTo("/");

        visit("/login");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("class")).contains("elder");
        assertThat(browser.findElement(By.tagName("body")).getCssValue("font-size")).isEqualTo("21px");

        follow("标准字号");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("class")).doesNotContain("elder");
        assertThat(path()).isEqualTo("/login");
    }

    @Test
    void searchFindsDepartmentsAndDivisionsAndLeadsToThem() {
        visit("/");
        type("q", "行政审批");
        press("form[role=search] button");
        assertThat(heading()).isEqualTo("搜索");
        assertThat(text("main h2")).contains("行政审批");

        follow("青岛市行政审批服务局");
        assertThat(heading()).isEqualTo("青岛市行政审批服务局");

        visit("/search?q=" + java.net.URLEncoder.encode("云霄路", java.nio.charset.StandardCharsets.UTF_8));
        follow("云霄路社区");
        assertThat(text(".breadcrumbs")).contains("山东省", "青岛市", "市南区", "香港中路街道", "云霄路社区");
    }

    @Test
    void aSearchThatFindsNothingOffersTheHotlineOnePressAway() {
        visit("/");
        type("q", "火星移民签证");
        press("form[role=search] button");

        assertThat(text("main h2")).endsWith("共0条");
        assertThat(browser.findElement(By.cssSelector("a.hotline")).getAttribute("href")).isEqualTo("tel:12345");
        assertThat(text("a.hotline")).contains("12345 政务服务便民热线");
    }

    @Test
    void aMissingPageAnswersInTheReadersLanguage() {
        visit("/divisions/999999");
        assertThat(heading()).isEqualTo("页面不存在");

        visit("/divisions/999999?lang=en");
        assertThat(heading()).isEqualTo("Page not found");

        signIn("citizen", "onewindow2026");
        visit("/no-such-page");
        assertThat(heading()).isEqualTo("Page not found");
    }

    @Test
    void aCitizenWhoOpensTheAdministratorsPageIsToldTheyHaveNoAccess() {
        signIn("citizen", "onewindow2026");
        visit("/admin/accounts");
        assertThat(heading()).isEqualTo("您没有权限访问此页面");
    }

    @Test
    void aPageThatNeedsLoginSendsTheReaderToLoginAndBack() {
        visit("/me/code");
        assertThat(heading()).isEqualTo("登录");
        type("username", "citizen");
        type("password", "onewindow2026");
        press("button.button[type=submit]");
        assertThat(heading()).isEqualTo("一人一码");
    }
}
