package io.onewindow.kernel.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Collects what is wrong with a submitted form, field by field, so that one answer lists every problem
 * and nothing is stored until none is left.
 */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    /** Runs a parser; a {@link DomainException} it throws becomes the field's violation and the result is null. */
    public <T> T parse(String field, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (DomainException e) {
            found.add(new FieldViolation(field, e.code(), e.arguments()));
            return null;
        }
    }

    /** Records {@code code} against the field unless the condition holds; returns the condition. */
    public boolean require(boolean condition, String field, ErrorCode code) {
        return require(condition, field, code, Map.of());
    }

    public boolean require(boolean condition, String field, ErrorCode code, Map<String, ?> arguments) {
        if (!condition) {
            found.add(new FieldViolation(field, code, Map.copyOf(arguments)));
        }
        return condition;
    }

    /** What was found so far, in the order it was found. */
    public List<FieldViolation> list() {
        return List.copyOf(found);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
