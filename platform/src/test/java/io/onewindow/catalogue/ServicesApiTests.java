package io.onewindow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The catalogue as integrators and the portal's search box meet it: public, paged, filtered, in the OpenAPI document. */
@SpringBootTest
@AutoConfigureMockMvc
class ServicesApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anyoneSearchesTheCatalogueWithoutSigningInAndGetsAPageOfSummaries() throws Exception {
        mvc.perform(get("/api/v1/services").param("q", "开饭店").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].code").value("370200-YJS-0001"))
                .andExpect(jsonPath("$.items[0].name").value("开办餐饮店"))
                .andExpect(jsonPath("$.items[0].kind").value("BUNDLE"))
                .andExpect(jsonPath("$.items[0].department").value("青岛市行政审批服务局"))
                .andExpect(jsonPath("$.items[0].promisedDays").value(5))
                .andExpect(jsonPath("$.items[0].trips").value(1))
                .andExpect(jsonPath("$.items[0].feeFen").value(0))
                .andExpect(jsonPath("$.size").value(5));
    }

    @Test
    void filtersByAudienceDepartmentLevelAndEventAndPagesThroughEverything() throws Exception {
        mvc.perform(get("/api/v1/services").param("department", "qd-ga").param("event", "TRAVEL").param("audience", "PERSON"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].departmentCode").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("qd-ga"))))
                .andExpect(jsonPath("$.items[*].code").value(org.hamcrest.Matchers.hasItem("370200-GA-XK-0002")));
        mvc.perform(get("/api/v1/services").param("level", "county"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(6))
                .andExpect(jsonPath("$.items[*].departmentCode").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.startsWith("sn-"))));
        String first = mvc.perform(get("/api/v1/services").param("size", "50")).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(get("/api/v1/services").param("size", "50").param("page", "1")).andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(first, "$.total")).isGreaterThanOrEqualTo(67);
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(second, "$.items[*].code"))
                .doesNotContainAnyElementsOf(com.jayway.jsonpath.JsonPath.<List<String>>read(first, "$.items[*].code"));
    }

    // The layout names the page's section "content": a model attribute of that name was the page's own markup.
    @Test
    void theBundleEditorShowsTheBundlesOwnDocument() throws Exception {
        String page = mvc.perform(get("/catalogue/admin/items/370200-YJS-0001")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(
                                "dataadmin", "onewindow2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String content = org.jsoup.Jsoup.parse(page).selectFirst("textarea[name=content]").text();

        assertThat(content).startsWith("{").contains("370200-YJS-0001").doesNotContain("<section", "th:");
    }

    @Test
    void aPageFarPastTheLastIsEmptyNotAnError() throws Exception {
        for (String page : new String[] {"2147483647", "21474836", "10001"}) {
            mvc.perform(get("/api/v1/services").param("q", "证").param("page", page).param("size", "100"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items").isEmpty());
            mvc.perform(get("/api/v1/services").param("page", page).param("size", "100"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items").isEmpty());
        }
    }

    @Test
    void anItemsGuideCarriesItsMaterialsSeamAndItsFormForTheCasesThatFileAgainstIt() throws Exception {
        mvc.perform(get("/api/v1/services/370200-ZJJ-GF-0001"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("370200-ZJJ-GF-0001"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.state").value("PUBLISHED"))
                .andExpect(jsonPath("$.departmentCode").value("qd-zjj"))
                .andExpect(jsonPath("$.statutoryDays").value(3))
                .andExpect(jsonPath("$.legalBasis[0].law").value("《住房公积金管理条例》"))
                .andExpect(jsonPath("$.legalBasis[0].article").value("第二十四条"))
                .andExpect(jsonPath("$.materials[0].satisfiedByData").value("POPULATION"))
                .andExpect(jsonPath("$.materials[2].satisfiedByLicenceType").value("REAL_ESTATE_CERTIFICATE"))
                .andExpect(jsonPath("$.form.schema['$schema']").value("https://json-schema.org/draft/2020-12/schema"))
                .andExpect(jsonPath("$.form.pages[0].questions[0].prefill").value("person.name"));
        mvc.perform(get("/api/v1/services/370200-YJS-0002").param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members.length()").value(4))
                .andExpect(jsonPath("$.sharedQuestions[0].key").value("babyName"));
    }

    @Test
    void aGuideReadInOneLanguageIsThenShownInTheOtherInThatOneWholly() throws Exception {
        for (String code : List.of("370200-XZSP-XK-0001", "370200-YJS-0001")) {
            for (int round = 0; round < 2; round++) {
                org.jsoup.nodes.Document zh = Jsoup.parse(mvc.perform(get("/services/" + code)).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString());
                org.jsoup.nodes.Document en = Jsoup.parse(mvc.perform(get("/services/" + code).param("lang", "en"))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

                assertThat(zh.select("main a.button").text()).as(code).matches("(在线申请|一次申请全部事项)");
                assertThat(en.select("main a.button").text()).as(code).startsWith("Apply");
                assertThat(zh.select("main h2").eachText()).as(code).isNotEmpty().allMatch(ServicesApiTests::chinese);
                assertThat(en.select("main h2").eachText()).as(code).isNotEmpty().noneMatch(ServicesApiTests::chinese);
                assertThat(en.select("main a").eachAttr("href")).as(code).contains("/apply/" + code);
            }
        }
    }

    private static boolean chinese(String text) {
        return text.chars().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff);
    }

    @Test
    void anUnknownCodeOrVersionIsAProblemInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/services/370200-NONE-0000").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value("There is no service with the code 370200-NONE-0000"));
        mvc.perform(get("/api/v1/services/370200-ZJJ-GF-0001").param("version", "99")).andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDocumentDescribesTheCatalogueApi() throws Exception {
        String document = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(document).contains("\"/api/v1/services\"", "\"/api/v1/services/{code}\"", "Search the published catalogue");
    }

    @Test
    void thePortalsSearchShowsServicesBeforeTheDepartmentsThatOfferThem() throws Exception {
        String html = mvc.perform(get("/search").param("q", "市场监督")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> kinds = Jsoup.parse(html).select("ul.results li .kind").eachText();

        assertThat(kinds).contains("办事", "部门");
        assertThat(kinds.indexOf("办事")).isLessThan(kinds.indexOf("部门"));
        assertThat(kinds.lastIndexOf("办事")).isLessThan(kinds.indexOf("部门"));
    }
}
