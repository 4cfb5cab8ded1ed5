package io.onewindow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The cases API as an integrator meets it, with the demo city's accounts: filing a bundle twice with the same
 * Idempotency-Key files it once; an officer's action without the reason the law wants, or from the wrong
 * state, is refused as problem+json; the lifecycle runs to a rating; the API is in the OpenAPI document.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicationsApiTests {

    static final String BUNDLE = """
            {"code": "370200-YJS-0001", "answers": {"shopName": "海边饺子", "businessAddress": "青岛市市南区香港中路28号",
             "businessScope": "餐饮服务", "floorArea": 75, "signText": "海边饺子", "signSize": "3米×1米"}}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSameIdempotencyKeyTwiceFilesOneApplication() throws Exception {
        long before = jdbc.sql("select count(*) from cases.case_file").query(Long.class).single();
        String first = mvc.perform(post("/api/v1/applications").with(httpBasic("applicant", "onewindow2026"))
                        .header("Idempotency-Key", "bundle-once-0001").contentType(MediaType.APPLICATION_JSON).content(BUNDLE))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("BUNDLE"))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.cases.length()").value(4))
                .andReturn().getResponse().getContentAsString();
        String second = mvc.perform(post("/api/v1/applications").with(httpBasic("applicant", "onewindow2026"))
                        .header("Idempotency-Key", "bundle-once-0001").contentType(MediaType.APPLICATION_JSON).content(BUNDLE))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<String>read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
        assertThat(jdbc.sql("select count(*) from cases.case_file").query(Long.class).single()).isEqualTo(before + 4);
    }

    @Test
    void theAnswerToAFilingIsWhatReadingTheApplicationBackGivesInBothLanguages() throws Exception {
        for (String language : new String[] {"zh-CN", "en"}) {
            String filed = mvc.perform(post("/api/v1/applications").with(httpBasic("applicant", "onewindow2026"))
                            .header("Accept-Language", language).contentType(MediaType.APPLICATION_JSON).content(BUNDLE))
                    .andExpect(status().isCreated())
                    .andReturn().getResponse().getContentAsString();
            String read = mvc.perform(get("/api/v1/applications/" + JsonPath.<String>read(filed, "$.id"))
                            .with(httpBasic("applicant", "onewindow2026")).header("Accept-Language", language))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();

            assertThat(filed).as("filed in " + language).isEqualTo(read);
            assertThat(JsonPath.<List<?>>read(filed, "$.cases[*].timeline[*]")).hasSize(4);
        }
    }

    @Test
    void anApplicationWithoutACodeOrForAnUnknownOneIsRefusedWithTheFieldAndFilesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from cases.application").query(Long.class).single();
        for (String body : List.of("{}", "{\"item\": \"370200-YJS-0001\"}", "{\"code\": \"  \"}")) {
            mvc.perform(post("/api/v1/applications").with(httpBasic("applicant", "onewindow2026")).header("Accept-Language", "en")
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.errors[0].field").value("code"))
                    .andExpect(jsonPath("$.errors[0].message").value("Give the code of the service or bundle to apply for, e.g. 370200-YJS-0001"));
        }
        mvc.perform(post("/api/v1/applications").with(httpBasic("applicant", "onewindow2026"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"370200-NONE-0000\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("找不到可申请的事项“370200-NONE-0000”"));
        assertThat(jdbc.sql("select count(*) from cases.application").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void myApplicationsComeAPageAtATimeNewestFirstWithLinksToTheNextAndPreviousPage() throws Exception {
        List<String> filed = new java.util.ArrayList<>();
        for (String shop : List.of("一号烧烤", "二号烧烤", "三号烧烤")) {
            String answer = mvc.perform(post("/api/v1/applications").with(httpBasic("applicant", "onewindow2026"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"code\": \"370200-XZSP-XK-0003\", \"answers\": {\"shopName\": \"" + shop
                                    + "\", \"businessAddress\": \"青岛市市北区台东一路2号\", \"signText\": \"" + shop + "\", \"signSize\": \"4米×1米\"}}"))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            filed.add(0, JsonPath.read(answer, "$.id"));
        }

        mvc.perform(get("/api/v1/me/applications?size=2").with(httpBasic("applicant", "onewindow2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains(filed.get(0), filed.get(1))))
                .andExpect(header().stringValues("Link", "</api/v1/me/applications?page=1&size=2>; rel=\"next\""));
        mvc.perform(get("/api/v1/me/applications?page=1&size=2").with(httpBasic("applicant", "onewindow2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(filed.get(2)))
                .andExpect(header().stringValues("Link", org.hamcrest.Matchers.hasItem("</api/v1/me/applications?page=0&size=2>; rel=\"prev\"")));
        long mine = jdbc.sql("select count(*) from cases.application where account_id = (select account_id from cases.application where id = ?)")
                .param(java.util.UUID.fromString(filed.get(0))).query(Long.class).single();
        mvc.perform(get("/api/v1/me/applications").with(httpBasic("applicant", "onewindow2026")))
                .andExpect(jsonPath("$.length()").value((int) Math.min(mine, 20)));
        mvc.perform(get("/api/v1/me/applications?size=0&page=-3").with(httpBasic("applicant", "onewindow2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains(filed.get(0))));
    }

    @Test
    void theMyApplicationsPageListsTwentyAtATimeWithLinksToOlderAndNewer() throws Exception {
        String newest = null;
        for (int i = 0; i < 21; i++) {
            String answer = mvc.perform(post("/api/v1/applications").with(httpBasic("applicant", "onewindow2026"))
                            .contentType(MediaType.APPLICATION_JSON).content(BUNDLE))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            newest = JsonPath.read(answer, "$.id");
        }

        String first = mvc.perform(get("/me/applications").with(httpBasic("applicant", "onewindow2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("/applications/" + newest, "href=\"/me/applications?page=1\">下一页</a>").doesNotContain("上一页");
        assertThat(first.split("<a href=\"/applications/", -1)).as("twenty applications and the notices' links").hasSizeGreaterThan(20);
        String second = mvc.perform(get("/me/applications?page=1&lang=en").with(httpBasic("applicant", "onewindow2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("href=\"/me/applications?page=0\">Previous page</a>");
        assertThat(second.substring(0, second.indexOf("<nav class=\"pagination\""))).as("the newest is listed on the first page only")
                .doesNotContain("/applications/" + newest + "\"");
    }

    @Test
    void myApplicationsListTheNewestFirstWithEachCasesDepartmentTimelineAndRatingAndTheQueueNamesDepartments() throws Exception {
        String filed = signPermit("台东烧烤", "青岛市市北区台东一路2号");
        String caseId = JsonPath.read(filed, "$.cases[0].id");
        String application = JsonPath.read(filed, "$.id");
        mvc.perform(get("/api/v1/cases").with(httpBasic("officer", "onewindow2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + caseId + "')].department").value(org.hamcrest.Matchers.contains("青岛市行政审批服务局")))
                .andExpect(jsonPath("$[?(@.id == '" + caseId + "')].timeline[*]").isEmpty());
        refuse(caseId, "位置不符合户外招牌设置规划");
        mvc.perform(post("/api/v1/applications/{id}/rating", application).with(httpBasic("applicant", "onewindow2026"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"level\": 4}"))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/me/applications").with(httpBasic("applicant", "onewindow2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(application))
                .andExpect(jsonPath("$[0].status").value("ENDED"))
                .andExpect(jsonPath("$[0].rating").value(4))
                .andExpect(jsonPath("$[0].cases[0].department").value("青岛市行政审批服务局"))
                .andExpect(jsonPath("$[0].cases[0].decision").value("REJECTED"))
                .andExpect(jsonPath("$[0].cases[0].reviewBy").exists())
                .andExpect(jsonPath("$[0].cases[0].timeline[*].action").value(org.hamcrest.Matchers.contains(
                        "SUBMIT", "ACCEPT", "START_REVIEW", "REJECT", "CONCLUDE")))
                .andExpect(jsonPath("$[0].cases[0].timeline[3].reason").value("位置不符合户外招牌设置规划"));
    }

    @Test
    void theApplicantsPageOfARefusedApplicationSaysWhyAndUntilWhenToAppealInBothLanguages() throws Exception {
        String filed = signPermit("八大关茶社", "青岛市市南区居庸关路5号");
        String application = JsonPath.read(filed, "$.id");
        refuse(JsonPath.read(filed, "$.cases[0].id"), "招牌跨越历史建筑立面");
        String reviewBy = JsonPath.read(mvc.perform(get("/api/v1/applications/{id}", application).with(httpBasic("applicant", "onewindow2026")))
                .andReturn().getResponse().getContentAsString(), "$.cases[0].reviewBy");

        String chinese = mvc.perform(get("/applications/{id}", application).with(httpBasic("applicant", "onewindow2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String english = mvc.perform(get("/applications/{id}?lang=en", application).with(httpBasic("applicant", "onewindow2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(chinese).contains("不予许可的理由：招牌跨越历史建筑立面", reviewBy);
        assertThat(english).contains("Refused because: 招牌跨越历史建筑立面", reviewBy);
    }

    @Test
    void anOfficerActsThroughTheApiAndTheLawsReasonsAndStatesAreEnforced() throws Exception {
        String filed = mvc.perform(post("/api/v1/applications").with(httpBasic("applicant", "onewindow2026"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "370200-XZSP-XK-0003", "answers": {"shopName": "栈桥海鲜", "businessAddress": "青岛市市南区太平路1号",
                                 "signText": "栈桥海鲜", "signSize": "5米×1米"}}"""))
                .andExpect(status().isCreated()).andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString();
        String caseId = JsonPath.read(filed, "$.cases[0].id");
        String application = JsonPath.read(filed, "$.id");

        mvc.perform(post("/api/v1/cases/{id}/reject", caseId).with(httpBasic("officer", "onewindow2026"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"位置不符合规划\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("error.cases.illegal-transition"));
        mvc.perform(post("/api/v1/cases/{id}/refuse", caseId).with(httpBasic("officer", "onewindow2026"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("error.cases.reason-required"));
        mvc.perform(post("/api/v1/cases/{id}/accept", caseId).with(httpBasic("scjg-officer", "onewindow2026")))
                .andExpect(status().isForbidden());
        for (String action : List.of("accept", "start-review", "reject", "conclude")) {
            mvc.perform(post("/api/v1/cases/{id}/{action}", caseId, action).with(httpBasic("officer", "onewindow2026"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"位置不符合户外招牌设置规划\"}"))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/applications/{id}", application).with(httpBasic("applicant", "onewindow2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ENDED"))
                .andExpect(jsonPath("$.cases[0].decision").value("REJECTED"))
                .andExpect(jsonPath("$.cases[0].reviewBy").exists())
                .andExpect(jsonPath("$.cases[0].timeline.length()").value(5));
        mvc.perform(post("/api/v1/applications/{id}/rating", application).with(httpBasic("applicant", "onewindow2026"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"level\": 1, \"comment\": \"没有说明可以去哪里设置\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rectificationDueOn").exists());
        mvc.perform(post("/api/v1/applications/{id}/rating", application).with(httpBasic("applicant", "onewindow2026"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"level\": 5}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/applications/{id}", application).with(httpBasic("officer", "onewindow2026")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiIsInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/applications'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/applications/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me/applications'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/{action}'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/applications/{id}/rating'].post").exists());
    }

    /** Files, as the applicant, a permit for a shop sign (one case of 行政审批局), and gives the answer. */
    private String signPermit(String shop, String address) throws Exception {
        return mvc.perform(post("/api/v1/applications").with(httpBasic("applicant", "onewindow2026"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "370200-XZSP-XK-0003", "answers": {"shopName": "%s", "businessAddress": "%s",
                                 "signText": "%s", "signSize": "4米×1米"}}""".formatted(shop, address, shop)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    /** The officer accepts, reviews and refuses (不予许可) the case for {@code reason}, then concludes it. */
    private void refuse(String caseId, String reason) throws Exception {
        for (String action : List.of("accept", "start-review", "reject", "conclude")) {
            mvc.perform(post("/api/v1/cases/{id}/{action}", caseId, action).with(httpBasic("officer", "onewindow2026"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"" + reason + "\"}"))
                    .andExpect(status().isOk());
        }
    }
}
