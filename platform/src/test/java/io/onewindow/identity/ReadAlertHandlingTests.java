package io.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The data bureau marks a read-limit alert handled (已处理) with a note: it leaves the open count on the workbench and
 * the open list, and is listed among the handled ones with who handled it; the action is audited; twice is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(PublishedEventsExtension.class)
class ReadAlertHandlingTests {

    static final String DATA_ADMIN = "Basic " + java.util.Base64.getEncoder().encodeToString("dataadmin:onewindow2026".getBytes());

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aHandledAlertLeavesTheOpenCountAndIsListedWithItsNoteAndWhoHandledIt(AssertablePublishedEvents events) throws Exception {
        UUID alert = anAlert("曲晓峰");
        long open = openCount();

        String answer = mvc.perform(post("/registers/read-alerts/" + alert + "/handled").with(csrf()).header("Authorization", DATA_ADMIN)
                        .param("note", "已核实：集中办理积压件"))
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(answer).isEqualTo("/registers/read-alerts");
        assertThat(openCount()).isEqualTo(open - 1);
        assertThat(jdbc.sql("select resolved_by from identity.read_alert where id = :id").param("id", alert).query(String.class).single())
                .isEqualTo("dataadmin");
        String page = mvc.perform(get("/registers/read-alerts").header("Authorization", DATA_ADMIN))
                .andReturn().getResponse().getContentAsString();
        String openList = page.substring(0, page.indexOf("已处理的提醒"));
        assertThat(openList).doesNotContain(alert.toString());
        assertThat(page.substring(page.indexOf("已处理的提醒"))).contains("曲晓峰", "已核实：集中办理积压件", "dataadmin");
        assertThat(mvc.perform(get("/registers/read-alerts").param("lang", "en").header("Authorization", DATA_ADMIN))
                .andReturn().getResponse().getContentAsString()).contains("Handled alerts", "Mark as handled");
        assertThat(mvc.perform(get("/data-admin").header("Authorization", DATA_ADMIN)).andReturn().getResponse().getContentAsString())
                .containsPattern("个人信息查询超限提醒</a></h2>\\s*<p class=\"figure\">\\s*<span>" + openCount() + "</span>");
        assertThat(events).contains(ReadAlertHandled.class).matching(h -> h.alertId().equals(alert) && h.note().equals("已核实：集中办理积压件"));

        assertThat(mvc.perform(post("/registers/read-alerts/" + alert + "/handled").with(csrf()).header("Authorization", DATA_ADMIN))
                .andReturn().getResponse().getStatus()).as("handled once").isEqualTo(422);
    }

    @Test
    void anOpenAlertOffersToBeMarkedHandled() throws Exception {
        UUID alert = anAlert("孟庆安");

        String page = mvc.perform(get("/registers/read-alerts").header("Authorization", DATA_ADMIN))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("/registers/read-alerts/" + alert + "/handled", "标记为已处理");
    }

    private UUID anAlert(String officer) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into identity.read_alert (id, account_id, username, actor_name, raised_at, reads)
                        values (?, ?, ?, ?, ?, 301)""")
                .params(id, UUID.randomUUID(), "o" + id.toString().substring(0, 8), officer, Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    private long openCount() {
        return jdbc.sql("select count(*) from identity.read_alert where resolved_at is null").query(Long.class).single();
    }
}
