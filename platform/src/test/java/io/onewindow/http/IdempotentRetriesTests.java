package io.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.ServletException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A request that committed its changes is never carried out twice under its idempotency key, even when its
 * answer is lost: when it fails after the commit, or when its node dies before storing the answer, a repeat is
 * told (409) that it was carried out. A claim whose request committed nothing is still taken over once stale.
 * The key names one request: the same key with another query string is refused, not answered with the first's answer.
 * Callers without an account or a session, who cannot be told apart, do not share their keys' claims.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IdempotentRetriesTests {

    static final String LOSE_THE_ANSWER = "X-Test-Lose-The-Answer";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSubmissionThatCommittedAndThenFailedIsNotFiledAgainByItsRetry() throws Exception {
        String body = permit("失败重试海鲜");

        assertThatThrownBy(() -> mvc.perform(submission("retry-after-failure-0001", body).header(LOSE_THE_ANSWER, "yes")))
                .hasStackTraceContaining("the answer was lost after the commit");
        mvc.perform(submission("retry-after-failure-0001", body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("was carried out")));

        assertThat(applicationsFor("失败重试海鲜")).as("one application, not two").isOne();
    }

    @Test
    void aClaimLeftCommittedByANodeThatDiedIsAnsweredAtOnceAndNotRunAgain() throws Exception {
        String body = permit("断电重试海鲜");
        assertThatThrownBy(() -> mvc.perform(submission("retry-after-crash-0001", body).header(LOSE_THE_ANSWER, "yes")));
        // What a node that died between the commit and storing the answer leaves: committed, no answer, claimed long ago.
        jdbc.sql("""
                update http.idempotency_key set done = false, status = null, content_type = null, body = null,
                    created_at = now() - interval '10 minutes'
                where key = 'retry-after-crash-0001'""").update();

        long begun = System.nanoTime();
        mvc.perform(submission("retry-after-crash-0001", body)).andExpect(status().isConflict());

        assertThat((System.nanoTime() - begun) / 1_000_000).as("answered without waiting for the lost answer (ms)").isLessThan(10_000);
        assertThat(applicationsFor("断电重试海鲜")).isOne();
    }

    @Test
    void aStaleClaimWhoseRequestCommittedNothingIsTakenOverAndCarriedOut() throws Exception {
        String body = permit("接手重试海鲜");
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update("/api/v1/applications".getBytes(StandardCharsets.UTF_8));
        digest.update(body.getBytes(StandardCharsets.UTF_8));
        jdbc.sql("""
                insert into http.idempotency_key (scope, key, fingerprint, created_at)
                values ('user:applicant', 'retry-stale-claim-0001', ?, now() - interval '10 minutes')""")
                .param(digest.digest()).update();

        mvc.perform(submission("retry-stale-claim-0001", body)).andExpect(status().isCreated());

        assertThat(applicationsFor("接手重试海鲜")).isOne();
    }

    @Test
    void theSameKeyWithAnotherQueryStringIsRefusedAsAnotherRequest() throws Exception {
        String body = permit("查询串海鲜");
        mvc.perform(post("/api/v1/applications?source=app").with(httpBasic("applicant", "onewindow2026"))
                        .header("Idempotency-Key", "query-string-0001").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());

        mvc.perform(post("/api/v1/applications?source=web").with(httpBasic("applicant", "onewindow2026"))
                        .header("Idempotency-Key", "query-string-0001").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("This Idempotency-Key was used for a different request"));
        assertThat(applicationsFor("查询串海鲜")).isOne();
    }

    @Test
    void callersWithoutAnAccountOrSessionDoNotBlockOrAnswerEachOtherThroughTheSameKey() throws Exception {
        String valid = "{\"expression\": \"age >= 80\", \"amount\": false}";
        String invalid = "{\"expression\": \"age >= \\\"80\\\"\", \"amount\": false}";

        mvc.perform(ruleCheck("shared-anonymous-key-0001", valid)).andExpect(status().isOk()).andExpect(jsonPath("$.ok").value(true));
        mvc.perform(ruleCheck("shared-anonymous-key-0001", invalid)).andExpect(status().isOk()).andExpect(jsonPath("$.ok").value(false));
        mvc.perform(ruleCheck("shared-anonymous-key-0001", valid)).andExpect(status().isOk()).andExpect(jsonPath("$.ok").value(true));

        assertThat(jdbc.sql("select count(*) from http.idempotency_key where key = 'shared-anonymous-key-0001'").query(Long.class).single())
                .as("each request kept under its own claim").isEqualTo(2);
    }

    private static MockHttpServletRequestBuilder ruleCheck(String key, String body) {
        return post("/api/v1/rules/check").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static MockHttpServletRequestBuilder submission(String key, String body) {
        return post("/api/v1/applications").with(httpBasic("applicant", "onewindow2026")).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String permit(String shopName) {
        return """
                {"code": "370200-XZSP-XK-0003", "answers": {"shopName": "%s", "businessAddress": "青岛市市南区太平路1号",
                 "signText": "%s", "signSize": "5米×1米"}}""".formatted(shopName, shopName);
    }

    private long applicationsFor(String shopName) {
        return jdbc.sql("select count(*) from cases.application where answers->>'shopName' = ?").param(shopName).query(Long.class).single();
    }

    /** Fails a request marked so after everything inside it ran and committed, as a node failing before it answers. */
    @TestConfiguration
    static class LoseTheAnswer {
        @Bean
        FilterRegistrationBean<jakarta.servlet.Filter> loseTheAnswer() {
            FilterRegistrationBean<jakarta.servlet.Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                chain.doFilter(request, response);
                if (((jakarta.servlet.http.HttpServletRequest) request).getHeader(LOSE_THE_ANSWER) != null) {
                    throw new ServletException("the answer was lost after the commit");
                }
            });
            registration.setOrder(1);
            return registration;
        }
    }
}
