package io.onewindow.kernel.code;

import java.util.Map;
import java.util.Objects;

import static io.onewindow.kernel.code.CodeError.CREDIT_CODE_CHARACTER;
import static io.onewindow.kernel.code.CodeError.CREDIT_CODE_CHECK_CHARACTER;
import static io.onewindow.kernel.code.CodeError.CREDIT_CODE_ENTITY_TYPE;
import static io.onewindow.kernel.code.CodeError.CREDIT_CODE_LENGTH;
import static io.onewindow.kernel.code.CodeError.CREDIT_CODE_REGISTRATION_AUTHORITY;
import static io.onewindow.kernel.code.CodeError.ORGANIZATION_CODE_CHECK_CHARACTER;
import static io.onewindow.kernel.code.CodeError.UNKNOWN_DIVISION;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015) of an enterprise or other organisation:
 * registration authority, entity type, the division of the registering office, the {@link OrganizationCode}
 * and a check character, 18 characters over 0-9 and the capitals without I, O, Z, S and V. Unlike a citizen
 * ID it is public by law, so it is shown in full.
 *
 * <p>{@link #parse} also checks the division against the division lists; the constructor checks everything
 * the code itself can prove.
 */
public record UnifiedSocialCreditCode(String value) {

    public static final int LENGTH = 18;

    /** The characters in the order of their values 0 to 30 (GB 32100 Appendix B). */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int MODULUS = 31;
    private static final int[] WEIGHTS = new int[LENGTH - 1];

    static {
        WEIGHTS[0] = 1;
        for (var i = 1; i < WEIGHTS.length; i++) {
            WEIGHTS[i] = WEIGHTS[i - 1] * 3 % MODULUS;
        }
    }

    public UnifiedSocialCreditCode {
        Objects.requireNonNull(value, "value");
        check(value);
        if (!value.substring(2, 8).matches("\\d{6}")) {
            throw new InvalidCodeException(UNKNOWN_DIVISION, Map.of("division", value.substring(2, 8)));
        }
        requireCheckCharacter(value);
    }

    /**
     * Checks a code as typed (spaces dropped, full-width characters and lower case accepted) and refuses it
     * with the first reason found: length, characters, registration authority, entity type, division,
     * organisation code, check character.
     */
    public static UnifiedSocialCreditCode parse(String raw, AddressCodes codes) {
        var value = CodeInput.normalize(raw);
        check(value);
        var division = value.substring(2, 8);
        if (!codes.isRegistrationDivision(division)) {
            throw new InvalidCodeException(UNKNOWN_DIVISION, Map.of("division", division));
        }
        return new UnifiedSocialCreditCode(value);
    }

    /** The code built from its parts; used for demo data and tests. */
    public static UnifiedSocialCreditCode of(RegistrationAuthority authority, char entityType, String division,
                                             OrganizationCode organization) {
        var first17 = "" + authority.code() + entityType + division + organization.value();
        return new UnifiedSocialCreditCode(first17 + checkCharacter(first17));
    }

    /** C18 = 31 − (Σ Ci·3^(i−1) mod 31), where 31 is written 0 (GB 32100 Appendix B). */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("the check character is computed over 17 characters: " + first17);
        }
        var sum = 0;
        for (var i = 0; i < WEIGHTS.length; i++) {
            var characterValue = ALPHABET.indexOf(first17.charAt(i));
            if (characterValue < 0) {
                throw new IllegalArgumentException("not a character of the code: " + first17.charAt(i));
            }
            sum += characterValue * WEIGHTS[i];
        }
        return ALPHABET.charAt((MODULUS - sum % MODULUS) % MODULUS);
    }

    public RegistrationAuthority registrationAuthority() {
        return RegistrationAuthority.of(value.charAt(0)).orElseThrow();
    }

    /** The entity type (机构类别) within the {@link #registrationAuthority()}, e.g. {@code '1'} for 企业 under 工商. */
    public char entityType() {
        return value.charAt(1);
    }

    /** The division of the registering office (登记管理机关行政区划码). */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    public OrganizationCode organizationCode() {
        return new OrganizationCode(value.substring(8, 17));
    }

    @Override
    public String toString() {
        return value;
    }

    /** Length, characters, authority and entity type, in the order the reasons are reported. */
    private static void check(String value) {
        if (value.length() != LENGTH) {
            throw new InvalidCodeException(CREDIT_CODE_LENGTH, Map.of("actual", value.length()));
        }
        for (var i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw new InvalidCodeException(CREDIT_CODE_CHARACTER,
                        Map.of("position", i + 1, "character", CodeInput.shown(value.charAt(i))));
            }
        }
        var authorityCode = String.valueOf(value.charAt(0));
        var authority = RegistrationAuthority.of(value.charAt(0)).orElseThrow(() ->
                new InvalidCodeException(CREDIT_CODE_REGISTRATION_AUTHORITY, Map.of("authority", authorityCode)));
        if (!authority.registers(value.charAt(1))) {
            throw new InvalidCodeException(CREDIT_CODE_ENTITY_TYPE,
                    Map.of("authority", authorityCode, "entityType", String.valueOf(value.charAt(1))));
        }
    }

    /** The organisation code's own check character (17th), then the code's (18th). */
    private static void requireCheckCharacter(String value) {
        var organizationExpected = OrganizationCode.checkCharacter(value.substring(8, 16));
        if (value.charAt(16) != organizationExpected) {
            throw new InvalidCodeException(ORGANIZATION_CODE_CHECK_CHARACTER, Map.of(
                    "expected", String.valueOf(organizationExpected), "actual", String.valueOf(value.charAt(16))));
        }
        var expected = checkCharacter(value.substring(0, LENGTH - 1));
        var actual = value.charAt(LENGTH - 1);
        if (actual != expected) {
            throw new InvalidCodeException(CREDIT_CODE_CHECK_CHARACTER,
                    Map.of("expected", String.valueOf(expected), "actual", String.valueOf(actual)));
        }
    }
}
