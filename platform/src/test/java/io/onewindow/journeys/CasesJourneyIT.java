package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * 开办餐饮店 from the citizen's application to the department's reply to her rating: she answers the bundle's
 * questions once, the market regulator asks for a correction and she uploads it, each department decides its
 * part, the bundle concludes, she rates it 不满意, the lead department replies and records its follow-up call.
 */
class CasesJourneyIT extends CaseJourney {

    static final Map<String, String> ANSWERS = Map.of(
            "店铺名称（字号）", "王记水饺",
            "经营场所地址", "青岛市市南区香港中路10号",
            "经营范围", "餐饮服务",
            "经营场所面积（平方米）", "80",
            "招牌文字", "王记水饺",
            "招牌尺寸（长×宽，米）", "3×1");

    @Test
    void aCitizenAppliesOnceForTheRestaurantBundleEachDepartmentDecidesAndHerPoorRatingGetsAReplyAndAFollowUp() throws IOException {
        signIn("citizen", PASSWORD);
        visit("/services/370200-YJS-0001");
        follow("一次申请全部事项");
        assertThat(heading()).isEqualTo("申请：开办餐饮店");
        press("main form button");

        // A wrong answer is refused with the reason, then corrected.
        assertThat(heading()).isEqualTo("店铺名称（字号）");
        type("answer", "王");
        press("main form button");
        assertThat(errorSummary()).containsExactly("至少填写2个字");
        int pages = answer(ANSWERS);
        assertThat(pages).as("each question of the four forms asked once").isEqualTo(9);

        assertThat(heading()).isEqualTo("申请材料");
        upload("layout-plan");
        assertThat(text("main")).contains("已上传");
        press("main a.button[href$='/check']");
        assertThat(heading()).isEqualTo("核对您的申请");
        assertThat(text("dl.summary")).contains("王记水饺", "3×1");
        press("main form[action$='/submit'] button");
        String application = path().replaceAll("\\?.*", "");
        assertThat(text("#status")).isEqualTo("办理中");
        assertThat(browser.findElements(By.cssSelector(".card.case"))).hasSize(4);
        signOut();

        signIn("scjg-officer", PASSWORD);
        openCaseOf("王芳");
        assertThat(heading()).isEqualTo("个体工商户设立登记");
        press("form[action$='/act/request-correction'] button");
        assertThat(errorSummary()).containsExactly("请填写理由：法律要求书面说明");
        type("reason-request-correction", "请上传经营场所租赁合同");
        press("form[action$='/act/request-correction'] button");
        assertThat(text("#state")).isEqualTo("待补正");
        signOut();

        signIn("citizen", PASSWORD);
        visit(application);
        assertThat(text("#status")).isEqualTo("待您补正");
        assertThat(text("main")).contains("需要补正：请上传经营场所租赁合同");
        upload("premises-proof");
        press("form[action$='/resubmit'] button");
        assertThat(text("#status")).isEqualTo("办理中");
        signOut();

        signIn("scjg-officer", PASSWORD);
        openCaseOf("王芳");
        approve();
        signOut();

        signIn("officer", PASSWORD);
        for (int i = 0; i < 3; i++) {
            openCaseOf("王芳");
            approve();
        }
        signOut();

        signIn("citizen", PASSWORD);
        visit(application);
        assertThat(text("#status")).isEqualTo("已办结");
        browser.findElement(By.cssSelector("input[name=level][value='2']")).click();
        type("comment", "要跑的部门说明不清楚");
        press("#rate button");
        assertThat(text("#rating")).contains("不满意", "部门将在");
        signOut();

        signIn("deptadmin", PASSWORD);
        visit("/cases/overdue");
        assertThat(text("main")).contains("要跑的部门说明不清楚");
        rectification().findElement(By.cssSelector("textarea[name=text]")).sendKeys("已在办事指南中补充各部门的办理说明，感谢您的意见。");
        rectification().findElement(By.cssSelector("form[action*='/reply'] button")).click();
        checked();

        // The follow-up call (回访) is written down; once it is, the rectification is done and leaves the list.
        rectification().findElement(By.cssSelector("form[action*='/follow-up'] button")).click();
        checked();
        assertThat(errorSummary()).containsExactly("请填写回访记录：回访了谁、对方怎么说");
        assertThat(rectification().findElement(By.cssSelector("textarea[name=text]")).getAttribute("aria-invalid")).isEqualTo("true");
        rectification().findElement(By.cssSelector("textarea[name=text]")).sendKeys("电话回访王芳：已看到补充的办理说明，表示满意。");
        rectification().findElement(By.cssSelector("form[action*='/follow-up'] button")).click();
        checked();
        assertThat(errorSummary()).isEmpty();
        assertThat(text("main")).doesNotContain("要跑的部门说明不清楚");
        signOut();

        signIn("citizen", PASSWORD);
        visit(application);
        assertThat(text("#reply")).contains("已在办事指南中补充各部门的办理说明");
        visit("/me/applications");
        assertThat(text("main")).contains("开办餐饮店", "部门已就您对“开办餐饮店”的评价作出整改答复");
    }

    /** The department administrator's card of the rectification that the citizen's poor rating opened. */
    private WebElement rectification() {
        return browser.findElements(By.cssSelector("main .card")).stream()
                .filter(card -> card.getText().contains("要跑的部门说明不清楚")).findFirst().orElseThrow();
    }

    @Test
    void onAPhoneTheApplicationAndTheQueueFitTheScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        signIn("applicant", PASSWORD);
        for (String path : List.of("/apply/370200-YJS-0001", "/me/applications", "/cases/statistics")) {
            visit(path);
            fits(path);
        }
        visit("/me/applications");
        follow(browser.findElements(By.cssSelector("ul.results > li > a")).get(0).getText());
        fits(path());
        signOut();
        signIn("officer", PASSWORD);
        visit("/cases/queue");
        fits("/cases/queue");
        press("main table a");
        fits(path());
    }

    private void fits(String path) {
        assertThat((Boolean) browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no horizontal scrolling on %s at 390 px", path).isTrue();
    }
}
