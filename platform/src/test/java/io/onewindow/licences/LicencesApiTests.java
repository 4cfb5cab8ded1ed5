package io.onewindow.licences;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The licence API as integrators meet it: public verification in the VC API shape, the holder's licences, who may read a credential. */
@SpringBootTest
@AutoConfigureMockMvc
class LicencesApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void anyoneVerifiesALicenceAndAChangedOneFailsNamingTheCheck() throws Exception {
        String credential = demoCredential("SOCIAL_SECURITY_CARD");
        mvc.perform(post("/api/v1/credentials/verify").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verifiableCredential\":" + credential + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checks").value(hasItem("proof")))
                .andExpect(jsonPath("$.checks").value(hasItem("status")))
                .andExpect(jsonPath("$.errors").isEmpty());
        String changed = credential.replaceFirst("\"cardNumber\",\"fieldLabel\":\"卡号\",\"fieldValue\":\"[^\"]*\"",
                "\"cardNumber\",\"fieldLabel\":\"卡号\",\"fieldValue\":\"A00000000\"");
        mvc.perform(post("/api/v1/credentials/verify/batch").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verifiableCredentials\":[" + credential + "," + changed + ",{\"foo\":1}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verified").value(1))
                .andExpect(jsonPath("$.failed").value(2))
                .andExpect(jsonPath("$.results[1].errors[0].code").value("INVALID_SIGNATURE"))
                .andExpect(jsonPath("$.results[2].errors[0].code").value("MALFORMED"));
        // The credential sent without the VC API's wrapper: the answer names the member it looked for.
        mvc.perform(post("/api/v1/credentials/verify").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(credential))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.errors[0].code").value("MALFORMED"))
                .andExpect(jsonPath("$.errors[0].message").value("verifiableCredential is missing or is not a JSON object"));
    }

    @Test
    void theDidDocumentAndTheStatusListsArePublic() throws Exception {
        mvc.perform(get("/.well-known/did.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("did:web:localhost%3A8080"))
                .andExpect(jsonPath("$.assertionMethod[0]").value(startsWith("did:web:localhost%3A8080#z6Mk")));
        mvc.perform(get("/licences/status/revocation/1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value(hasItem("BitstringStatusListCredential")))
                .andExpect(jsonPath("$.credentialSubject.encodedList").value(startsWith("u")));
        mvc.perform(get("/ns/licences/v1")).andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("licenceNumber")));
    }

    @Test
    void theHolderListsTheirLicencesAndReadsTheCredentialWhichOthersCannot() throws Exception {
        mvc.perform(get("/api/v1/me/licences").with(user(accounts.loadUserByUsername("citizen"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].type").value(hasItem("SOCIAL_SECURITY_CARD")))
                .andExpect(jsonPath("$[0].credential").value(startsWith("/api/v1/licences/")));
        String id = jdbc.sql("select id::text from licences.licence where licence_type = 'SOCIAL_SECURITY_CARD' and source = 'DEMO'")
                .query(String.class).single();
        mvc.perform(get("/api/v1/licences/" + id + "/credential").with(user(accounts.loadUserByUsername("citizen"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.credentialSubject.licenceType").value("SOCIAL_SECURITY_CARD"));
        mvc.perform(get("/api/v1/licences/" + id + "/credential").with(user(accounts.loadUserByUsername("enterprise"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/licences/" + id + "/revoke").with(csrf()).with(user(accounts.loadUserByUsername("officer")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"测试\"}"))
                .andExpect(status().isForbidden());
    }

    private String demoCredential(String type) {
        return jdbc.sql("select credential from licences.licence where licence_type = :type and source = 'DEMO'")
                .param("type", type).query(String.class).single();
    }
}
