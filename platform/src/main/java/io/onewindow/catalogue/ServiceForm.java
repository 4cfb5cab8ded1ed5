package io.onewindow.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The application form of an item, as data: a JSON Schema (draft 2020-12) document that says what each
 * answer must be (its {@code properties}, {@code required}, types and constraints), and the pages in which
 * the questions are asked, each question with its label and hint in both languages and, where identity
 * already knows the answer, the value it is prefilled from ({@code person.name}). Citizens get one question
 * per page. Publishing refuses a form that breaks {@code FormProfile}'s rules, naming the part at fault.
 */
public record ServiceForm(Map<String, Object> schema, List<FormPage> pages) {

    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    public ServiceForm {
        schema = schema == null ? Map.of() : schema;
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** Every question, in the order they are asked. */
    public List<FormQuestion> questions() {
        return pages.stream().flatMap(p -> p.questions().stream()).toList();
    }

    public Optional<FormQuestion> question(String field) {
        return questions().stream().filter(q -> q.field().equals(field)).findFirst();
    }

    /** The schema of one answer ({@code properties.<field>}), if the form has that field. */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> fieldSchema(String field) {
        return schema.get("properties") instanceof Map<?, ?> properties && properties.get(field) instanceof Map<?, ?> one
                ? Optional.of((Map<String, Object>) one) : Optional.empty();
    }

    /** Whether the answer to a field is required ({@code required} in the schema). */
    public boolean required(String field) {
        return schema.get("required") instanceof List<?> required && required.contains(field);
    }
}
