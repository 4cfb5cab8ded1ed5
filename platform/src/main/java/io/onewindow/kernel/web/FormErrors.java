package io.onewindow.kernel.web;

import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The errors of a submitted form, rendered in the reader's language and keyed by field, for the error
 * summary at the top of the page and the message next to each field. Templates call {@link #has} and
 * {@link #message}; an empty instance is put in the model when the form is first shown.
 */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(Map.of());

    private final Map<String, String> byField;

    private FormErrors(Map<String, String> byField) {
        this.byField = byField;
    }

    public static FormErrors none() {
        return NONE;
    }

    public static FormErrors of(InvalidInputException e, Messages messages, Locale locale) {
        return of(e.violations(), messages, locale);
    }

    public static FormErrors of(List<FieldViolation> violations, Messages messages, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldViolation v : violations) {
            // One message per field: the first problem found is the one to fix first.
            byField.putIfAbsent(v.field(), messages.render(v.code(), v.arguments(), locale));
        }
        return new FormErrors(byField);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String message(String field) {
        return byField.get(field);
    }

    /** Field → message, in the order the fields were checked. */
    public Map<String, String> all() {
        return byField;
    }
}
