package io.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.audit.internal.RecordStore;
import io.onewindow.identity.Departments;
import io.onewindow.identity.People;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.audit.Actor;
import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Trace;
import io.onewindow.testing.Persons;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What every request passes through holds when tried as an attacker would: a forged X-Forwarded-For moves
 * nothing, a session cookie always needs its CSRF token, oversized bodies are refused, and the operations
 * endpoints are the administrator's.
 */
// A real server as well, for what only a real connection can send (a chunked body with no declared length).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestPropertySource(properties = "onewindow.http.trusted-proxies=10.0.0.0/8")
class RequestHardeningTests {

    static final String DATA_ADMIN = "Basic " + Base64.getEncoder().encodeToString("dataadmin:onewindow2026".getBytes());
    static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:onewindow2026".getBytes());
    static final String AUDITOR = "Basic " + Base64.getEncoder().encodeToString("auditor:onewindow2026".getBytes());
    static final String CITIZEN = "Basic " + Base64.getEncoder().encodeToString("citizen:onewindow2026".getBytes());

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    People people;

    @Autowired
    RecordStore records;

    @Autowired
    Departments departments;

    @LocalServerPort
    int port;

    @Test
    void aForgedForwardedForFromAClientThatIsNoProxyDoesNotMoveTheLoginLockToAnotherAddress() throws Exception {
        mvc.perform(post("/login").with(csrf()).with(from("192.0.2.10")).header("X-Forwarded-For", "203.0.113.99")
                .param("username", "nobody-" + System.nanoTime()).param("password", "wrong-password-1"));

        assertThat(failuresOf("addr:192.0.2.10")).as("counted against the real address").isOne();
        assertThat(failuresOf("addr:203.0.113.99")).as("nothing against the forged one").isZero();
    }

    @Test
    void behindATrustedProxyTheClientIsTheRightMostAddressTheProxyWrote() throws Exception {
        // The client forged the first entry; the proxy (10.1.2.3) appended the address it saw.
        mvc.perform(post("/login").with(csrf()).with(from("10.1.2.3")).header("X-Forwarded-For", "203.0.113.77, 198.51.100.7")
                .param("username", "nobody-" + System.nanoTime()).param("password", "wrong-password-1"));

        assertThat(failuresOf("addr:198.51.100.7")).isOne();
        assertThat(failuresOf("addr:203.0.113.77")).isZero();
        assertThat(failuresOf("addr:10.1.2.3")).isZero();
    }

