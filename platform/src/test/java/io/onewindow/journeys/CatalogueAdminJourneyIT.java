package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.catalogue.EntryState;
import io.onewindow.catalogue.ServiceCatalogue;
import io.onewindow.testing.browser.BrowserJourney;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

class CatalogueAdminJourneyIT extends BrowserJourney {

    @Autowired
    ServiceCatalogue catalogue;

    @Test
    void aDepartmentAdministratorDraftsPublishesAndRetiresAnItemCorrectingAFieldOnTheWay() {
        String code = "370200-XZSP-XK-" + ThreadLocalRandom.current().nextInt(1000, 9999);

        signIn("deptadmin", "onewindow2026");
        visit("/dept-admin");
        follow("待发布的办事指南");
        assertThat(heading()).isEqualTo("事项目录管理");
        follow("新增事项");
        type("code", code);
        choose("type", "ADMINISTRATIVE_LICENCE");
        type("name", "旅馆业特种行业许可");
        type("nameEn", "Hotel business special trade licence");
        type("summary", "开办旅馆取得特种行业许可证。");
        type("summaryEn", "A licence to run a hotel.");
        type("whoMayApply", "拟开办旅馆的企业和个体工商户。");
        type("whoMayApplyEn", "Businesses opening a hotel.");
        type("conditions", "房屋符合治安、消防要求，有安全管理制度。");
        type("conditionsEn", "Safe premises and security rules.");
        type("legalBasis", "《旅馆业治安管理办法》第四条");
        type("statutoryDays", "5");
        type("promisedDays", "10");
        type("fee", "0");
        type("trips", "0");
        browser.findElement(org.openqa.selenium.By.cssSelector("input[name=audiences][value=ENTERPRISE]")).click();
        type("outcomeName", "特种行业许可证");
        type("outcomeNameEn", "Special trade licence");
        type("materials", "business-licence | 营业执照 | Business licence | ORIGINAL | 1 | required | BUSINESS_LICENCE |\n"
                + "floor-plan | 旅馆平面图 | Floor plan | ORIGINAL | 1 | required | |");
        type("keywords", "开旅馆，开民宿");
        press("#save");

        assertThat(errorSummary()).containsExactly("承诺时限不能超过法定时限（5个工作日）");
        assertThat(catalogue.find(code)).isEmpty();

        type("promisedDays", "3");
        press("#save");
        assertThat(text(".notice.success")).isEqualTo("草稿已保存");
        assertThat(heading()).isEqualTo("旅馆业特种行业许可");

        press("#publish");
        assertThat(text(".notice.success")).isEqualTo("已发布");
        assertThat(catalogue.find(code)).hasValueSatisfying(item -> {
            assertThat(item.version()).isEqualTo(1);
            assertThat(item.promisedDays()).isEqualTo(3);
            assertThat(item.materials().get(0).satisfiedByLicenceType()).isEqualTo("BUSINESS_LICENCE");
        });
        follow("查看指南");
        assertThat(heading()).isEqualTo("旅馆业特种行业许可");
        assertThat(text("main")).contains("用您的电子证照“营业执照”代替", "旅馆平面图", "《旅馆业治安管理办法》第四条");

        browser.navigate().back();
        press("#retire");
        assertThat(text(".notice.success")).isEqualTo("事项已停用");
        assertThat(catalogue.find(code)).isEmpty();
        assertThat(catalogue.find(code, 1)).hasValueSatisfying(v -> assertThat(v.state()).isEqualTo(EntryState.RETIRED));
        visit("/services/" + code + "?version=1");
        assertThat(text("main")).contains("这是本指南的第1版，已不再适用于新的申请。");
    }

    @Test
    void editingAPublishedItemStartsANewVersionWhileTheOldOneStaysOnTheSite() {
        signIn("dataadmin", "onewindow2026");
        browser.manage().window().setSize(new Dimension(390, 844));
        visit("/data-admin");
        follow("政务服务事项目录");
        int before = catalogue.find("370200-XZSP-XK-0006").orElseThrow().version();
        visit("/services/370200-XZSP-XK-0006");
        assertThat(text("main")).as("the guide as read before the edit").contains("承诺5个工作日办结").doesNotContain("查看现行版本");
        visit("/catalogue/admin/items/370200-XZSP-XK-0006");
        press("#new-draft");
        assertThat(text(".notice.success")).isEqualTo("已生成新版本草稿");
        type("promisedDays", "3");
        press("#save");
        press("#publish");

        assertThat(catalogue.find("370200-XZSP-XK-0006").orElseThrow().version()).isEqualTo(before + 1);
        assertThat(catalogue.find("370200-XZSP-XK-0006", before)).hasValueSatisfying(v -> assertThat(v.promisedDays()).isEqualTo(5));
        visit("/services/370200-XZSP-XK-0006");
        assertThat(text("main")).as("the guide read again shows the new version, with the old one in its history")
                .contains("承诺3个工作日办结", "第" + before + "版");
        visit("/services/370200-XZSP-XK-0006?version=" + before);
        assertThat(text("main")).contains("承诺5个工作日办结", "查看现行版本");
        assertThat((Boolean) browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
    }
}
