package io.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.testing.Persons;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The identity API as an integrator meets it: problem+json field errors, idempotent POSTs, purpose-bound reads. */
@SpringBootTest
@AutoConfigureMockMvc
class IdentityApiTests {

    static final String DATA_ADMIN = "Basic " + java.util.Base64.getEncoder().encodeToString("dataadmin:onewindow2026".getBytes());
    static final String OFFICER = "Basic " + java.util.Base64.getEncoder().encodeToString("officer:onewindow2026".getBytes());

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void badInputIsRefusedFieldByFieldInTheCallersLanguageAndNothingIsStored() throws Exception {
        long before = people.count();
        String body = """
                {"citizenId": "11010519491231002", "name": "", "phone": "123", "divisionCode": "999999"}""";

        mvc.perform(asDataAdmin(post("/api/v1/persons")).header("Accept-Language", "en").content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("citizenId"))
                .andExpect(jsonPath("$.errors[0].message").value("A citizen ID number has 18 characters; you entered 17"))
                .andExpect(jsonPath("$.errors[1].field").value("name"))
                .andExpect(jsonPath("$.errors[2].field").value("phone"))
                .andExpect(jsonPath("$.errors[3].field").value("divisionCode"));
        mvc.perform(asDataAdmin(post("/api/v1/persons")).content(body))
                .andExpect(jsonPath("$.errors[0].message").value("公民身份号码应为18位，您输入了17位"));

        assertThat(people.count()).isEqualTo(before);
    }

    @Test
    void anEnterpriseFoundedBefore1900OrAfterTodayIsRefusedOnThatFieldAlone() throws Exception {
        for (var date : java.util.Map.of("1899-12-31", "The date cannot be before 1900", "2999-01-01", "The date cannot be after today")
                .entrySet()) {
            mvc.perform(asDataAdmin(post("/api/v1/enterprises")).header("Accept-Language", "en").content("""
                            {"establishedOn": "%s"}""".formatted(date.getKey())))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[?(@.field == 'establishedOn')].message").value(date.getValue()));
        }
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyCreatesOnePersonAndAnswersTheSame() throws Exception {
        NewPerson person = Persons.aShinanResident();
        String body = """
                {"citizenId": "%s", "name": "%s", "phone": "%s", "divisionCode": "370202001001"}"""
                .formatted(person.citizenId(), person.name(), person.phone());
        String key = "register-" + person.citizenId();

        String first = mvc.perform(asDataAdmin(post("/api/v1/persons")).header("Idempotency-Key", key).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String again = mvc.perform(asDataAdmin(post("/api/v1/persons")).header("Idempotency-Key", key).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();

        assertThat(again).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from identity.person where citizen_id = ?").param(person.citizenId())
                .query(Long.class).single()).isOne();
        mvc.perform(asDataAdmin(post("/api/v1/persons")).header("Idempotency-Key", key).content(body.replace("370202001001", "370202")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("This Idempotency-Key was used for a different request"));
    }

    @Test
    void readingAPersonNeedsAPurposeAndIsRecordedForThatPerson() throws Exception {
        PersonView person = people.register(Persons.aShinanResident());

        mvc.perform(get("/api/v1/persons/" + person.citizenId().value()).header("Authorization", OFFICER))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("purpose"));
        mvc.perform(get("/api/v1/persons/" + person.citizenId().value()).param("purpose", "counter-identification")
                        .header("Authorization", OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(person.name()));

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(jdbc.sql("select count(*) from audit.record where subject = ? and action = 'personal-data.accessed' "
                        + "and actor_username = 'officer' and purpose = 'counter-identification'")
                        .param(person.id()).query(Long.class).single()).isOne());
    }

    @Test
    void aCitizenCannotRegisterPeopleAndAnonymousCallersAreToldToAuthenticate() throws Exception {
        String citizen = "Basic " + java.util.Base64.getEncoder().encodeToString("citizen:onewindow2026".getBytes());
        mvc.perform(post("/api/v1/persons").header("Authorization", citizen).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void divisionsAndValidationArePublic() throws Exception {
        mvc.perform(get("/api/v1/divisions/370202"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("市南区"))
                .andExpect(jsonPath("$.path[1]").value("青岛市"));
        mvc.perform(get("/api/v1/validation/citizen-id").param("value", "11010519491231002X"))
                .andExpect(jsonPath("$.valid").value(true));
        mvc.perform(get("/api/v1/validation/citizen-id").param("value", "110105194912310021").header("Accept-Language", "zh-CN"))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.message").value("第18位校验码应为X，而不是1，请核对号码是否输错"));
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/persons'].post.summary").value("Register a person"))
                .andExpect(jsonPath("$.paths['/log/checkpoint']").exists());
    }

    @Test
    void healthInfoAndPrometheusMetricsAreServed() throws Exception {
        String admin = "Basic " + java.util.Base64.getEncoder().encodeToString("admin:onewindow2026".getBytes());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/info")).andExpect(status().isOk()).andExpect(jsonPath("$.app.name").value("OneWindow"));
        mvc.perform(get("/actuator/prometheus").header("Authorization", admin)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
    }

    @Test
    void pagesCarryStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    private static MockHttpServletRequestBuilder asDataAdmin(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", DATA_ADMIN).contentType(MediaType.APPLICATION_JSON);
    }
}
