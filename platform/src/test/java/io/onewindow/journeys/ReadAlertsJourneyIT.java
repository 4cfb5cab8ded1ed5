package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.testing.browser.BrowserJourney;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ReadAlertsJourneyIT extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDataBureauMarksAReadLimitAlertHandledWithANoteAndFindsItAmongTheHandledOnes() {
        UUID alert = UUID.randomUUID();
        // As the hourly limit leaves it when an officer reads beyond it.
        jdbc.sql("""
                        insert into identity.read_alert (id, account_id, username, actor_name, raised_at, reads)
                        values (?, ?, ?, ?, ?, 301)""")
                .params(alert, UUID.randomUUID(), "o" + alert.toString().substring(0, 8), "邵明远", Timestamp.from(Instant.now()))
                .update();

        signIn("dataadmin", "onewindow2026");
        visit("/registers/read-alerts");
        type("note-" + alert, "已约谈，系集中清理积压件");
        press("form[action='/registers/read-alerts/" + alert + "/handled'] button");

        assertThat(text(".notice.success")).isEqualTo("提醒已标记为已处理");
        assertThat(text("#handled-alerts")).contains("邵明远", "已约谈，系集中清理积压件", "dataadmin");
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("form[action='/registers/read-alerts/" + alert + "/handled']")))
                .isEmpty();
    }
}
