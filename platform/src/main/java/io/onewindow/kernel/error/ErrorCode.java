package io.onewindow.kernel.error;

import java.util.Locale;

/**
 * One reason an operation was refused. Each module has one enum of these; the message for a code
 * lives in the bundles under {@link #messageKey()}, with named placeholders such as {@code {expected}}.
 */
public interface ErrorCode {

    /** The bundle key, e.g. {@code error.code.citizen-id-check-character}. */
    String messageKey();

    /** The HTTP status the API answers with; invalid input is 422 unless a code says otherwise. */
    default int httpStatus() {
        return 422;
    }

    /** {@code CHECK_CHARACTER} becomes {@code check-character}: how enum names turn into bundle keys. */
    static String kebab(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
