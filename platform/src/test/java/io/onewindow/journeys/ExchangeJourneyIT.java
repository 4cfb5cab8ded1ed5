package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.identity.Accounts;
import io.onewindow.identity.Departments;
import io.onewindow.identity.NewAccount;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.testing.Persons;
import io.onewindow.testing.browser.BrowserJourney;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 民政局 asks 公安局 for three items of the population register for 低保 checks; 公安局 grants two; 民政局's
 * system, with its client credentials, gets exactly those two, masked, and is refused the third; another
 * department's system, an unknown purpose and a revoked grant get nothing; the citizen sees 民政局's query
 * under "who used my data", and a read made for 市场监管局's review named as such.
 */
class ExchangeJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "onewindow2026";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    People people;

    @Autowired
    Accounts accounts;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    Departments departments;

    @Autowired
    AuditedActions actions;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void civilAffairsGetsTheTwoItemsThePoliceGrantedMaskedAndTheCitizenSeesTheQuery() throws Exception {
        PersonView citizen = people.register(Persons.aShinanResident());
        String username = "resident" + ThreadLocalRandom.current().nextInt(100000, 999999);
        accounts.open(new NewAccount(username, citizen.citizenId().value(), "citizen-password-1", false));

        visit("/exchange?q=" + URLEncoder.encode("人口", StandardCharsets.UTF_8));
        follow("人口基础信息");
        assertThat(heading()).isEqualTo("人口基础信息");
        assertThat(text("main")).contains("有条件共享", "青岛市公安局", "1-01-01-01", "公民身份号码");

        signIn("minzheng", PASSWORD);
        visit("/exchange/resources/POPULATION");
        press("#apply");
        press("#submit");
        assertThat(errorSummary()).contains("此项必须填写", "请至少选择一个信息项");
        choose("purpose", "social-assistance");
        type("scenario", "低保申请审核时核对申请人身份和联系方式");
        type("legalBasis", "《社会救助暂行办法》第十一条、第五十三条");
        browser.findElement(By.id("item-citizenId")).click();
        browser.findElement(By.id("item-name")).click();
        browser.findElement(By.id("item-phone")).click();
        press("#submit");
        assertThat(text(".notice.success")).isEqualTo("申请已提交");
        assertThat(text("#state")).isEqualTo("待答复");
        assertThat(text("main")).contains("剩余10个工作日");
        String request = path();
        visit("/exchange/requests");
        signOut();

        signIn("gongan", PASSWORD);
        visit("/workbench");
        visit(request);
        browser.findElement(By.id("grant-phone")).click();
        type("reason", "联系电话不属于身份核对所必需的信息项。");
        press("#grant");
        assertThat(text(".notice.success")).isEqualTo("已准予共享");
        assertThat(text("#granted")).isEqualTo("公民身份号码、姓名");

        String token = token("qd-mzj-system", "qd-mzj-secret");
        HttpResponse<String> served = records(token, citizen.citizenId().value(), "social-assistance", null);
        assertThat(served.statusCode()).isEqualTo(200);
        JsonNode record = JSON.readTree(served.body()).get("records").get(0);
        assertThat(iterable(record.propertyNames())).containsExactly("citizenId", "name");
        assertThat(record.get("citizenId").asString()).isEqualTo(citizen.maskedCitizenId());
        assertThat(record.get("name").asString()).isEqualTo(citizen.name().charAt(0) + "*".repeat(citizen.name().length() - 1));

        assertRefused(records(token, citizen.citizenId().value(), "social-assistance", "phone"), 403, "error.exchange.item-not-granted");
        assertRefused(records(token("qd-jyj-system", "qd-jyj-secret"), citizen.citizenId().value(), "social-assistance", null), 403,
                "error.exchange.no-grant");
        assertRefused(records(token, citizen.citizenId().value(), "curiosity", null), 403, "error.exchange.query-purpose-unknown");
        assertThat(records("not-a-token", citizen.citizenId().value(), "social-assistance", null).statusCode()).isEqualTo(401);

        visit("/exchange/usage");
        assertThat(text("#usage")).contains("人口基础信息", "青岛市民政局");
        visit("/exchange/grants");
        WebGrant.revoke(browser, "青岛市民政局", "低保核对已完成。");
        checked();
        assertThat(text(".notice.success")).isEqualTo("授权已撤销");
        assertRefused(records(token, citizen.citizenId().value(), "social-assistance", null), 403, "error.exchange.grant-revoked");
        signOut();

        // The population register read for 市场监管局's review of the citizen's application (once-only materials).
        transactions.executeWithoutResult(status -> actions.accessed(citizen.id(), "exchange.population", "case-review",
                departments.findByCode("qd-scjg").orElseThrow().id()));
        signIn(username, "citizen-password-1");
        visit("/me/data-use");
        assertThat(text("main")).contains("青岛市民政局", "社会救助审核", "为青岛市市场监督管理局查阅");
        browser.findElement(By.xpath("//tr[contains(., '青岛市民政局')]//a[contains(@href, '/receipts/')]")).click();
        checked();
        assertThat(text("main")).as("the receipt names the data read").contains("人口基础信息", "查看个人信息")
                .doesNotContain("exchange.population", "personal-data.accessed");
        visit("/me/data-use");

        // 民政局's marriage register has the citizen's registration date wrong; the citizen flags it, 民政局 corrects it.
        jdbc.sql("insert into exchange.record (resource_code, subject, person_id, seq, data) values ('MARRIAGE', ?, ?, 1, ?::jsonb)")
                .params(citizen.citizenId().value(), citizen.id(), "{\"citizenId\": \"" + citizen.citizenId().value()
                        + "\", \"status\": \"已婚\", \"spouseName\": \"李明\", \"registeredOn\": \"2018-05-20\"}")
                .update();
        // A system flags a value only under a grant that covers the item, and the answer holds no value of the record.
        assertRefused(flag(token("qd-jyj-system", "qd-jyj-secret"), "MARRIAGE", citizen.citizenId().value(), "registeredOn"), 403,
                "error.exchange.no-grant");
        jdbc.sql("insert into exchange.record (resource_code, subject, person_id, seq, data) values ('SOCIAL_INSURANCE', ?, ?, 1, ?::jsonb)")
                .params(citizen.citizenId().value(), citizen.id(), "{\"citizenId\": \"" + citizen.citizenId().value()
                        + "\", \"scheme\": \"职工基本养老保险\", \"status\": \"暂停缴费\", \"contributionBase\": 7315}")
                .update();
        assertRefused(flag(token, "SOCIAL_INSURANCE", citizen.citizenId().value(), "contributionBase"), 403, "error.exchange.item-not-granted");
        HttpResponse<String> flagged = flag(token, "SOCIAL_INSURANCE", citizen.citizenId().value(), "status");
        assertThat(flagged.statusCode()).as(flagged.body()).isEqualTo(201);
        assertThat(JSON.readTree(flagged.body()).get("state").asString()).isEqualTo("OPEN");
        assertThat(flagged.body()).doesNotContain("currentValue", "暂停缴费", citizen.name());
        visit("/me/shared-data");
        assertThat(text("main")).contains("婚姻登记信息", "2018-05-20").doesNotContain(citizen.citizenId().value());
        browser.findElement(By.cssSelector("details summary")).click();
        choose("item-MARRIAGE-1", "registeredOn");
        press("details button[type=submit]");
        assertThat(errorSummary()).containsExactly("此项必须填写", "此项必须填写");
        choose("item-MARRIAGE-1", "registeredOn");
        type("proposed-MARRIAGE-1", "2019-05-20");
        type("reason-MARRIAGE-1", "结婚证上的登记日期是2019年5月20日。");
        press("details button[type=submit]");
        assertThat(text(".notice.success")).isEqualTo("纠错已提交，提供部门将在10个工作日内答复");
        signOut();

        signIn("minzheng", PASSWORD);
        visit("/exchange/corrections");
        assertThat(text("main")).contains("2018-05-20", "2019-05-20", "本人");
        browser.findElements(By.cssSelector("textarea[name=answer]")).get(0).sendKeys("已核对婚姻登记档案，予以更正。");
        browser.findElements(By.cssSelector("button[name=accept][value=true]")).get(0).click();
        checked();
        assertThat(text(".notice.success")).isEqualTo("已更正，原值已保留");
        assertThat(jdbc.sql("select data->>'registeredOn' from exchange.record where resource_code = 'MARRIAGE' and subject = ?")
                .param(citizen.citizenId().value()).query(String.class).single()).isEqualTo("2019-05-20");
        assertThat(jdbc.sql("select data->>'registeredOn' from exchange.record_version where resource_code = 'MARRIAGE' and subject = ?")
                .param(citizen.citizenId().value()).query(String.class).single()).isEqualTo("2018-05-20");
    }

    @Test
    void onAPhoneTheCatalogueAndAResourceFitTheScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String path : List.of("/exchange", "/exchange/resources/POPULATION", "/exchange/resources/CRIMINAL_RECORD?lang=en")) {
            visit(path);
            assertThat((Boolean) browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no horizontal scrolling on %s at 390 px", path).isTrue();
        }
        signIn("gongan", PASSWORD);
        for (String path : List.of("/exchange/requests", "/exchange/grants", "/exchange/corrections", "/exchange/usage")) {
            visit(path);
            assertThat((Boolean) browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no horizontal scrolling on %s at 390 px", path).isTrue();
        }
    }

    @Test
    void theCatalogueExportsAsDcatApJsonLd() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/v1/exchange/catalogue.jsonld"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/ld+json"));
        JsonNode catalogue = JSON.readTree(response.body());
        assertThat(catalogue.get("@type").asString()).isEqualTo("dcat:Catalog");
        assertThat(catalogue.get("@context").get("dcat").asString()).isEqualTo("http://www.w3.org/ns/dcat#");
        assertThat(catalogue.get("dcat:dataset").size()).isGreaterThanOrEqualTo(30);
        JsonNode population = java.util.stream.StreamSupport.stream(catalogue.get("dcat:dataset").spliterator(), false)
                .filter(d -> d.get("dct:identifier").asString().equals("POPULATION")).findFirst().orElseThrow();
        assertThat(population.get("dct:accessRights").get("@id").asString()).endsWith("/access-right/NON_PUBLIC");
        assertThat(population.get("dct:accrualPeriodicity").get("@id").asString()).endsWith("/frequency/CONT");
        assertThat(population.get("adms:identifier").get("skos:notation").asString()).isEqualTo("1-01-01-01");
    }

    private String token(String clientId, String secret) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url("/oauth2/token")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private HttpResponse<String> records(String token, String subject, String purpose, String items) throws IOException, InterruptedException {
        String query = "subject=" + subject + "&purpose=" + purpose + (items == null ? "" : "&items=" + items);
        return HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/v1/exchange/resources/POPULATION/records?" + query)))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> flag(String token, String resource, String subject, String item) throws IOException, InterruptedException {
        String body = "{\"subject\": \"" + subject + "\", \"seq\": 1, \"item\": \"" + item + "\", \"proposed\": \"正常缴费\", "
                + "\"reason\": \"申请人提交的缴费记录与此不符。\"}";
        return HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/v1/exchange/resources/" + resource + "/corrections")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertRefused(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        Map<?, ?> problem = JSON.readValue(response.body(), Map.class);
        assertThat(problem.get("code")).isEqualTo(code);
        assertThat(problem.containsKey("records")).isFalse();
    }

    private static List<String> iterable(java.util.Collection<String> names) {
        return List.copyOf(names);
    }

    /** The grants page as the provider uses it. */
    private static final class WebGrant {
        static void revoke(org.openqa.selenium.WebDriver browser, String consumer, String reason) {
            org.openqa.selenium.WebElement row = browser.findElements(By.cssSelector("#given tbody tr")).stream()
                    .filter(r -> r.getText().contains(consumer) && r.findElements(By.cssSelector("form")).size() == 1)
                    .findFirst().orElseThrow();
            row.findElement(By.cssSelector("input[name=reason]")).sendKeys(reason);
            row.findElement(By.cssSelector("button")).click();
        }
    }
}
