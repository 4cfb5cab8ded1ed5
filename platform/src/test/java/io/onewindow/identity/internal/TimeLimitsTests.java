package io.onewindow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.identity.IdentityError;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.identity.PersonalCodes;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.time.CivilTime;
import io.onewindow.testing.MutableClock;
import io.onewindow.testing.Persons;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;

/** What expires: personal codes after their lifetime, login locks after theirs; and forged codes never work. */
@ApplicationModuleTest
class TimeLimitsTests {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-22T02:00:00Z"), CivilTime.ZONE);

    @TestConfiguration
    static class MovableTime {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @Autowired
    PersonalCodes codes;

    @Autowired
    People people;

    @Autowired
    Throttle throttle;

    @Test
    void aPersonalCodeIdentifiesItsHolderUntilItsLifetimeEnds() {
        PersonView person = people.register(Persons.aShinanResident());
        PersonalCodes.PersonalCode code = codes.issue(PersonalCodes.Subject.PERSON, person.id(), holder(person));

        PersonalCodes.PersonalCode another = codes.issue(PersonalCodes.Subject.PERSON, person.id(), holder(person));
        PersonalCodes.PersonalCode expiring = codes.issue(PersonalCodes.Subject.PERSON, person.id(), holder(person));

        assertThat(code.expiresAt()).isEqualTo(CLOCK.instant().plus(Duration.ofMinutes(5)));
        assertThat(codes.identify(code.digits()).name()).isEqualTo(person.name());
        assertThat(codes.identify(another.token()).subjectId()).isEqualTo(person.id());

        CLOCK.advance(Duration.ofMinutes(5).plusSeconds(1));

        assertRefused(expiring.digits(), IdentityError.PERSONAL_CODE_UNKNOWN);
        assertRefused(expiring.token(), IdentityError.PERSONAL_CODE_UNKNOWN);
    }

    @Test
    void aCounterCodeIdentifiesItsHolderOnceWhetherTypedOrScanned() {
        PersonView person = people.register(Persons.aShinanResident());
        PersonalCodes.PersonalCode typed = codes.issue(PersonalCodes.Subject.PERSON, person.id(), holder(person));
        PersonalCodes.PersonalCode scanned = codes.issue(PersonalCodes.Subject.PERSON, person.id(), holder(person));

        assertThat(codes.identify(typed.digits()).subjectId()).isEqualTo(person.id());
        assertRefused(typed.digits(), IdentityError.PERSONAL_CODE_UNKNOWN);
        assertRefused(typed.token(), IdentityError.PERSONAL_CODE_UNKNOWN);

        assertThat(codes.identify(scanned.token()).subjectId()).isEqualTo(person.id());
        assertRefused(scanned.token(), IdentityError.PERSONAL_CODE_UNKNOWN);
        assertRefused(scanned.digits(), IdentityError.PERSONAL_CODE_UNKNOWN);
    }

    @Test
    void aTokenWithAnyCharacterChangedIsRefused() {
        PersonView person = people.register(Persons.aShinanResident());
        String token = codes.issue(PersonalCodes.Subject.PERSON, person.id(), holder(person)).token();
        int dot = token.indexOf('.');

        String otherPayload = token.substring(0, 5) + (token.charAt(5) == 'A' ? 'B' : 'A') + token.substring(6);
        String otherSignature = token.substring(0, dot + 3) + (token.charAt(dot + 3) == 'A' ? 'B' : 'A') + token.substring(dot + 4);

        assertRefused(otherPayload, IdentityError.PERSONAL_CODE_UNKNOWN);
        assertRefused(otherSignature, IdentityError.PERSONAL_CODE_UNKNOWN);
        assertRefused("1234567", IdentityError.PERSONAL_CODE_INVALID);
    }

    @Test
    void nobodyButTheHolderGetsACodeForThem() {
        PersonView person = people.register(Persons.aShinanResident());
        PersonView someoneElse = people.register(Persons.aShinanResident());

        assertThatThrownBy(() -> codes.issue(PersonalCodes.Subject.PERSON, person.id(), holder(someoneElse)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(IdentityError.NOT_REPRESENTATIVE));
    }

    @Test
    void aLoginLockLiftsWhenItsTimeIsUpAndOldFailuresStopCounting() {
        String key = Throttle.accountKey("throttled-" + UUID.randomUUID());
        Throttle.Limit limit = new Throttle.Limit(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
        for (int i = 0; i < 4; i++) {
            throttle.count(key, limit);
        }
        assertThat(throttle.lockedFor(key)).isEmpty();

        CLOCK.advance(Duration.ofMinutes(16));
        throttle.count(key, limit);
        assertThat(throttle.lockedFor(key)).as("the four earlier failures fell out of the window").isEmpty();

        for (int i = 0; i < 4; i++) {
            throttle.count(key, limit);
        }
        assertThat(throttle.lockedFor(key)).hasValue(Duration.ofMinutes(15));

        CLOCK.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.lockedFor(key)).isEmpty();
    }

    private void assertRefused(String codeOrToken, IdentityError reason) {
        assertThatThrownBy(() -> codes.identify(codeOrToken))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(reason));
    }

    private static UserAccount holder(PersonView person) {
        return new UserAccount(UUID.randomUUID(), person.citizenId().value(), person.id(), person.name(), Set.of(Role.CITIZEN),
                List.of(), null, List.of(), io.onewindow.kernel.access.Assurance.VERIFIED);
    }
}
