package io.onewindow.cases.internal;

import io.onewindow.cases.CaseError;
import io.onewindow.kernel.error.FieldViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks an answer against its question's JSON Schema (the catalogue's renderable profile: string, integer,
 * number or boolean with enum, format date/email, minLength/maxLength, pattern, minimum/maximum; required
 * from the form) and turns the typed text into the JSON value the case keeps. Lengths count characters, as
 * JSON Schema does (code points), so that a Chinese name of two characters is two long.
 */
public final class AnswerRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private AnswerRules() {
    }

    /** The answer's value, or the violation; an empty optional answer is null. */
    public static Result check(ApplicationForm.Question question, String raw) {
        String text = raw == null ? "" : raw.strip();
        String key = question.key();
        if (text.isEmpty()) {
            return question.required() ? Result.refused(key, CaseError.ANSWER_REQUIRED, Map.of()) : Result.of(null);
        }
        Map<String, Object> schema = question.schema();
        Object type = schema.getOrDefault("type", "string");
        if (schema.get("enum") instanceof List<?> choices && !choices.contains(text)) {
            return Result.refused(key, CaseError.ANSWER_CHOICE, Map.of());
        }
        switch (String.valueOf(type)) {
            case "boolean" -> {
                if (!text.equals("true") && !text.equals("false")) {
                    return Result.refused(key, CaseError.ANSWER_BOOLEAN, Map.of());
                }
                return Result.of(Boolean.valueOf(text));
            }
            case "integer", "number" -> {
                BigDecimal number;
                try {
                    number = new BigDecimal(text);
                } catch (NumberFormatException e) {
                    return Result.refused(key, CaseError.ANSWER_NOT_A_NUMBER, Map.of());
                }
                if ("integer".equals(type) && number.stripTrailingZeros().scale() > 0) {
                    return Result.refused(key, CaseError.ANSWER_NOT_AN_INTEGER, Map.of());
                }
                if (schema.get("minimum") instanceof Number min && number.compareTo(new BigDecimal(min.toString())) < 0) {
                    return Result.refused(key, CaseError.ANSWER_TOO_SMALL, Map.of("min", min));
                }
                if (schema.get("maximum") instanceof Number max && number.compareTo(new BigDecimal(max.toString())) > 0) {
                    return Result.refused(key, CaseError.ANSWER_TOO_LARGE, Map.of("max", max));
                }
                return Result.of("integer".equals(type) ? (Object) number.longValueExact() : number);
            }
            default -> {
                int length = text.codePointCount(0, text.length());
                if (schema.get("minLength") instanceof Number min && length < min.intValue()) {
                    return Result.refused(key, CaseError.ANSWER_TOO_SHORT, Map.of("min", min));
                }
                if (schema.get("maxLength") instanceof Number max && length > max.intValue()) {
                    return Result.refused(key, CaseError.ANSWER_TOO_LONG, Map.of("max", max));
                }
                if (schema.get("pattern") instanceof String pattern && !Pattern.compile(pattern).matcher(text).find()) {
                    return Result.refused(key, CaseError.ANSWER_PATTERN, Map.of());
                }
                if ("date".equals(schema.get("format"))) {
                    try {
                        LocalDate.parse(text);
                    } catch (DateTimeParseException e) {
                        return Result.refused(key, CaseError.ANSWER_DATE, Map.of());
                    }
                }
                if ("email".equals(schema.get("format")) && !EMAIL.matcher(text).matches()) {
                    return Result.refused(key, CaseError.ANSWER_EMAIL, Map.of());
                }
                return Result.of(text);
            }
        }
    }

    /** A checked answer: its value, or why it was refused. */
    public record Result(Object value, Optional<FieldViolation> violation) {

        static Result of(Object value) {
            return new Result(value, Optional.empty());
        }

        static Result refused(String field, CaseError code, Map<String, Object> arguments) {
            return new Result(null, Optional.of(new FieldViolation(field, code, arguments)));
        }
    }
}
