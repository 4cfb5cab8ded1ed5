package io.onewindow.kernel.code;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static io.onewindow.kernel.code.UnifiedSocialCreditCode.ALPHABET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The final check works modulo 31, a prime, over 31 characters valued 0 to 30 with weights 3^(i−1) mod 31:
 * no weight is 0 and neighbouring weights differ (3 ≠ 1 mod 31), and for the 17th and 18th characters the
 * check holds only if 3^16 ≡ 1 (mod 31), which it is not (3 has order 30). So every single substitution
 * and every transposition of two adjacent different characters is detected, whichever check reports it.
 */
class UnifiedSocialCreditCodeProperties {

    private static final AddressCodes CODES = DivisionCodes.shipped();

    @Provide
    Arbitrary<UnifiedSocialCreditCode> creditCodes() {
        var authorities = Arbitraries.of(RegistrationAuthority.class);
        var divisions = Arbitraries.of(ShippedDivisions.REGISTRATION_DIVISIONS);
        var organizations = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofLength(8)
                .map(OrganizationCode::of);
        var typeChoices = Arbitraries.integers().between(0, 5);
        return Combinators.combine(authorities, typeChoices, divisions, organizations)
                .as((authority, choice, division, organization) -> UnifiedSocialCreditCode.of(authority,
                        authority.entityTypes().charAt(choice % authority.entityTypes().length()),
                        division, organization));
    }

    @Property
    void everyCodeTheFactoryBuildsIsAccepted(@ForAll("creditCodes") UnifiedSocialCreditCode code) {
        assertThat(UnifiedSocialCreditCode.parse(code.value(), CODES)).isEqualTo(code);
    }

    @Property(tries = 300)
    void changingAnyOneCharacterToAnyOtherAllowedOneIsRefused(@ForAll("creditCodes") UnifiedSocialCreditCode code) {
        for (var position = 0; position < UnifiedSocialCreditCode.LENGTH; position++) {
            for (var replacement : ALPHABET.toCharArray()) {
                if (replacement == code.value().charAt(position)) {
                    continue;
                }
                var changed = new StringBuilder(code.value());
                changed.setCharAt(position, replacement);
                assertRefused(changed.toString());
            }
        }
    }

    @Property(tries = 300)
    void swappingAnyTwoAdjacentDifferentCharactersIsRefused(@ForAll("creditCodes") UnifiedSocialCreditCode code) {
        var value = code.value();
        for (var position = 0; position < UnifiedSocialCreditCode.LENGTH - 1; position++) {
            if (value.charAt(position) != value.charAt(position + 1)) {
                assertRefused(value.substring(0, position) + value.charAt(position + 1) + value.charAt(position)
                        + value.substring(position + 2));
            }
        }
    }

    private static void assertRefused(String code) {
        assertThatExceptionOfType(InvalidCodeException.class)
                .as(code)
                .isThrownBy(() -> UnifiedSocialCreditCode.parse(code, CODES));
    }
}
