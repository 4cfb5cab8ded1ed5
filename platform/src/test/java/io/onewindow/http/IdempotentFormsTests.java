package io.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.identity.Departments;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A form sent twice with the key it was rendered with, one after the other or at once, is handled once. */
@SpringBootTest
@AutoConfigureMockMvc
class IdempotentFormsTests {

    static final String DATA_ADMIN = "Basic " + Base64.getEncoder().encodeToString("dataadmin:onewindow2026".getBytes());

    @Autowired
    MockMvc mvc;

    @Autowired
    Departments departments;

    @Test
    void aDoubleSubmittedFormEstablishesOneDepartmentAndTheRepeatGetsTheSameRedirect() throws Exception {
        String code = "ls-twice-" + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        int before = departments.all().size();

        mvc.perform(establish(code, key)).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/registers/departments"));
        mvc.perform(establish(code, key)).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/registers/departments"))
                .andExpect(header().string("Idempotent-Replayed", "true"));

        assertThat(departments.all()).hasSize(before + 1);
    }

    @Test
    void twoCopiesArrivingAtOnceStillEstablishOneDepartment() throws Exception {
        String code = "ls-race-" + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        int before = departments.all().size();

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> statusOf(establish(code, key)));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> statusOf(establish(code, key)));

        assertThat(first.get()).isEqualTo(302);
        assertThat(second.get()).as("the copy that waited gets the first answer, not a duplicate-code error").isEqualTo(302);
        assertThat(departments.all()).hasSize(before + 1);
    }

    @Test
    void theSameKeyWithOtherAnswersIsRefusedAndChangesNothing() throws Exception {
        String code = "ls-reuse-" + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        mvc.perform(establish(code, key)).andExpect(status().is3xxRedirection());
        int after = departments.all().size();

        mvc.perform(establish(code + "-other", key)).andExpect(status().isUnprocessableContent());

        assertThat(departments.all()).hasSize(after);
        assertThat(departments.findByCode(code + "-other")).isEmpty();
    }

    private int statusOf(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse().getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MockHttpServletRequestBuilder establish(String code, String key) {
        return post("/registers/departments")
                .header("Authorization", DATA_ADMIN)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("code", code)
                .param("name", "青岛市崂山区测试局")
                .param("nameEn", "Laoshan Test Bureau")
                .param("level", "COUNTY")
                .param("divisionCode", "370212")
                .param("_idempotency", key);
    }
}
