package io.onewindow.kernel.code;

import org.junit.jupiter.api.Test;

import static io.onewindow.kernel.code.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

class UnifiedSocialCreditCodeTests {

    private static final AddressCodes CODES = DivisionCodes.shipped();

    private static UnifiedSocialCreditCode parse(String raw) {
        return UnifiedSocialCreditCode.parse(raw, CODES);
    }

    @Test
    void theStandardsExampleValidatesAndIsTakenApart() {
        var code = parse("91350100M000100Y43");

        assertThat(code.registrationAuthority()).isEqualTo(RegistrationAuthority.MARKET_REGULATION);
        assertThat(code.entityType()).isEqualTo('1');
        assertThat(code.divisionCode()).isEqualTo("350100");
        assertThat(code.organizationCode()).isEqualTo(new OrganizationCode("M000100Y4"));
        assertThat(code).hasToString("91350100M000100Y43");
    }

    @Test
    void aCodeTypedInLowerCaseWithSpacesIsNormalised() {
        assertThat(parse("9135 0100 m000 100y 43").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void theFactoryBuildsTheStandardsExampleFromItsParts() {
        var code = UnifiedSocialCreditCode.of(
                RegistrationAuthority.MARKET_REGULATION, '1', "350100", OrganizationCode.of("M000100Y"));

        assertThat(code.value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void theCheckCharacterIsComputedOnlyOverCharactersOfTheCode() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> UnifiedSocialCreditCode.checkCharacter("91350100M0001O0Y4"));
        assertThatIllegalArgumentException().isThrownBy(() -> UnifiedSocialCreditCode.checkCharacter("9135"));
    }

    @Test
    void aCodeOfSeventeenCharactersIsRefusedForItsLength() {
        var refusal = refusalOf(() -> parse("91350100M000100Y4"));

        assertThat(refusal.reason()).isEqualTo(CodeError.CREDIT_CODE_LENGTH);
        assertThat(refusal.arguments()).containsExactly(entry("actual", 17));
    }

    @Test
    void theLetterOIsRefusedWithItsPosition() {
        var refusal = refusalOf(() -> parse("91350100M0O0100Y43"));

        assertThat(refusal.reason()).isEqualTo(CodeError.CREDIT_CODE_CHARACTER);
        assertThat(refusal.arguments()).containsOnly(entry("position", 11), entry("character", "O"));
    }

    @Test
    void anUnknownRegistrationAuthorityIsRefused() {
        var refusal = refusalOf(() -> parse("B1350100M000100Y43"));

        assertThat(refusal.reason()).isEqualTo(CodeError.CREDIT_CODE_REGISTRATION_AUTHORITY);
        assertThat(refusal.arguments()).containsExactly(entry("authority", "B"));
    }

    @Test
    void anEntityTypeTheAuthorityDoesNotRegisterIsRefused() {
        // 工商 registers enterprises (1), individual businesses (2) and farmers' cooperatives (3) only.
        var refusal = refusalOf(() -> parse("94350100M000100Y43"));

        assertThat(refusal.reason()).isEqualTo(CodeError.CREDIT_CODE_ENTITY_TYPE);
        assertThat(refusal.arguments()).containsOnly(entry("authority", "9"), entry("entityType", "4"));
    }

    @Test
    void anUnknownDivisionIsRefused() {
        var refusal = refusalOf(() -> parse("91371099M000100Y43"));

        assertThat(refusal.reason()).isEqualTo(CodeError.UNKNOWN_DIVISION);
        assertThat(refusal.arguments()).containsExactly(entry("division", "371099"));
    }

    @Test
    void aWrongOrganisationCodeCheckCharacterIsRefusedNamingTheExpectedOne() {
        var refusal = refusalOf(() -> parse("91350100M000100Y53"));

        assertThat(refusal.reason()).isEqualTo(CodeError.ORGANIZATION_CODE_CHECK_CHARACTER);
        assertThat(refusal.arguments()).containsOnly(entry("expected", "4"), entry("actual", "5"));
    }

    @Test
    void aWrongCheckCharacterIsRefusedNamingTheExpectedOne() {
        var refusal = refusalOf(() -> parse("91350100M000100Y44"));

        assertThat(refusal.reason()).isEqualTo(CodeError.CREDIT_CODE_CHECK_CHARACTER);
        assertThat(refusal.arguments()).containsOnly(entry("expected", "3"), entry("actual", "4"));
    }

    @Test
    void theConstructorRefusesACodeWhoseCheckCharacterIsWrong() {
        var refusal = refusalOf(() -> new UnifiedSocialCreditCode("91350100M000100Y44"));

        assertThat(refusal.reason()).isEqualTo(CodeError.CREDIT_CODE_CHECK_CHARACTER);
    }
}
