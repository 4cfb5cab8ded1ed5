package io.onewindow.portal.web;

import io.onewindow.kernel.i18n.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What was wrong with a request body that could not be read, in words its sender can act on: no body, no JSON
 * (and where it stops being JSON), or JSON whose field holds the wrong kind of value or none where one is needed
 * (and what it should hold: a number, true or false, one of the names of a list, a date as 2026-12-05…).
 */
public record UnreadableBody(String code, String detail, Optional<FieldError> field) {

    /** One field and what is wrong with it, as the errors of refused input are. */
    public record FieldError(String field, String code, String message) {
    }

    static UnreadableBody of(HttpMessageNotReadableException e, Messages messages, Locale locale) {
        JacksonException jackson = cause(e);
        if (jackson == null) {
            return whole("error.body.missing", Map.of(), messages, locale);
        }
        if (jackson instanceof StreamReadException || jackson.getPath().isEmpty()) {
            TokenStreamLocation at = jackson.getLocation();
            return at == null || at.getLineNr() < 1 ? whole("error.body.malformed", Map.of(), messages, locale)
                    : whole("error.body.malformed-at", Map.of("line", at.getLineNr(), "column", at.getColumnNr()), messages, locale);
        }
        String path = path(jackson);
        String fieldCode;
        Map<String, Object> arguments;
        if (absent(jackson)) {
            fieldCode = "error.input.required";
            arguments = Map.of("field", path);
        } else if (!(jackson instanceof MismatchedInputException mismatch) || mismatch.getTargetType() == null) {
            fieldCode = "error.input.invalid";
            arguments = Map.of("field", path);
        } else {
            fieldCode = "error.input.type";
            arguments = Map.of("field", path, "expected", expected(mismatch.getTargetType(), messages, locale));
        }
        String message = messages.render(fieldCode, arguments, locale);
        return new UnreadableBody(fieldCode, message, Optional.of(new FieldError(path, fieldCode, message)));
    }

    /** A null, or nothing, where a value without a default (true or false, a number) is needed. */
    private static boolean absent(JacksonException e) {
        return e instanceof InvalidNullException || e instanceof MismatchedInputException mismatch
                && (mismatch.getCurrentToken() == null || mismatch.getCurrentToken() == JsonToken.VALUE_NULL
                || mismatch.getCurrentToken() == JsonToken.END_OBJECT);
    }

    private static UnreadableBody whole(String code, Map<String, ?> arguments, Messages messages, Locale locale) {
        return new UnreadableBody(code, messages.render(code, arguments, locale), Optional.empty());
    }

    private static JacksonException cause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /** The field as a sender writes it: {@code parameters[1].type}. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What a value of the type is, for a sender: a whole number, true or false, one of the names… */
    static String expected(Class<?> type, Messages messages, Locale locale) {
        if (type.isEnum()) {
            String names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
            return messages.render("error.input.expect.one-of", Map.of("names", names), locale);
        }
        return messages.render("error.input.expect." + kind(type), Map.of(), locale);
    }

    private static String kind(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == int.class || type == long.class || type == short.class || type == Integer.class || type == Long.class
                || type == Short.class) {
            return "integer";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "number";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "text";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "time";
        }
        if (type == UUID.class) {
            return "uuid";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "list";
        }
        return "object";
    }
}
