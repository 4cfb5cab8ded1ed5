package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.testing.Persons;
import io.onewindow.testing.browser.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

class EnterpriseJourneyIT extends BrowserJourney {

    @Autowired
    People people;

    @Test
    void aLegalRepresentativeAuthorisesAnAgentWithdrawsThemAgainAndShowsTheEnterpriseCode() {
        PersonView agent = people.register(Persons.aShinanResident());

        signIn("enterprise", "onewindow2026");
        follow("青岛海岸线信息技术有限公司");
        assertThat(text(".summary")).contains("统一社会信用代码", "李强", "信息传输、软件和信息技术服务业");

        type("citizenId", agent.citizenId().value());
        type("name", "不是本人");
        press("form[action$='/agents'] button.button");
        // Whether the number is registered at all is not said: only that the pair names nobody.
        assertThat(errorSummary()).containsExactly("身份证号码与姓名不匹配任何登记人员，请核对后重新填写");
        assertThat(text("main")).doesNotContain(agent.name() + " " + agent.maskedCitizenId());

        type("name", agent.name());
        press("form[action$='/agents'] button.button");
        assertThat(text(".notice.success")).isEqualTo("已授权经办人");
        assertThat(text("main")).contains(agent.name() + " " + agent.maskedCitizenId());

        // 撤销授权: the representative withdraws the agent again.
        press("form[action$='/agents/" + agent.id() + "/withdraw'] button");
        assertThat(text(".notice.success")).isEqualTo("已撤销经办人授权");
        assertThat(text("main")).doesNotContain(agent.name() + " " + agent.maskedCitizenId());

        follow("一企一码");
        assertThat(heading()).isEqualTo("一企一码");
        assertThat(text("#digits")).matches("\\d{8}");
        assertThat(browser.findElements(By.cssSelector(".qr svg"))).hasSize(1);
    }
}
