package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.benefits.internal.Payments;
import io.onewindow.testing.browser.BrowserJourney;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 免申即享 end to end: the administrator runs the start-up subsidy over everyone; the citizen it found sees the
 * offer, why she got it, and confirms; the paying department exports the payment batch and imports the
 * treasury's result; the citizen sees the money paid.
 */
class BenefitsJourneyIT extends BrowserJourney {

    @Autowired
    Payments payments;

    @Test
    void anAdministratorRunsAPolicyTheCitizenConfirmsAndThePayingDepartmentPays() {
        signIn("admin", "onewindow2026");
        visit("/benefits/policies/QD-YCXCY");
        assertThat(heading()).isEqualTo("一次性创业补贴");
        press("#run");
        waitUntil(driver -> {
            if (driver.findElement(By.id("run-state")).getText().equals("已完成")) {
                return true;
            }
            driver.navigate().refresh();
            return false;
        });
        checked();
        assertThat(Integer.parseInt(text("#run-eligible"))).isGreaterThanOrEqualTo(1);
        signOut();

        signIn("citizen", "onewindow2026");
        visit("/benefits/offers");
        assertThat(heading()).isEqualTo("我的待遇");
        assertThat(text("#offer-QD-YCXCY")).contains("一次性创业补贴", "12,000.00元", "待您确认", "正常经营12个月以上", "第十二条", "满足");
        press("#confirm-QD-YCXCY");
        assertThat(text(".notice.success")).isEqualTo("已确认，将发放到您的预留账户。");
        assertThat(text("#offer-QD-YCXCY .offer-state")).isEqualTo("已确认，待发放");
        follow("查看政策和全部条件");
        assertThat(text("#my-answer")).contains("符合，可享受12,000.00元");
        assertThat(yourFacts()).as("the citizen's facts by name, not the rule's variables").contains("创业经营月数（-1无）：")
                .doesNotContain("business_months", " = ");
        String policy = path();
        visit(policy + "?lang=en");
        assertThat(browser.getTitle()).as("the English page's title").startsWith(heading() + " - ").doesNotContain("一次性创业补贴");
        assertThat(yourFacts()).contains("Months in business (-1 none): ").doesNotContain("business_months", "创业经营月数");
        visit(policy + "?lang=zh-CN");
        signOut();

        signIn("admin", "onewindow2026");
        visit("/benefits/payments");
        press("#export-qd-rsj");
        assertThat(text(".notice.success")).isEqualTo("发放批次已生成，请下载文件报送。");
        String href = browser.findElement(By.partialLinkText("下载发放文件")).getAttribute("href");
        UUID batch = UUID.fromString(href.replaceAll(".*/batches/([0-9a-f-]{36})/file", "$1"));
        String number = browser.findElement(By.cssSelector("[id^=batch-] h4")).getText();
        List<String> references = payments.paymentFile(batch).lines().skip(1).map(l -> l.substring(0, 36)).toList();
        type("text-" + number, "reference,status,message\n" + references.stream().map(r -> r + ",PAID,").collect(Collectors.joining("\n")));
        press("#settle-" + number);
        assertThat(text(".notice.success")).isEqualTo("回盘已导入。");
        assertThat(text("#batch-" + number)).contains("已回盘");
        signOut();

        signIn("citizen", "onewindow2026");
        visit("/benefits/offers");
        assertThat(text("#offer-QD-YCXCY .offer-state")).isEqualTo("已发放到账");
    }

    @Test
    void onAPhoneThePoliciesTheOffersAndThePaymentsFitTheScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String path : List.of("/benefits", "/benefits/policies/QD-GLJT", "/benefits/policies/QD-WGFH?lang=en")) {
            visit(path);
            fits(path);
        }
        signIn("citizen", "onewindow2026");
        for (String path : List.of("/benefits/offers", "/benefits/policies/QD-YCXCY")) {
            visit(path);
            fits(path);
        }
        signOut();
        signIn("admin", "onewindow2026");
        for (String path : List.of("/benefits/payments", "/benefits/policies/QD-GLJT", "/benefits/policies/QD-GLJT/edit?lang=zh-CN")) {
            visit(path);
            fits(path);
        }
        press("#check");
        checked();
        assertThat(text("main")).contains("规则检查通过", "今天年满80周岁的本市老人");
        follow("QD-GLJT");
        follow(browser.findElements(By.cssSelector("table a[href*='/benefits/runs/']")).get(0).getText());
        assertThat(heading()).startsWith("比对运行");
        fits("run");
    }

    /** The column of the policy's conditions that says how each stands for the person signed in. */
    private String yourFacts() {
        return browser.findElements(By.cssSelector("main table tbody td:nth-child(4)")).stream().map(cell -> cell.getText())
                .collect(Collectors.joining("\n"));
    }

    private void fits(String path) {
        assertThat((Boolean) browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no horizontal scrolling on %s at 390 px", path).isTrue();
    }
}
