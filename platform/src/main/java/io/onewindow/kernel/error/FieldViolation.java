package io.onewindow.kernel.error;

import java.util.Map;

/** What is wrong with one field of a submitted form or request body. */
public record FieldViolation(String field, ErrorCode code, Map<String, Object> arguments) {

    public FieldViolation {
        arguments = Map.copyOf(arguments);
    }

    public static FieldViolation of(String field, ErrorCode code) {
        return new FieldViolation(field, code, Map.of());
    }
}
