package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.testing.browser.BrowserJourney;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoAccountsJourneyIT extends BrowserJourney {

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            "citizen, /citizen, 王芳，您好",
            "enterprise, /enterprise, 企业工作台",
            "officer, /officer, 工作人员工作台",
            "deptadmin, /dept-admin, 部门管理",
            "dataadmin, /data-admin, 大数据局工作台",
            "auditor, /auditor, 审计监督工作台",
            "admin, /admin, 系统管理工作台"})
    void eachDemoAccountLogsInAndLandsOnItsWorkbench(String username, String workbench, String title) {
        signIn(username, "onewindow2026");

        assertThat(path()).isEqualTo(workbench);
        assertThat(heading()).isEqualTo(title);

        signOut();
        assertThat(path()).startsWith("/");
        assertThat(browser.findElements(org.openqa.selenium.By.linkText("登录"))).isNotEmpty();
    }
}
