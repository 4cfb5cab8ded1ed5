package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.testing.browser.BrowserJourney;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class AuditorJourneyIT extends BrowserJourney {

    @Test
    void anAuditorFindsLoginsByActorOpensOneAndExportsItAndTheSearchIsRecordedToo() throws Exception {
        signIn("officer", "onewindow2026");
        signOut();

        signIn("auditor", "onewindow2026");
        follow("留痕记录查询");
        type("actor", "officer");
        type("action", "identity.account.signed-in");
        type("from", "2026-11-30");
        type("to", "2026-11-01");
        press("button[name=search]");
        assertThat(errorSummary()).containsExactly("结束日期不能早于开始日期");

        type("from", "");
        type("to", "");
        press("button[name=search]");
        assertThat(text("main h2")).matches("共\\d+条");
        assertThat(text("tbody tr:first-child")).contains("登录", "赵敏 (officer)", "青岛市行政审批服务局", "账户")
                .as("what an action concerned is named in words, not by an id").doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");

        browser.findElement(By.cssSelector("tbody tr:first-child a")).click();
        checked();
        assertThat(heading()).isEqualTo("登录");
        String exportHref = browser.findElement(By.linkText("下载记录（供离线核验）")).getAttribute("href");
        String session = browser.manage().getCookieNamed("SESSION").getValue();
        HttpResponse<String> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(exportHref))
                .header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains("\"format\":\"onewindow-audit-record/1\"", "\"salt\":", "\"action\":\"identity.account.signed-in\"");

        visit("/audit/records?search=1&action=audit.records");
        assertThat(text("tbody")).as("the auditor's own searches are on record").contains("查询留痕记录", "孙丽 (auditor)");
    }
}
