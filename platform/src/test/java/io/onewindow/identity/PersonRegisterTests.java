package io.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.kernel.code.CodeError;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.testing.Persons;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;

@ApplicationModuleTest
class PersonRegisterTests {

    @Autowired
    People people;

    @Test
    void aValidPersonIsRegisteredWithGenderAndBirthDateReadFromTheId(AssertablePublishedEvents events) {
        NewPerson input = Persons.aShinanResident();

        PersonView person = people.register(input);

        assertThat(person.citizenId().value()).isEqualTo(input.citizenId());
        assertThat(person.birthDate()).isEqualTo(person.citizenId().birthDate());
        assertThat(people.findByCitizenId(input.citizenId())).contains(person);
        assertThat(events).contains(PersonRegistered.class).matching(PersonRegistered::personId, person.id());
    }

    @Test
    void everyBadFieldIsReportedAtOnceAndNothingIsStored(AssertablePublishedEvents events) {
        String valid = Persons.citizenIdFrom("370202");
        String badCheckCharacter = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        long before = people.count();

        assertThatThrownBy(() -> people.register(new NewPerson(badCheckCharacter, "张3", "12345", "999999", "x".repeat(201))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("citizenId", "name", "phone", "divisionCode", "addressDetail"));

        assertThat(people.count()).isEqualTo(before);
        assertThat(events.ofType(PersonRegistered.class)).isEmpty();
    }

    @Test
    void aWrongCheckCharacterNamesTheExpectedOne() {
        String valid = Persons.citizenIdFrom("370202");
        char wrong = valid.charAt(17) == '1' ? '2' : '1';

        assertThatThrownBy(() -> people.register(new NewPerson(valid.substring(0, 17) + wrong, "张三", null, "370202", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    FieldViolation violation = e.violations().get(0);
                    assertThat(violation.code()).isEqualTo(CodeError.CITIZEN_ID_CHECK_CHARACTER);
                    assertThat(violation.arguments()).containsEntry("expected", String.valueOf(valid.charAt(17)));
                });
    }

    @Test
    void theSameCitizenIdCannotBeRegisteredTwice() {
        NewPerson input = Persons.aShinanResident();
        people.register(input);

        assertThatThrownBy(() -> people.register(input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::code).containsExactly(IdentityError.PERSON_ALREADY_REGISTERED));
    }
}
