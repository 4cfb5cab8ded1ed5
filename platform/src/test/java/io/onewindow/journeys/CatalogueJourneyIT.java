package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.testing.browser.BrowserJourney;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

class CatalogueJourneyIT extends BrowserJourney {

    @Test
    void aCitizenWhoTypesKaiFanDianOnTheHomePageFindsOpeningARestaurantAndReadsItsGuide() {
        visit("/");
        type("q", "开饭店");
        press("form[role=search] button");

        assertThat(firstResult()).isEqualTo("开办餐饮店");
        follow("开办餐饮店");
        assertThat(heading()).isEqualTo("开办餐饮店");
        assertThat(text("main")).contains("个体工商户设立登记", "食品经营许可", "公共场所卫生许可", "户外招牌设置", "只需填一次的信息",
                "店铺名称（字号）", "承诺5个工作日办结");
        assertThat(browser.findElement(By.linkText("一次申请全部事项")).getAttribute("href")).endsWith("/apply/370200-YJS-0001");

        follow("食品经营许可");
        assertThat(heading()).isEqualTo("食品经营许可");
        String guide = text("main");
        assertThat(guide).contains("谁可以申请", "办理条件", "需要准备的材料", "经营设施设备布局和操作流程图", "不用再交的材料",
                "用您的电子证照“营业执照”代替", "承诺5个工作日办结", "（法定时限10个工作日）", "不收费", "不见面办理",
                "《中华人民共和国食品安全法》第三十五条", "《食品经营许可和备案管理办法》第二十六条");
        assertThat(browser.findElement(By.linkText("在线申请")).getAttribute("href")).endsWith("/apply/370200-XZSP-XK-0001");
    }

    @Test
    void theGuideReadsInEnglishAndBrowsingTheMenusServicesByLifeEventFindsTheBirthBundle() {
        visit("/services/370200-ZJJ-GF-0001?lang=en");
        assertThat(heading()).isEqualTo("Withdrawing housing provident fund");
        assertThat(text("main")).contains("Who can apply", "Done within 1 working days", "Free", "Apply online");

        visit("/?lang=zh-CN");
        follow("办事服务");
        assertThat(heading()).isEqualTo("办事服务");
        follow("出生");
        assertThat(resultTitles()).contains("出生一件事", "出生登记", "出生医学证明签发");
        follow("出生一件事");
        assertThat(text("main")).contains("出生医学证明签发", "出生登记", "城乡居民基本医疗保险参保登记", "社会保障卡申领", "新生儿姓名");
    }

    @Test
    void onAPhoneTheSearchAndTheGuidesFitTheScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String path : List.of("/", "/search?q=" + URLEncoder.encode("开饭店", StandardCharsets.UTF_8), "/services",
                "/services?q=" + URLEncoder.encode("公积金 怎么取", StandardCharsets.UTF_8), "/services/370200-YJS-0001",
                "/services/370200-XZSP-XK-0001", "/services/370200-GA-XK-0002?lang=en")) {
            visit(path);
            assertThat((Boolean) browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no horizontal scrolling on %s at 390 px", path).isTrue();
        }
        visit("/services?lang=zh-CN&q=" + URLEncoder.encode("换驾照", StandardCharsets.UTF_8));
        assertThat(resultTitles().get(0)).isEqualTo("机动车驾驶证换证");
    }

    private String firstResult() {
        return browser.findElements(By.cssSelector("ul.results li a")).get(0).getText();
    }

    private List<String> resultTitles() {
        return browser.findElements(By.cssSelector("ul.results li > a")).stream().map(WebElement::getText).toList();
    }
}
