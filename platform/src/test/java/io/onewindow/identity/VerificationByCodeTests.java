package io.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.onewindow.kernel.access.Assurance;
import io.onewindow.testing.Persons;
import io.onewindow.testing.SelfDeclaredAccounts;
import io.onewindow.testing.TextedCodes;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 实名核验 by a code texted to the phone the register holds: a self-declared holder whose person a department registered
 * with a mobile number gets the code there (the page shows the number masked), and the right code raises the account
 * to verified, which opens the wallet; a wrong, reused or expired code is refused saying why; where the register holds
 * no phone the page says so and points to the counter.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(PublishedEventsExtension.class)
class VerificationByCodeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    Accounts accounts;
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
    void theRightCodeAtTheRegistersPhoneRaisesASelfDeclaredAccountToVerifiedAndOpensItsWallet(AssertablePublishedEvents events)
            throws Exception {
        String phone = Persons.aMobile();
        PersonView person = people.register(new NewPerson(Persons.citizenIdFrom("370202"), Persons.aName(), phone, "370202", null));
        String username = selfDeclared.openFor(person);
        assertThat(as(username, get("/licences")).getStatus()).isEqualTo(403);

        String page = as(username, get("/me/verify")).getContentAsString();
        String masked = phone.substring(0, 3) + "****" + phone.substring(7);
        assertThat(page).contains(masked, "发送验证码").doesNotContain(phone);
        assertThat(as(username, post("/me/verify/code").with(csrf())).getRedirectedUrl()).isEqualTo("/me/verify");
        String code = TextedCodes.newestTo(mvc, phone);

        MockHttpServletResponse wrong = as(username, post("/me/verify").with(csrf()).param("code", TextedCodes.otherThan(code)));
        assertThat(wrong.getStatus()).isEqualTo(200);
        assertThat(wrong.getContentAsString()).contains("验证码不正确，还可以再试4次");
        MockHttpServletResponse english = as(username, post("/me/verify").with(csrf()).param("code", TextedCodes.otherThan(code)).param("lang", "en"));
        assertThat(english.getContentAsString()).contains("The code is not right; you can try 3 more times");
        assertThat(assuranceOf(username)).isEqualTo(Assurance.SELF_DECLARED);

        MockHttpServletResponse right = as(username, post("/me/verify").with(csrf()).param("code", code));
        assertThat(right.getRedirectedUrl()).isEqualTo("/me/profile");
        assertThat(assuranceOf(username)).isEqualTo(Assurance.VERIFIED);
        assertThat(as(username, get("/licences")).getStatus()).isEqualTo(200);
        assertThat(events).contains(AccountVerified.class)
                .matching(v -> v.personId().equals(person.id()) && v.method().equals("sms") && v.assurance() == Assurance.VERIFIED);
    }

    @Test
    void aCodeWorksOnceAndNotAfterItsLifetimeAndFiveWrongTriesEndIt() throws Exception {
        String phone = Persons.aMobile();
        PersonView person = people.register(new NewPerson(Persons.citizenIdFrom("370202"), Persons.aName(), phone, "370202", null));
        String username = selfDeclared.openFor(person);

        as(username, post("/me/verify/code").with(csrf()));
        String expired = TextedCodes.newestTo(mvc, phone);
        jdbc.sql("update identity.account_code set expires_at = now() - interval '1 second' where account_id = :a")
                .param("a", selfDeclared.idOf(person)).update();
        assertThat(as(username, post("/me/verify").with(csrf()).param("code", expired)).getContentAsString()).contains("验证码已过期，请重新获取");

        as(username, post("/me/verify/code").with(csrf()));
        String usedUp = TextedCodes.newestTo(mvc, phone);
        for (int i = 0; i < 5; i++) {
            as(username, post("/me/verify").with(csrf()).param("code", TextedCodes.otherThan(usedUp)));
        }
        assertThat(as(username, post("/me/verify").with(csrf()).param("code", usedUp)).getContentAsString())
                .contains("验证码输错次数过多，已失效，请重新获取");
        assertThat(assuranceOf(username)).isEqualTo(Assurance.SELF_DECLARED);

        as(username, post("/me/verify/code").with(csrf()));
        String code = TextedCodes.newestTo(mvc, phone);
        as(username, post("/me/verify").with(csrf()).param("code", code));
        assertThat(assuranceOf(username)).isEqualTo(Assurance.VERIFIED);
        assertThat(as(username, post("/me/verify").with(csrf()).param("code", code).param("lang", "en")).getContentAsString())
                .as("a code works once").contains("No code is waiting (each code works once)");
    }

    @Test
    void whereTheRegisterHoldsNoPhoneThePageSaysSoAndPointsToTheCounterAndNoCodeIsSent() throws Exception {
        PersonView person = people.register(new NewPerson(Persons.citizenIdFrom("370202"), Persons.aName(), null, "370202", null));
        String username = selfDeclared.openFor(person);

        String page = as(username, get("/me/verify")).getContentAsString();
        assertThat(page).contains("登记信息中没有您的手机号", "政务服务窗口").doesNotContain("发送验证码");
        assertThat(as(username, get("/me/verify").param("lang", "en")).getContentAsString())
                .contains("The register holds no mobile number for you", "service counter");
        assertThat(as(username, post("/me/verify/code").with(csrf())).getStatus()).isEqualTo(422);
    }

    @Test
    void aPhoneTypedAtSignUpIsNotThePhoneTheRegisterHolds() throws Exception {
        String typed = Persons.aMobile();
        String citizenId = Persons.citizenIdFrom("370203");
        signUp(citizenId, typed);
        String username = citizenId;

        assertThat(as(username, get("/me/verify")).getContentAsString()).contains("登记信息中没有您的手机号");
    }

    @Test
    void theAccountPageAndTheRealNamePageLinkToVerificationByCode() throws Exception {
        PersonView person = people.register(Persons.aShinanResident());
        String username = selfDeclared.openFor(person);

        assertThat(as(username, get("/me/profile")).getContentAsString()).contains("href=\"/me/verify\"");
        assertThat(as(username, get("/licences")).getContentAsString()).contains("href=\"/me/verify\"");
    }

    private void signUp(String citizenId, String phone) throws Exception {
        UUID id = signUps.start(new CitizenSignUp(citizenId, Persons.aName(), phone, "sign-up-tests-2026", "sign-up-tests-2026"),
                "198.51.100." + UUID.randomUUID().toString().substring(0, 8));
        signUps.complete(id, TextedCodes.newestTo(mvc, phone));
    }

    @Autowired
    SignUps signUps;

    private MockHttpServletResponse as(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(signIn.loadUserByUsername(username)))).andReturn().getResponse();
    }

    private Assurance assuranceOf(String username) {
        return Assurance.ofLevel(jdbc.sql("select assurance_level from identity.account where username = :u").param("u", username)
                .query(Integer.class).single());
    }
}
