package io.onewindow.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.core.Ordered;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * What a browser gets from the portal's pages: no session for a visitor who has not signed in, assets at
 * addresses that carry a hash of their content and may be kept for a year, page links that are never
 * looked up as files, and idempotency keys only in forms that change something. The sign-in page is the
 * exception to the first: its form's CSRF token is kept in a session (Spring Security's default token
 * repository), so that a sign-in cannot be forged from another site.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalPagesTests {

    static final String SESSION_COOKIE = "SESSION";

    @Autowired
    MockMvc mvc;

    @Autowired
    ResourceUrlProvider resourceUrls;

    @Autowired
    List<HandlerMapping> handlerMappings;

    @Test
    void visitorsWhoHaveNotSignedInGetTheHomePageAndSearchResultsWithoutASession() throws Exception {
        for (MockHttpServletRequestBuilder page : List.of(get("/"), get("/search").param("q", "营业执照"))) {
            MockHttpServletResponse response = mvc.perform(page).andExpect(status().isOk()).andReturn().getResponse();

            assertThat(response.getCookie(SESSION_COOKIE)).isNull();
            assertThat(response.getHeaders("Set-Cookie")).noneMatch(cookie -> cookie.startsWith(SESSION_COOKIE + "="));
        }
    }

    @Test
    void aVisitorIsOfferedEveryWayInAndSomeoneSignedInOnlyTheirOwnEachOfWhichOpens() throws Exception {
        assertThat(page("/").select("ul.cards h3 a").eachAttr("href"))
                .containsExactly("/citizen", "/enterprise", "/officer", "/data-admin", "/auditor", "/admin");

        for (String username : List.of("citizen", "deptadmin", "auditor")) {
            Document home = Jsoup.parse(mvc.perform(get("/").with(httpBasic(username, "onewindow2026"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
            List<String> ways = home.select("ul.cards h3 a").eachAttr("href");
            assertThat(ways).as(username).isNotEmpty().doesNotContain("/admin");
            assertThat(home.select("ul.cards p").eachText()).as(username).hasSameSizeAs(ways).noneMatch(String::isBlank);
            for (String way : ways) {
                mvc.perform(get(way).with(httpBasic(username, "onewindow2026"))).andExpect(status().isOk());
            }
        }
    }

    @Test
    void theLanguageSwitchKeepsThePageAndItsQueryAndNeverWritesTheHostAClientClaimed() throws Exception {
        String page = mvc.perform(get("/search?q={q}", "社保").header("Host", "evil.example"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(page).contains("href=\"/search?q=%E7%A4%BE%E4%BF%9D&amp;lang=en\"").doesNotContain("evil.example");
    }

    @Test
    void pagesLinkTheirStylesheetAndIconByContentHashAndThoseAddressesAreCachedForAYear() throws Exception {
        Document home = page("/");
        String stylesheet = home.selectFirst("link[rel=stylesheet]").attr("href");
        String icon = home.selectFirst("link[rel=icon]").attr("href");

        assertThat(stylesheet).matches("/css/onewindow-[0-9a-f]{32}\\.css");
        assertThat(icon).matches("/images/favicon-[0-9a-f]{32}\\.svg");
        mvc.perform(get(stylesheet)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"))
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
        mvc.perform(get(icon)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
    }

    @Test
    void pageLinksAreNeverLookedUpAmongTheStaticFiles() {
        AntPathMatcher paths = new AntPathMatcher();
        for (String link : List.of("/", "/search", "/citizen", "/login", "/register", "/me/data-use", "/services/1100-01")) {
            assertThat(resourceUrls.getHandlerMap().keySet()).as(link).noneMatch(pattern -> paths.match(pattern, link));
        }
        assertThat(resourceUrls.getForLookupPath("/js/receipt.js")).matches("/js/receipt-[0-9a-f]{32}\\.js");
    }

    // Spring MVC asks its handler mappings in their order, and the controllers' lookup, given an address it
    // has no exact entry for, tries every controller's mapping before giving up.
    @Test
    void anAssetsAddressIsGivenToTheAssetsHandlerBeforeAnyControllerMappingIsTried() {
        int assets = handlerMappings.stream()
                .filter(mapping -> mapping instanceof SimpleUrlHandlerMapping urls && urls.getUrlMap().containsKey("/css/**"))
                .mapToInt(mapping -> ((Ordered) mapping).getOrder()).findFirst().orElseThrow();

        assertThat(handlerMappings).filteredOn(RequestMappingInfoHandlerMapping.class::isInstance).isNotEmpty()
                .allSatisfy(controllers -> assertThat(((Ordered) controllers).getOrder()).isGreaterThan(assets));
    }

    @Test
    void theSearchFormCarriesNoIdempotencyKeyWhileTheSignInFormDoes() throws Exception {
        Document search = page("/search?q=" + "license");
        Document signIn = page("/login");

        assertThat(search.select("form[method=get]")).isNotEmpty()
                .allSatisfy(form -> assertThat(form.select("input[name=_idempotency]")).isEmpty());
        assertThat(signIn.select("form[method=post]")).isNotEmpty()
                .allSatisfy(form -> assertThat(form.select("input[name=_idempotency]").attr("value")).hasSizeGreaterThanOrEqualTo(8));
    }

    @Test
    void aSearchThatFindsNothingOffersTheHotlineToCallInTheReadersLanguage() throws Exception {
        Document chinese = page("/search?q=" + URLEncoder.encode("火星移民签证", StandardCharsets.UTF_8));
        Document english = page("/search?q=" + URLEncoder.encode("火星移民签证", StandardCharsets.UTF_8) + "&lang=en");
        Document found = page("/search?q=" + URLEncoder.encode("营业执照", StandardCharsets.UTF_8));

        assertThat(chinese.select("main h2").text()).endsWith("共0条");
        assertThat(chinese.select("a[href=tel:12345]").text()).isEqualTo("不知道该办哪一项？拨打 12345 政务服务便民热线，有人帮您找。");
        assertThat(english.select("a[href=tel:12345]").text()).startsWith("Not sure which service you need? Call the 12345");
        assertThat(found.select("a[href=tel:12345]")).as("not when the search found something").isEmpty();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
