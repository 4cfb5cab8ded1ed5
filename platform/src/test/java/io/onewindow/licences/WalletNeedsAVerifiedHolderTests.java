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

import io.onewindow.identity.Accounts;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.testing.Persons;
import io.onewindow.testing.SelfDeclaredAccounts;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
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

    SelfDeclaredAccounts selfDeclared;

    @BeforeEach
    void accountsAsSignUpLeavesThem() {
        selfDeclared = new SelfDeclaredAccounts(accounts, jdbc);
    }

    @Test
    void aSelfDeclaredWalletShowsNoLicenceAndSaysWhyUntilAnOfficerVerifiesTheHolderAtACounter() throws Exception {
        PersonView person = people.register(Persons.aShinanResident());
        String username = selfDeclared.openFor(person);
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

        mvc.perform(post("/counter/verify/" + selfDeclared.idOf(person)).with(user(signIn.loadUserByUsername("officer"))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/licences").with(user(signIn.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(licence.identifier())));
    }

    @Test
    void theApiAnswers403WithItsCodeToASelfDeclaredHolderAndTheLicencesToAVerifiedOne() throws Exception {
        PersonView person = people.register(Persons.aShinanResident());
        String username = selfDeclared.openFor(person);
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

    /** What a department's later import attaches to the ID. */
    private LicenceView drivingLicenceOf(PersonView holder) {
        return licences.issue(new NewLicence("DRIVING_LICENCE", null, holder.id(), "qd-ga", Map.of("name", holder.name(),
                "citizenId", holder.citizenId().value(), "vehicleClass", "C1", "firstIssuedOn", "2012-03-04"), null, null, null));
    }
}
