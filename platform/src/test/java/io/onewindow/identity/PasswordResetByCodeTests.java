package io.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.testing.Persons;
import io.onewindow.testing.TextedCodes;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A forgotten password reset by a code texted to the phone the register holds: the right code sets the new password
 * once; a wrong code, a code past its lifetime, one after five wrong tries, and any code for a reset that sent none
 * are all refused alike, leaving the password as it was.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(PublishedEventsExtension.class)
class PasswordResetByCodeTests {

    private static final String OLD = "old-password-2026";
    private static final String NEW = "new-password-2026";

    @Autowired
    PasswordResets resets;
    @Autowired
    People people;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService signIn;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theRightCodeSetsTheNewPasswordOnceAfterAWrongOneIsRefused(AssertablePublishedEvents events) throws Exception {
        String phone = Persons.aMobile();
        String username = anAccountWithItsPhoneOnRecord(phone);

        UUID reset = resets.start(username, anAddress());
        String code = TextedCodes.newestTo(mvc, phone);
        assertRefusedAsWrong(() -> resets.complete(reset, TextedCodes.otherThan(code), NEW, NEW));
        assertThat(passwordIs(username, OLD)).isTrue();

        resets.complete(reset, code, NEW, NEW);
        assertThat(passwordIs(username, NEW)).isTrue();
        assertThat(events).contains(AccountStatusChanged.class).matching(c -> c.change().equals("password-reset-by-code"));
        assertRefusedAsWrong(() -> resets.complete(reset, code, OLD, OLD));
        assertThat(passwordIs(username, NEW)).as("a code works once").isTrue();
    }

    @Test
    void aCodePastItsLifetimeOrAfterFiveWrongTriesIsRefusedLikeAWrongOne() throws Exception {
        String phone = Persons.aMobile();
        String username = anAccountWithItsPhoneOnRecord(phone);

        UUID expired = resets.start(username, anAddress());
        String expiredCode = TextedCodes.newestTo(mvc, phone);
        jdbc.sql("update identity.account_code set expires_at = now() - interval '1 second' where id = :id").param("id", expired).update();
        assertRefusedAsWrong(() -> resets.complete(expired, expiredCode, NEW, NEW));

        UUID usedUp = resets.start(username, anAddress());
        String usedUpCode = TextedCodes.newestTo(mvc, phone);
        for (int i = 0; i < 5; i++) {
            assertRefusedAsWrong(() -> resets.complete(usedUp, TextedCodes.otherThan(usedUpCode), NEW, NEW));
        }
        assertRefusedAsWrong(() -> resets.complete(usedUp, usedUpCode, NEW, NEW));
        assertThat(passwordIs(username, OLD)).isTrue();
    }

    @Test
    void aResetForAnUnknownLoginOrAHolderWithNoPhoneOnRecordTakesNoCode() {
        PersonView phoneless = people.register(new NewPerson(Persons.citizenIdFrom("370202"), Persons.aName(), null, "370202", null));
        String username = anAccountOf(phoneless);

        for (String login : new String[] {username, "nobody-" + UUID.randomUUID().toString().substring(0, 8)}) {
            UUID reset = resets.start(login, anAddress());
            assertRefusedAsWrong(() -> resets.complete(reset, "123456", NEW, NEW));
        }
        assertThat(passwordIs(username, OLD)).isTrue();
    }

    private String anAccountWithItsPhoneOnRecord(String phone) {
        return anAccountOf(people.register(new NewPerson(Persons.citizenIdFrom("370202"), Persons.aName(), phone, "370202", null)));
    }

    private String anAccountOf(PersonView person) {
        String username = "r" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(username, person.citizenId().value(), OLD, false));
        return username;
    }

    private static String anAddress() {
        return "198.51.100." + UUID.randomUUID().toString().substring(0, 8);
    }

    private boolean passwordIs(String username, String password) {
        return passwords.matches(password, signIn.loadUserByUsername(username).getPassword());
    }

    private static void assertRefusedAsWrong(ThrowingCallable completion) {
        assertThatThrownBy(completion).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.code()).isEqualTo(IdentityError.CODE_WRONG)));
    }
}
