package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.testing.browser.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * 一人一码 at a counter, and what the citizen sees of it afterwards: the officer identifies her by the
 * digits she shows, gets a receipt the browser verifies, she finds the access under "who used my data",
 * reports it, and the data bureau resolves the report.
 */
class CounterJourneyIT extends BrowserJourney {

    @Test
    void anIdentificationAtTheCounterIsRecordedShownToTheCitizenAndCanBeReported() {
        signIn("citizen", "onewindow2026");
        visit("/me/code");
        assertThat(heading()).isEqualTo("一人一码");
        assertThat(browser.findElements(By.cssSelector(".qr svg[role=img]"))).hasSize(1);
        String digits = text("#digits");
        assertThat(digits).matches("\\d{8}");
        signOut();

        signIn("officer", "onewindow2026");
        visit("/counter/identify");
        type("code", "1234567");
        press("button.button[type=submit]");
        assertThat(errorSummary()).containsExactly("请输入8位数字，或扫描二维码");
        type("code", digits);
        press("button.button[type=submit]");
        assertThat(text("#identified-name")).isEqualTo("王芳");

        follow("查看回执");
        assertThat(heading()).isEqualTo("操作回执");
        for (int i = 0; i < 20 && browser.findElements(By.id("receipt-check")).isEmpty(); i++) {
            browser.navigate().refresh();
        }
        checked();
        waitUntil(b -> b.findElement(By.id("receipt-check")).getAttribute("data-outcome") != null);
        assertThat(browser.findElement(By.id("receipt-check")).getAttribute("data-error")).isNull();
        assertThat(text("#receipt-check")).isEqualTo("浏览器独立核验通过：包含证明和检查点签名都正确。");
        visit("/counter/identify");
        type("code", digits);
        press("button.button[type=submit]");
        assertThat(errorSummary()).as("a code identifies its holder once").containsExactly("该码不存在、已使用或已过期，请办事人刷新后重新出示");
        signOut();

        signIn("citizen", "onewindow2026");
        visit("/me/data-use");
        String firstRow = text("tbody tr:first-child");
        assertThat(firstRow).contains("青岛市行政审批服务局", "窗口核验身份", "窗口身份核验");
        browser.findElement(By.cssSelector("tbody tr:first-child a[href$='/report']")).click();
        checked();
        press("button.button[type=submit]");
        assertThat(errorSummary()).containsExactly("请说明您认为这次使用有问题的原因");
        type("reason", "我那天没有去任何办事窗口");
        press("button.button[type=submit]");
        assertThat(text(".notice.success")).isEqualTo("已收到您的举报，大数据局将核查并答复。");
        assertThat(text("tbody tr:first-child")).contains("已举报");
        signOut();

        signIn("dataadmin", "onewindow2026");
        visit("/audit/reports");
        assertThat(text("main")).contains("我那天没有去任何办事窗口");
        browser.findElement(By.cssSelector("article.card button[type=submit]")).click();
        checked();
        assertThat(errorSummary()).containsExactly("请写明处理结果");
        browser.findElement(By.cssSelector("article.card textarea")).sendKeys("经核查，系窗口人员核验身份时误操作，已批评教育。");
        browser.findElement(By.cssSelector("article.card button[type=submit]")).click();
        checked();
        assertThat(text(".notice.success")).isEqualTo("举报已办结");
        assertThat(text("main")).contains("经核查，系窗口人员核验身份时误操作");
        signOut();

        signIn("citizen", "onewindow2026");
        visit("/me/data-use");
        assertThat(browser.findElements(By.cssSelector("tbody tr")).stream().map(row -> row.getText())
                .filter(row -> row.contains("经核查，系窗口人员核验身份时误操作")).findFirst())
                .as("the citizen reads the answer to their report").hasValueSatisfying(row -> assertThat(row).contains("已核查答复"));
    }
}
