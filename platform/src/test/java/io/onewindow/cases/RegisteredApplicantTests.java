package io.onewindow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.onewindow.identity.EnterpriseView;
import io.onewindow.identity.PersonView;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The record a prefill source is given is the applicant's own: a person's for a person, an enterprise's for an enterprise. */
class RegisteredApplicantTests {

    private final UUID account = UUID.randomUUID();
    private final PersonView person = new PersonView(UUID.randomUUID(), null, "王小明", "13800000000", "370202001001", "香港中路28号");
    private final EnterpriseView enterprise = new EnterpriseView(UUID.randomUUID(), null, "青岛海边饺子餐饮有限公司", person.id(), null,
            "370203000000", null, null, List.of());

    @Test
    void aPersonsApplicationCarriesThePersonAndTheirNameAndDivision() {
        RegisteredApplicant applicant = RegisteredApplicant.person(account, person);

        assertThat(applicant.applicant()).isEqualTo(Applicant.person(account, person.id()));
        assertThat(applicant.asPerson()).contains(person);
        assertThat(applicant.asEnterprise()).isEmpty();
        assertThat(applicant.name()).isEqualTo("王小明");
        assertThat(applicant.divisionCode()).isEqualTo("370202001001");
    }

    @Test
    void anEnterprisesApplicationCarriesTheEnterpriseAndItsNameAndDivision() {
        RegisteredApplicant applicant = RegisteredApplicant.enterprise(account, enterprise);

        assertThat(applicant.applicant()).isEqualTo(Applicant.enterprise(account, enterprise.id()));
        assertThat(applicant.asEnterprise()).contains(enterprise);
        assertThat(applicant.asPerson()).isEmpty();
        assertThat(applicant.name()).isEqualTo("青岛海边饺子餐饮有限公司");
        assertThat(applicant.divisionCode()).isEqualTo("370203000000");
    }

    @Test
    void someoneElsesRecordOrARecordOfTheOtherKindIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new RegisteredApplicant(Applicant.person(account, UUID.randomUUID()), person, null));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new RegisteredApplicant(Applicant.person(account, person.id()), null, enterprise));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new RegisteredApplicant(Applicant.person(account, person.id()), person, enterprise));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new RegisteredApplicant(Applicant.enterprise(account, enterprise.id()), person, null));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new RegisteredApplicant(Applicant.enterprise(account, UUID.randomUUID()), null, enterprise));
    }
}
