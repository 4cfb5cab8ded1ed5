package io.onewindow.catalogue;

import java.util.List;

/**
 * A question of a form: the schema property it answers ({@code field}), its label and hint, the identity
 * value it can be prefilled from (e.g. {@code person.name}, {@code enterprise.uscc}; null when none) and, for
 * a property with an {@code enum}, the label of each value.
 */
public record FormQuestion(String field, Text label, Text hint, String prefill, List<Choice> choices) {

    public FormQuestion {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A value of an {@code enum} property and how it is shown. */
    public record Choice(String value, Text label) {
    }
}
