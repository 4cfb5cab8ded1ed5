package io.onewindow.licences;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.identity.AccountSummary;
import io.onewindow.identity.Accounts;
import io.onewindow.identity.NewAccount;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.testing.Persons;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 实名认证: a department's licence attached to a citizen ID is not shown to an account that only typed that ID
 * (self-declared); it is once an officer has checked the holder at a counter.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WalletNeedsAVerifiedHolderTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Accounts accounts;

    @Autowired
    Licences licences;

    @Autowired
    UserDetailsService signIn;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSelfDeclaredWalletShowsNoLicenceAndSaysWhyUntilAnOfficerVerifiesTheHolderAtACounter() throws Exception {
        PersonView person = people.register(Persons.aShinanResident());
        String username = selfDeclaredAccountOf(person);
        LicenceView licence = drivingLicenceOf(person);

        mvc.perform(get("/licences").with(user(signIn.loadUserByUsername(username))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("请先完成实名核验")))
                .andExpect(content().string(containsString("政务服务窗口")))
                .andExpect(content().string(not(containsString(licence.identifier()))));
        mvc.perform(get("/licences/" + licence.id()).with(user(signIn.loadUserByUsername(username))).param("lang", "en"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Verify your identity first")))
                .andExpect(content().string(not(containsString(licence.identifier()))));

        mvc.perform(post("/counter/verify/" + accountOf(person)).with(user(signIn.loadUserByUsername("officer"))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/licences").with(user(signIn.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(licence.identifier())));
    }

    @Test
    void theApiAnswers403WithItsCodeToASelfDeclaredHolderAndTheLicencesToAVerifiedOne() throws Exception {
        PersonView person = people.register(Persons.aShinanResident());
        String username = selfDeclaredAccountOf(person);
        LicenceView licence = drivingLicenceOf(person);

        mvc.perform(get("/api/v1/me/licences").with(user(signIn.loadUserByUsername(username))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("error.access.real-name-required"));
        mvc.perform(get("/api/v1/licences/" + licence.id() + "/credential").with(user(signIn.loadUserByUsername(username))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("error.access.real-name-required"));
        mvc.perform(get("/licences/" + licence.id() + "/credential.json").with(user(signIn.loadUserByUsername(username))))
                .andExpect(status().isForbidden());

        jdbc.sql("update identity.account set assurance_level = 2 where username = :u").param("u", username).update();

        mvc.perform(get("/api/v1/me/licences").with(user(signIn.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].identifier").value(hasItem(licence.identifier())));
    }

    /** An account as sign-up leaves it for an ID nobody had registered: name and ID typed, never checked (level 1). */
    private String selfDeclaredAccountOf(PersonView person) {
        String username = "s" + UUID.randomUUID().toString().substring(0, 8);
        AccountSummary account = accounts.open(new NewAccount(username, person.citizenId().value(), "self-declared-2026", false));
        jdbc.sql("update identity.account set assurance_level = 1, assured_by = 'sign-up' where id = :id").param("id", account.id()).update();
        return username;
    }

    private UUID accountOf(PersonView person) {
        return jdbc.sql("select id from identity.account where person_id = :p").param("p", person.id()).query(UUID.class).single();
    }

    /** What a department's later import attaches to the ID. */
    private LicenceView drivingLicenceOf(PersonView holder) {
        return licences.issue(new NewLicence("DRIVING_LICENCE", null, holder.id(), "qd-ga", Map.of("name", holder.name(),
                "citizenId", holder.citizenId().value(), "vehicleClass", "C1", "firstIssuedOn", "2012-03-04"), null, null, null));
    }
}
