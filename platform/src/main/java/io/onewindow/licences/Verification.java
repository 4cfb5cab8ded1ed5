package io.onewindow.licences;

import java.util.List;

/**
 * The result of verifying a credential, in the shape of the W3C VC API's verification result: the checks that
 * were made ({@code proof}, {@code validity}, {@code status}), and what was found wrong or could not be
 * checked. The credential verifies when {@code errors} is empty.
 */
public record Verification(List<String> checks, List<Finding> warnings, List<Finding> errors) {

    public Verification {
        checks = List.copyOf(checks);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    public boolean verified() {
        return errors.isEmpty();
    }

    public boolean hasError(String code) {
        return errors.stream().anyMatch(e -> e.code().equals(code));
    }

    /** One thing found: which check, a stable code (e.g. {@code REVOKED}, {@code INVALID_SIGNATURE}) and a sentence. */
    public record Finding(String check, String code, String message) {
    }
}
