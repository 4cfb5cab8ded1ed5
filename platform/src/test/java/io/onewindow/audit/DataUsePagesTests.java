package io.onewindow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.audit.internal.RecordStore;
import io.onewindow.identity.Departments;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.audit.Actor;
import io.onewindow.kernel.audit.PersonalDataAccessed;
import io.onewindow.kernel.audit.Trace;
import java.time.Instant;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A department system's read of a citizen's data for another department's case review shows, on "who used my
 * data", on the receipt and in the auditor's record, the department it was read for, by name in the reader's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "onewindow.audit.integrate=false")
class DataUsePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RecordStore records;

    @Autowired
    Departments departments;

    @Autowired
    UserDetailsService accounts;

    UserDetails citizen;
    UUID readForMarketRegulation;
    UUID readForNobody;

    @BeforeEach
    void populationRegisterReadTwiceByThePoliceSystem() {
        citizen = accounts.loadUserByUsername("citizen");
        var police = departments.findByCode("qd-ga").orElseThrow();
        UUID market = departments.findByCode("qd-scjg").orElseThrow().id();
        Actor system = new Actor(null, "system:population", "人口库共享接口", null, police.id(), police.name());
        readForMarketRegulation = read(new Trace(UUID.randomUUID(), Instant.now(), system, null), market);
        readForNobody = read(new Trace(UUID.randomUUID(), Instant.now().minusSeconds(60), system, null), null);
    }

    @Test
    void whoUsedMyDataNamesTheDepartmentTheDataWasReadForInEitherLanguage() throws Exception {
        Document zh = page("/me/data-use", citizen, "zh-CN");
        Document en = page("/me/data-use", citizen, "en");

        assertThat(row(zh, readForMarketRegulation)).contains("青岛市公安局", "为青岛市市场监督管理局查阅");
        assertThat(row(en, readForMarketRegulation)).contains("Read for Qingdao Administration for Market Regulation");
        assertThat(row(zh, readForNobody)).contains("青岛市公安局").doesNotContain("查阅");
        assertThat(row(en, readForNobody)).doesNotContain("Read for");
    }

    @Test
    void theReceiptAndTheAuditorsRecordNameItToo() throws Exception {
        UserDetails auditor = accounts.loadUserByUsername("auditor");

        assertThat(page("/receipts/" + readForMarketRegulation, citizen, "zh-CN").select("#receipt-summary").text())
                .contains("为其查阅的部门 青岛市市场监督管理局");
        assertThat(page("/audit/records/" + readForMarketRegulation, auditor, "en").select("dl.summary").text())
                .contains("Read for Qingdao Administration for Market Regulation");
        assertThat(page("/audit/records/" + readForNobody, auditor, "en").select("dl.summary").text()).doesNotContain("Read for");
    }

    private UUID read(Trace trace, UUID forDepartment) {
        records.record(trace, new PersonalDataAccessed(((CurrentUser.Holder) citizen).account().personId(), "exchange.population", "service-application", forDepartment,
                trace).audit());
        return trace.id();
    }

    private Document page(String path, UserDetails account, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(account)).param("lang", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static String row(Document page, UUID record) {
        return page.select("tr:has(a[href$=" + record + "])").text();
    }
}
