package io.onewindow.identity.internal;

import io.onewindow.identity.IdentityError;
import io.onewindow.kernel.error.Violations;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a password must be: at least 8 characters with letters and digits (as 等级保护 reviews expect),
 * not containing the user's own name, ID number or phone, and typed the same way twice.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    private PasswordRules() {
    }

    static String check(Violations violations, String password, String confirmation, String... identifiers) {
        if (!violations.require(InputRules.present(password), "password", IdentityError.REQUIRED)) {
            return null;
        }
        if (!violations.require(password.length() >= MIN_LENGTH, "password", IdentityError.PASSWORD_TOO_SHORT, Map.of("min", MIN_LENGTH))
                || !violations.require(password.length() <= MAX_LENGTH, "password", IdentityError.TOO_LONG, Map.of("max", MAX_LENGTH))) {
            return null;
        }
        boolean letters = password.chars().anyMatch(Character::isLetter);
        boolean digits = password.chars().anyMatch(Character::isDigit);
        if (!violations.require(letters && digits, "password", IdentityError.PASSWORD_TOO_WEAK)) {
            return null;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        boolean containsIdentity = Stream.of(identifiers).filter(Objects::nonNull).filter(s -> s.length() >= 4)
                .anyMatch(s -> lower.contains(s.toLowerCase(Locale.ROOT)));
        if (!violations.require(!containsIdentity, "password", IdentityError.PASSWORD_CONTAINS_IDENTITY)) {
            return null;
        }
        return violations.require(password.equals(confirmation), "passwordConfirmation", IdentityError.PASSWORDS_DIFFER) ? password : null;
    }
}