    @Test
    void aPostRidingOnASessionCookieNeedsTheCsrfTokenEvenWithAnAuthorizationHeader() throws Exception {
        Cookie session = signedIn("dataadmin");
        long before = people.count();

        mvc.perform(post("/api/v1/persons").cookie(session).header("Authorization", DATA_ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(aPerson()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/persons").cookie(session).contentType(MediaType.APPLICATION_JSON).content(aPerson()))
                .andExpect(status().isForbidden());

        assertThat(people.count()).isEqualTo(before);
        mvc.perform(post("/api/v1/persons").header("Authorization", DATA_ADMIN).contentType(MediaType.APPLICATION_JSON).content(aPerson()))
                .andExpect(status().isCreated());
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedWith413AndStoresNothing() throws Exception {
        long before = people.count();
        String padding = "x".repeat((1 << 20) + 10);

        mvc.perform(post("/api/v1/persons").header("Authorization", DATA_ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + padding + "\"}"))
                .andExpect(status().is(413))
                .andExpect(jsonPath("$.status").value(413));

        assertThat(people.count()).isEqualTo(before);
    }

    @Test
    void aForgedForwardedHostFromAClientThatIsNoProxyDoesNotChangeTheLinksThePlatformWrites() throws Exception {
        String catalogue = mvc.perform(get("/api/v1/exchange/catalogue.jsonld").with(from("192.0.2.10"))
                        .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(catalogue).contains("\"http://localhost/api/v1/exchange/catalogue.jsonld\"").doesNotContain("evil.example", "https://");
    }

    @Test
    void behindATrustedProxyTheLinksThePlatformWritesUseTheHostAndSchemeTheProxyWasAskedFor() throws Exception {
        String catalogue = mvc.perform(get("/api/v1/exchange/catalogue.jsonld").with(from("10.1.2.3"))
                        .header("X-Forwarded-Host", "services.qingdao.example").header("X-Forwarded-Proto", "https"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(catalogue).contains("\"https://services.qingdao.example/api/v1/exchange/catalogue.jsonld\"")
                .doesNotContain("localhost");
    }

    @Test
    void aFormOverOneMebibyteIsRefusedWith413AndStoresNothing() throws Exception {
        String code = "rh-big-" + UUID.randomUUID().toString().substring(0, 8);

        mvc.perform(post("/registers/departments").header("Authorization", DATA_ADMIN)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(aDepartmentForm(code) + "&note=" + "x".repeat((1 << 20) + 10)))
                .andExpect(status().is(413));

        assertThat(departments.findByCode(code)).isEmpty();
    }

    @Test
    void aFormSentInChunksWithNoDeclaredLengthIsRefusedWith413OnceItPassesOneMebibyteAndStoresNothing() throws Exception {
        String code = "rh-chunked-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] form = (aDepartmentForm(code) + "&note=" + "x".repeat((1 << 20) + (1 << 19))).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/registers/departments"))
                .header("Authorization", DATA_ADMIN).header("Content-Type", MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                // A body of unknown length goes out chunked, with no Content-Length.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.request().headers().firstValue("Content-Length")).isEmpty();
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(departments.findByCode(code)).isEmpty();
    }

    // Left to the container, such an address was a server error in the log, with the parameter's value in it.
    @Test
    void anAddressWhoseQueryDoesNotDecodeIsRefusedWith400AndNothingOfItIsEchoed() throws Exception {
        for (String query : new String[] {"value=37020219900101123%E4", "value=370202199001011234%ZZ", "value=3702%"}) {
            String answer = rawGet("/api/v1/validation/citizen-id?" + query);

            assertThat(answer).as(query).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("malformed-query");
            assertThat(answer.substring(answer.indexOf("\r\n\r\n"))).as(query).doesNotContain("3702");
        }
        assertThat(rawGet("/api/v1/services?q=%E5%BC%80%E9%A5%AD%E5%BA%97+%E6%80%8E%E4%B9%88")).startsWith("HTTP/1.1 200");
    }

    /** The answer to a GET sent as written: {@link URI} and the HTTP client refuse to send a broken escape. */
    private String rawGet(String target) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aJsonBodySentInChunksWithNoDeclaredLengthIsRefusedWith413AndStoresNothing() throws Exception {
        long before = people.count();
        byte[] body = ("{\"name\": \"" + "x".repeat((1 << 20) + 10) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/persons"))
                .header("Authorization", DATA_ADMIN).header("Content-Type", MediaType.APPLICATION_JSON_VALUE)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(people.count()).isEqualTo(before);
    }

    @Test
    void anAuditSearchFromADateAfterItsEndDateSaysSoInTheReadersLanguage() throws Exception {
        for (var language : java.util.Map.of("zh", "结束日期不能早于开始日期", "en", "The end date cannot be before the start date").entrySet()) {
            String page = mvc.perform(get("/audit/records").param("search", "").param("from", "2026-03-01").param("to", "2026-02-01")
                            .param("lang", language.getKey()).header("Authorization", AUDITOR))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(language.getKey()).contains(language.getValue());
        }
    }

    @Test
    void anAuditExportFromADateAfterItsEndDateSendsTheAuditorBackToTheSearchThatSaysWhy() throws Exception {
        mvc.perform(get("/audit/records.csv").param("from", "2026-03-01").param("to", "2026-02-01").header("Authorization", AUDITOR))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern("/audit/records?search&*"));
    }

    @Test
    void theModuleStructureAndTheMetricsAnswerTheAdministratorAndNobodyElseAndNameNoPath() throws Exception {
        for (String endpoint : java.util.List.of("/actuator/modulith", "/actuator/prometheus")) {
            mvc.perform(get(endpoint).header("Authorization", ADMIN)).andExpect(status().isOk());
            for (String someoneElse : java.util.List.of(CITIZEN, AUDITOR, DATA_ADMIN)) {
                var refused = mvc.perform(get(endpoint).header("Authorization", someoneElse)).andReturn().getResponse();
                assertThat(refused.getStatus()).as(endpoint).isIn(401, 403, 404);
                assertThat(refused.getContentAsString()).as(endpoint).doesNotContain("/work", "/home", "/tmp", "/opt", ".jar", "io.onewindow");
            }
            var anonymous = mvc.perform(get(endpoint)).andReturn().getResponse();
            assertThat(anonymous.getStatus()).as(endpoint).isIn(401, 403, 404);
            assertThat(anonymous.getContentAsString()).as(endpoint).doesNotContain("/work", "/home", "/tmp", "/opt", ".jar", "io.onewindow");
            Cookie citizenSession = mvc.perform(post("/login").with(csrf()).param("username", "citizen").param("password", "onewindow2026"))
                    .andReturn().getResponse().getCookie("SESSION");
            var signedIn = mvc.perform(get(endpoint).cookie(citizenSession)).andReturn().getResponse();
            assertThat(signedIn.getStatus()).as(endpoint).isIn(401, 403, 404);
            assertThat(signedIn.getContentAsString()).as(endpoint).doesNotContain("/work", "/home", "/tmp", "/opt", ".jar", "io.onewindow");
        }
    }

    @Test
    void metricsAndTheModuleStructureAreForTheAdministratorOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", CITIZEN)).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/modulith").header("Authorization", CITIZEN)).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header("Authorization", ADMIN)).andExpect(status().isOk());
    }

    @Test
    void healthSaysUpToEveryoneAndShowsItsDetailsAndPathsOnlyToTheAdministrator() throws Exception {
        String anonymous = mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String citizen = mvc.perform(get("/actuator/health").header("Authorization", CITIZEN)).andReturn().getResponse().getContentAsString();
        String admin = mvc.perform(get("/actuator/health").header("Authorization", ADMIN)).andReturn().getResponse().getContentAsString();

        assertThat(anonymous).contains("\"status\":\"UP\"").doesNotContain("components", "diskSpace", "path");
        assertThat(citizen).doesNotContain("components", "path");
        assertThat(admin).contains("components", "db");
    }

    /** The session cookie a browser gets when the user signs in. */
    private Cookie signedIn(String username) throws Exception {
        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "onewindow2026"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).as("a session cookie").isNotNull();
        mvc.perform(get("/workbench").cookie(session)).andExpect(status().is3xxRedirection());
        return session;
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private long failuresOf(String key) {
        return jdbc.sql("select coalesce(sum(events), 0) from identity.throttle where throttle_key = ?").param(key)
                .query(Long.class).single();
    }

    private static String aDepartmentForm(String code) {
        return "code=" + code + "&name=" + URLEncoder.encode("青岛市崂山区测试局", StandardCharsets.UTF_8)
                + "&nameEn=Laoshan+Test+Bureau&level=COUNTY&divisionCode=370212";
    }

    private static String aPerson() {
        return """
                {"citizenId": "%s", "name": "%s", "phone": "%s", "divisionCode": "370202001001"}"""
                .formatted(Persons.citizenIdFrom("370202"), Persons.aName(), Persons.aMobile());
    }

    @Test
    void anAuditExportNeutralisesEveryCellASpreadsheetWouldRunAsAFormula() throws Exception {
        Actor forged = new Actor(UUID.randomUUID(), "=HYPERLINK(\"https://evil.example\",\"x\")", "+cmd|' /C calc'!A0",
                Role.OFFICER, null, "@SUM(1,2)");
        records.record(new Trace(UUID.randomUUID(), Instant.now(), forged, "-2+3"),
                AuditFacts.of("test.csv.exported", "thing", "\t=1+1"));

        String csv = mvc.perform(get("/audit/records.csv").param("action", "test.csv.exported").header("Authorization", AUDITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(csv).contains("'=HYPERLINK(", "'+cmd|", "'@SUM(1,2)", "'-2+3", "'\t=1+1")
                .doesNotContain(",=HYPERLINK", ",+cmd", ",@SUM", ",-2+3");
    }

    @Test
    void aBadDateOrDepartmentInAnAuditExportSendsTheAuditorBackToTheSearchWithTheFieldNamed() throws Exception {
        mvc.perform(get("/audit/records.csv").param("department", "not-a-uuid").header("Authorization", AUDITOR))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/audit/records").param("search", "").param("department", "not-a-uuid")
                .header("Authorization", AUDITOR)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("请从列表中选择部门");
    }

    @Test
    void theTextSizeSwitchGoesBackOnlyToAPageOfThisSiteNeverToAnotherOne() throws Exception {
        for (String elsewhere : java.util.List.of("https://evil.example/", "//evil.example/", "/\\evil.example/", "javascript:alert(1)")) {
            mvc.perform(get("/preferences/text-size").param("size", "large").param("back", elsewhere))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/"));
        }
        mvc.perform(get("/preferences/text-size").param("size", "large").param("back", "/services?q=x"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/services?q=x"));
        mvc.perform(get("/preferences/text-size").param("size", "large").param("back", "/search?q={x}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/search?q={x}"));
        // A Location header is ASCII: Tomcat left out one holding Chinese, and the browser stayed on an empty redirect.
        mvc.perform(get("/preferences/text-size").param("size", "large").param("back", "/search?q=社保 卡"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/search?q=%E7%A4%BE%E4%BF%9D%20%E5%8D%A1"));
        mvc.perform(get("/preferences/text-size").param("size", "large").param("back", "/search\r\nSet-Cookie: x=1"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/"));
    }

    // Each was a server error (500): the redirect read the identifier's braces as a URI template.
    @Test
    void aLicenceIdentifierWithBracesTypedIntoTheVerifyFormIsLookedUpAsTyped() throws Exception {
        mvc.perform(get("/verify").param("identifier", "{x}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/verify/%7Bx%7D"));
    }

    @Test
    void aControlCharacterInAQueryOrAFormFieldIsRefusedWith400BeforeAnythingRuns() throws Exception {
        mvc.perform(get("/audit/records").param("search", "").param("actor", "a\u0000b").header("Authorization", AUDITOR))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/login").with(csrf()).param("username", "citizen\u0000").param("password", "onewindow2026"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/search").param("q", "营业执照\t办理\r\n")).andExpect(status().isOk());
    }

    @Test
    void aNulInAJsonStringIsRefusedWith400InTheReadersLanguageAndFilesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from cases.application").query(Long.class).single();
        String body = """
                {"code": "370200-XZSP-XK-0003", "answers": {"shopName": "空字符\\u0000海鲜",
                 "businessAddress": "青岛市市南区太平路1号", "signText": "空字符海鲜", "signSize": "5米×1米"}}""";
        for (var language : java.util.Map.of("zh-CN", "无法保存的控制字符", "en", "cannot be stored").entrySet()) {
            mvc.perform(post("/api/v1/applications").header("Authorization", "Basic " + Base64.getEncoder()
                                    .encodeToString("applicant:onewindow2026".getBytes())).header("Accept-Language", language.getKey())
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("error.unstorable-text"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(language.getValue())));
        }
        assertThat(jdbc.sql("select count(*) from cases.application").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aJsonBodyThatDoesNotFitNamesTheFieldAndWhatItShouldHoldInBothLanguagesAndStoresNothing() throws Exception {
        record Case(String body, String field, String zh, String en) {
        }
        long before = people.count();
        List<Case> cases = List.of(
                new Case("{\"citizenId\": [1], \"name\": \"张三\"}", "citizenId", "citizenId：应为文字", "citizenId: must be text"),
                new Case("{\"expression\": \"age >= 80\", \"amount\": \"yes\"}", "amount", "amount：应为是或否（true 或 false）",
                        "amount: must be true or false"),
                new Case("{\"expression\": \"age >= 80\", \"amount\": false, \"audience\": \"DOG\"}", "audience",
                        "audience：应为以下之一：PERSON, ENTERPRISE", "audience: must be one of PERSON, ENTERPRISE"));
        for (Case c : cases) {
            String path = c.field().equals("citizenId") ? "/api/v1/persons" : "/api/v1/rules/check";
            for (var language : Map.of("zh-CN", c.zh(), "en", c.en()).entrySet()) {
                mvc.perform(post(path).header("Authorization", DATA_ADMIN).header("Accept-Language", language.getKey())
                                .contentType(MediaType.APPLICATION_JSON).content(c.body()))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.errors[0].field").value(c.field()))
                        .andExpect(jsonPath("$.errors[0].message").value(language.getValue()))
                        .andExpect(jsonPath("$.detail").value(language.getValue()));
            }
        }
        mvc.perform(post("/api/v1/persons").header("Authorization", DATA_ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"citizenId\": \"x\",\n \"name\": }"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.body.malformed-at"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("请求内容不是有效的 JSON（第2行")));
        mvc.perform(post("/api/v1/persons").header("Authorization", DATA_ADMIN).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The request has no content: send it as JSON"));

        assertThat(people.count()).isEqualTo(before);
    }

    @Test
    void refusalsNoHandlerWroteAreProblemJsonInTheCallersLanguageAndAnAnonymousRefusalCreatesNoSession() throws Exception {
        record Refusal(String method, String path, String authorization, String language, String contentType, int status, String detail) {
        }
        List<Refusal> refusals = List.of(
                new Refusal("GET", "/api/v1/cases", null, "zh-CN", null, 401, "请先登录：以会话、HTTP Basic 或访问令牌提供凭据"),
                new Refusal("GET", "/api/v1/cases", "Basic " + Base64.getEncoder().encodeToString("citizen:wrong-password".getBytes()),
                        "en", null, 401, "Sign in first: send a session, HTTP Basic or an access token"),
                new Refusal("GET", "/api/v1/cases", CITIZEN, "en", null, 403, "You may not do this"),
                new Refusal("GET", "/api/v1/no-such-thing", DATA_ADMIN, "zh-CN", null, 404, "此地址没有可用的内容"),
                new Refusal("DELETE", "/api/v1/divisions", null, "en", null, 405, "This address does not take DELETE requests (it takes: GET)"),
                new Refusal("POST", "/api/v1/rules/check", null, "zh-CN", "text/plain", 415, "不接受内容类型 text/plain;charset=UTF-8：请以 JSON 发送"));
        for (Refusal refusal : refusals) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + refusal.path()))
                    .header("Accept-Language", refusal.language())
                    .method(refusal.method(), refusal.contentType() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString("age >= 80"));
            if (refusal.authorization() != null) {
                request.header("Authorization", refusal.authorization());
            }
            if (refusal.contentType() != null) {
                request.header("Content-Type", refusal.contentType() + ";charset=UTF-8");
            }
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(refusal.toString()).isEqualTo(refusal.status());
            assertThat(response.headers().firstValue("Content-Type")).as(refusal.toString()).hasValue(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(response.body()).as(refusal.toString()).contains("\"detail\":\"" + refusal.detail() + "\"")
                    .contains("\"status\":" + refusal.status()).doesNotContain("Exception", "trace");
            if (refusal.authorization() == null) {
                assertThat(response.headers().allValues("Set-Cookie")).as(refusal + ": no session for a refused call").isEmpty();
            }
        }
    }

    @Test
    void aQueryParameterThatDoesNotConvertIsAFieldErrorSayingWhatItShouldBe() throws Exception {
        for (var language : Map.of("zh-CN", "page：应为整数", "en", "page: must be a whole number").entrySet()) {
            mvc.perform(get("/api/v1/services").param("q", "公积金").param("page", "abc").header("Accept-Language", language.getKey()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("page"))
                    .andExpect(jsonPath("$.errors[0].message").value(language.getValue()));
        }
    }

    @Test
    void aPageNumberFarBeyondTheLastGivesAnEmptyPageNotAnError() throws Exception {
        mvc.perform(get("/me/data-use").param("page", "44000000").header("Authorization", CITIZEN)).andExpect(status().isOk());
        mvc.perform(get("/audit/records").param("search", "").param("actor", "admin").param("page", "44000000")
                .header("Authorization", AUDITOR)).andExpect(status().isOk());
    }
}
