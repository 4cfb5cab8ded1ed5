package io.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.onewindow.kernel.error.DomainException;
import io.onewindow.testing.Persons;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Self-registration gives nobody a way to learn who has an account or what name the register holds: a sign-up
 * is answered the same way whatever the register says, and it cannot be repeated at will from one address or
 * for one citizen ID (by default 10 from an address and 5 for an ID within an hour).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignUpTests {

    static final String PASSWORD = "sign-up-tests-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignUps signUps;

    @Autowired
    People people;

    @Test
    void theEleventhSignUpFromOneAddressWithinTheHourIsRefusedWhateverTheId() {
        String address = anAddress();
        for (int i = 0; i < 10; i++) {
            signUps.start(aSignUp(Persons.citizenIdFrom("370203")), address);
        }

        assertThatThrownBy(() -> signUps.start(aSignUp(Persons.citizenIdFrom("370203")), address))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(IdentityError.TOO_MANY_ATTEMPTS));
        signUps.start(aSignUp(Persons.citizenIdFrom("370203")), anAddress());
    }

    @Test
    void theSixthSignUpForOneIdIsRefusedEvenFromAnotherAddressAndThePageSaysWhenToTryAgain() throws Exception {
        String citizenId = Persons.citizenIdFrom("370203");
        for (int i = 0; i < 5; i++) {
            signUps.start(aSignUp(citizenId), anAddress());
        }

        assertThatThrownBy(() -> signUps.start(aSignUp(citizenId), anAddress()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(IdentityError.TOO_MANY_ATTEMPTS));
        MockHttpServletResponse page = confirm(new Session(), anAddress(), citizenId, "林晓彤", Persons.aMobile(), "zh");
        assertThat(page.getStatus()).isEqualTo(429);
        assertThat(page.getContentAsString()).containsPattern("尝试次数过多，请\\d+分钟后再试");
        page = confirm(new Session(), anAddress(), citizenId, "林晓彤", Persons.aMobile(), "en");
        assertThat(page.getContentAsString()).containsPattern("Too many attempts; try again in \\d+ minutes");
        assertThat(signUps.start(aSignUp(Persons.citizenIdFrom("370203")), anAddress())).as("other IDs are not held up").isNotNull();
    }

    @Test
    void aNameThatDoesNotMatchTheRegisterIsAnsweredExactlyLikeOneThatDoes() throws Exception {
        String matching = Persons.citizenIdFrom("370203");
        String mismatching = Persons.citizenIdFrom("370203");
        String matchingHolderPhone = Persons.aMobile();
        String mismatchingHolderPhone = Persons.aMobile();
        people.register(new NewPerson(matching, "高文静", matchingHolderPhone, "370203", null));
        people.register(new NewPerson(mismatching, "高文静", mismatchingHolderPhone, "370203", null));
        String typedForMatching = Persons.aMobile();
        String typedForMismatching = Persons.aMobile();

        Session first = new Session();
        Session second = new Session();
        MockHttpServletResponse matched = confirm(first, anAddress(), matching, "高文静", typedForMatching, "zh");
        MockHttpServletResponse notMatched = confirm(second, anAddress(), mismatching, "高文强", typedForMismatching, "zh");

        assertThat(notMatched.getStatus()).isEqualTo(matched.getStatus()).isEqualTo(302);
        assertThat(notMatched.getRedirectedUrl()).isEqualTo(matched.getRedirectedUrl()).isEqualTo("/register/code");
        assertThat(page("/register/code", second)).isEqualTo(page("/register/code", first));
        assertThat(wrongCode(second)).as("a code that was never sent fails like a wrong one").isEqualTo(wrongCode(first));

        String texts = page("/dev/messages", new Session());
        assertThat(texts).as("whoever types an ID learns nothing by their own phone")
                .doesNotContain(typedForMatching).doesNotContain(typedForMismatching);
        assertThat(texts).as("the holder of the matching ID gets the code").contains(matchingHolderPhone);
        assertThat(texts).as("a mismatched name sends nothing").doesNotContain(mismatchingHolderPhone);
    }

    private static CitizenSignUp aSignUp(String citizenId) {
        return new CitizenSignUp(citizenId, Persons.aName(), Persons.aMobile(), PASSWORD, PASSWORD);
    }

    /** A client address of its own, so that tests sharing the database do not share a count. */
    private static String anAddress() {
        return "198.51.100." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Answers every question as a browser would and confirms on the check page; returns that answer. */
    private MockHttpServletResponse confirm(Session session, String address, String citizenId, String name, String phone,
                                            String language) throws Exception {
        session.send(post("/register/citizen-id").with(csrf()).param("citizenId", citizenId));
        session.send(post("/register/name").with(csrf()).param("name", name));
        session.send(post("/register/phone").with(csrf()).param("phone", phone));
        session.send(post("/register/password").with(csrf()).param("password", PASSWORD).param("passwordConfirmation", PASSWORD));
        return session.send(post("/register/check").with(csrf()).param("lang", language)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    private String wrongCode(Session session) throws Exception {
        MockHttpServletResponse answer = session.send(post("/register/code").with(csrf()).param("code", "000000"));
        return answer.getStatus() + " " + withoutTokens(answer.getContentAsString());
    }

    private String page(String path, Session session) throws Exception {
        return withoutTokens(session.send(get(path)).getContentAsString());
    }

    /** The page without what differs on every rendering anyway (form tokens). */
    private static String withoutTokens(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "").replaceAll("value=\"[0-9a-f-]{36}\"", "");
    }

    /** One browser's session: the cookie the platform set, sent back with every request. */
    private class Session {

        private Cookie cookie;

        MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
            if (cookie != null) {
                request.cookie(cookie);
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            if (response.getCookie("SESSION") != null) {
                cookie = response.getCookie("SESSION");
            }
            return response;
        }
    }
}
