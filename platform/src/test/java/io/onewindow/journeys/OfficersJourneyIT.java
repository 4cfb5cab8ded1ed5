package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.identity.Departments;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.testing.Persons;
import io.onewindow.testing.browser.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

class OfficersJourneyIT extends BrowserJourney {

    @Autowired
    People people;

    @Autowired
    Departments departments;

    @Test
    void aDepartmentAdministratorAppointsAnOfficerAfterCorrectingTheFormAndDismissesThem() {
        PersonView newcomer = people.register(Persons.aShinanResident());
        var department = departments.findByCode("qd-xzsp").orElseThrow();
        int before = departments.officersOf(department.id()).size();

        signIn("deptadmin", "onewindow2026");
        follow("青岛市行政审批服务局");
        assertThat(heading()).isEqualTo("青岛市行政审批服务局的工作人员");

        type("citizenId", newcomer.citizenId().value());
        type("name", "别人");
        type("title", "");
        browser.findElement(By.cssSelector("input[name=roles][value=OFFICER]")).click();
        type("scopeDivision", "370300");
        press("form[action$='/officers'] button.button");
        assertThat(errorSummary()).containsExactly(
                "姓名与该身份证号码登记的姓名不一致", "此项必须填写", "请至少选择一个角色", "该地区不在山东省 > 青岛市范围内");
        assertThat(errorSummaryAsShown()).as("each problem names its field").containsExactly(
                "姓名：姓名与该身份证号码登记的姓名不一致", "职务：此项必须填写", "角色：请至少选择一个角色", "办事范围：该地区不在山东省 > 青岛市范围内");
        assertThat(departments.officersOf(department.id())).hasSize(before);

        type("name", newcomer.name());
        type("title", "窗口受理员");
        browser.findElement(By.cssSelector("input[name=roles][value=OFFICER]")).click();
        type("scopeDivision", "370202");
        press("form[action$='/officers'] button.button");
        assertThat(text(".notice.success")).isEqualTo("已任命");
        assertThat(text("tbody")).contains(newcomer.name(), "窗口受理员");
        assertThat(departments.officersOf(department.id())).hasSize(before + 1);

        browser.findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.getText().contains(newcomer.name()))
                .findFirst().orElseThrow()
                .findElement(By.cssSelector("a[href$='/dismissal']")).click();
        checked();
        assertThat(heading()).isEqualTo("免去这位工作人员的职务吗？");
        assertThat(text(".summary")).contains(newcomer.name(), "窗口受理员", "青岛市行政审批服务局");
        follow("取消，返回");
        assertThat(departments.officersOf(department.id())).as("nothing happens before it is confirmed").hasSize(before + 1);

        browser.findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.getText().contains(newcomer.name()))
                .findFirst().orElseThrow()
                .findElement(By.cssSelector("a[href$='/dismissal']")).click();
        press("button.button.warning");
        assertThat(text(".notice.success")).isEqualTo("已免职");
        assertThat(departments.officersOf(department.id())).hasSize(before);
    }
}
