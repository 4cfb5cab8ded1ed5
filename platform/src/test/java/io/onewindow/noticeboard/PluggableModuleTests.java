package io.onewindow.noticeboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.http.PublicPaths;
import io.onewindow.portal.Navigation;
import io.onewindow.portal.SearchSource;
import io.onewindow.portal.WorkbenchCards;
import io.onewindow.runtime.DemoData;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A module plugs in from inside its own package: the notice board (which only the tests have) brings a
 * page, a workbench card with a count, a navigation entry, a search source, a message bundle, a Flyway
 * folder and demo data, and the platform shows all of them although no other module names it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PluggableModuleTests {

    static final String DATA_ADMIN = "Basic " + Base64.getEncoder().encodeToString("dataadmin:onewindow2026".getBytes());

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Notices notices;

    @Autowired
    JdbcClient jdbc;

    @Test
    void itsPageIsServedToEveryoneFromItsOwnTemplateAndTable() throws Exception {
        Document page = page("/notices", null);

        assertThat(page.select("h1").text()).isEqualTo("通知公告");
        assertThat(page.select("main li").eachText()).contains("关于公共数据开放目录更新的公告", "政务服务大厅春节期间办公时间调整的通知");
    }

    @Test
    void itsNavigationEntryIsOnEveryPageInTheReadersLanguage() throws Exception {
        assertThat(page("/", null).select("nav.site-nav a[href=/notices]").text()).isEqualTo("通知公告");
        assertThat(page("/login?lang=en", null).select("nav.site-nav a[href=/notices]").text()).isEqualTo("Notices");
    }

    @Test
    void itsCardIsOnTheDataBureausWorkbenchWithItsCount() throws Exception {
        Document workbench = page("/data-admin", DATA_ADMIN);

        var card = workbench.select("li.card:has(a[href=/notices])");
        assertThat(card.select("h2").text()).isEqualTo("通知公告");
        assertThat(card.select(".figure").text()).isEqualTo(notices.count() + " 条公告");
        assertThat(card.select("p:not(.figure)").text()).isEqualTo("各部门发布的通知公告");
    }

    @Test
    void thePortalsSearchFindsItsNotices() throws Exception {
        Document results = page("/search?q=春节", null);

        assertThat(results.select("ul.results li").eachText())
                .anySatisfy(hit -> assertThat(hit).contains("公告", "政务服务大厅春节期间办公时间调整的通知"));
    }

    @Test
    void itsDemoDataIsSeededOnceThroughItsAuditedServiceAndNotAgainOnARestart() throws Exception {
        long before = notices.count();
        ApplicationRunner seeder = context.getBean("demoDataSeeder", ApplicationRunner.class);
        ApplicationArguments none = new DefaultApplicationArguments();

        seeder.run(none);

        assertThat(notices.count()).isEqualTo(before).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select count(*) from runtime.demo_data where name = 'noticeboard.notices'").query(Long.class).single())
                .isOne();
        assertThat(jdbc.sql("select count(*) from audit.record where action = 'noticeboard.notice.posted'").query(Long.class).single())
                .as("each demo notice is an audited action").isGreaterThanOrEqualTo(2);
    }

    @Test
    void badInputThatItsPageLetsThroughIsAnsweredWithItsMessageAndChangesNothing() throws Exception {
        long before = notices.count();

        String html = mvc.perform(post("/notices").param("title", " ").header("Authorization", DATA_ADMIN).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("main .lead").text()).isEqualTo("有1处填写有误");
        assertThat(page.select("main ul.problems li").eachText()).containsExactly("请填写公告标题");
        assertThat(notices.count()).isEqualTo(before);
        String english = mvc.perform(post("/notices").param("title", "").param("lang", "en").header("Authorization", DATA_ADMIN)
                .with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(english).select("main ul.problems li").eachText()).containsExactly("Give the notice a title");
    }

    @Test
    void everyContributionComesFromInsideTheModulesOwnPackage() {
        for (Class<?> point : List.of(PublicPaths.class, Navigation.class, WorkbenchCards.class, SearchSource.class, DemoData.class)) {
            assertThat(context.getBeansOfType(point).values()).as(point.getSimpleName())
                    .anySatisfy(bean -> assertThat(bean.getClass().getName()).startsWith(getClass().getPackageName() + "."));
        }
        for (String resource : List.of("templates/noticeboard/notices.html", "i18n/noticeboard.properties",
                "i18n/noticeboard_en.properties", "db/migration/noticeboard/V1__notice.sql")) {
            assertThat(getClass().getClassLoader().getResource(resource)).as(resource).isNotNull();
        }
    }

    private Document page(String path, String authorization) throws Exception {
        var request = get(path);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
