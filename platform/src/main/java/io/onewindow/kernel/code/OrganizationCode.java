package io.onewindow.kernel.code;

import java.util.Map;
import java.util.Objects;

import static io.onewindow.kernel.code.CodeError.ORGANIZATION_CODE_CHARACTER;
import static io.onewindow.kernel.code.CodeError.ORGANIZATION_CODE_CHECK_CHARACTER;
import static io.onewindow.kernel.code.CodeError.ORGANIZATION_CODE_LENGTH;

/**
 * An organisation code (组织机构代码, GB 11714-1997): eight digits or capital letters and a check character
 * (0-9 or X). Since 2015 it is characters 9 to 17 of the organisation's {@link UnifiedSocialCreditCode}.
 */
public record OrganizationCode(String value) {

    public static final int LENGTH = 9;

    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    public OrganizationCode {
        Objects.requireNonNull(value, "value");
        requireLength(value);
        requireCharacters(value);
        requireCheckCharacter(value);
    }

    /** Checks a code as typed; the hyphen of the printed form {@code 19220382-1} may be kept. */
    public static OrganizationCode parse(String raw) {
        var value = CodeInput.normalize(raw);
        if (value.length() == LENGTH + 1 && value.charAt(LENGTH - 1) == '-') {
            value = value.substring(0, LENGTH - 1) + value.charAt(LENGTH);
        }
        return new OrganizationCode(value);
    }

    /** The code whose first eight characters are {@code body}; used for demo data and tests. */
    public static OrganizationCode of(String body) {
        return new OrganizationCode(body + checkCharacter(body));
    }

    /** C9 = 11 − (Σ Ci·Wi mod 11), where 10 is written X and 11 is written 0 (GB 11714 clause 5). */
    public static char checkCharacter(String body) {
        if (body == null || !body.matches("[0-9A-Z]{8}")) {
            throw new IllegalArgumentException("the check character is computed over 8 digits or capitals: " + body);
        }
        var sum = 0;
        for (var i = 0; i < WEIGHTS.length; i++) {
            sum += valueOf(body.charAt(i)) * WEIGHTS[i];
        }
        var check = 11 - sum % 11;
        return switch (check) {
            case 10 -> 'X';
            case 11 -> '0';
            default -> (char) ('0' + check);
        };
    }

    /** The eight characters before the check character (本体代码). */
    public String body() {
        return value.substring(0, LENGTH - 1);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Digits count as themselves, letters A to Z as 10 to 35. */
    private static int valueOf(char c) {
        return c <= '9' ? c - '0' : c - 'A' + 10;
    }

    private static void requireLength(String value) {
        if (value.length() != LENGTH) {
            throw new InvalidCodeException(ORGANIZATION_CODE_LENGTH, Map.of("actual", value.length()));
        }
    }

    private static void requireCharacters(String value) {
        for (var i = 0; i < LENGTH; i++) {
            var c = value.charAt(i);
            var digit = c >= '0' && c <= '9';
            var allowed = i < LENGTH - 1 ? digit || (c >= 'A' && c <= 'Z') : digit || c == 'X';
            if (!allowed) {
                throw new InvalidCodeException(ORGANIZATION_CODE_CHARACTER,
                        Map.of("position", i + 1, "character", CodeInput.shown(c)));
            }
        }
    }

    private static void requireCheckCharacter(String value) {
        var expected = checkCharacter(value.substring(0, LENGTH - 1));
        var actual = value.charAt(LENGTH - 1);
        if (actual != expected) {
            throw new InvalidCodeException(ORGANIZATION_CODE_CHECK_CHARACTER,
                    Map.of("expected", String.valueOf(expected), "actual", String.valueOf(actual)));
        }
    }
}
