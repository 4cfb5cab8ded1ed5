package io.onewindow.catalogue.internal;

import io.onewindow.catalogue.Audience;
import io.onewindow.catalogue.CatalogueError;
import io.onewindow.catalogue.FormPage;
import io.onewindow.catalogue.FormQuestion;
import io.onewindow.catalogue.ServiceForm;
import io.onewindow.kernel.error.ErrorCode;
import io.onewindow.kernel.error.Violations;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules a form must keep to be published: its schema is JSON Schema draft 2020-12 restricted to what a
 * one-question-per-page renderer can show (an object of flat string, integer, number and boolean answers,
 * with enum, format, length, pattern and range constraints; no references, no combinators, no nesting), so
 * that every published form is both a standard schema any validator accepts and a form the cases module
 * can ask. Every problem names where it is, e.g. {@code schema.properties.area.minimum}.
 */
final class FormProfile {

    static final Pattern FIELD = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");
    private static final Set<String> ROOT = Set.of("$schema", "$comment", "title", "description", "type", "properties",
            "required", "additionalProperties");
    private static final Set<String> TYPES = Set.of("string", "integer", "number", "boolean");
    private static final Set<String> FORMATS = Set.of("date", "email");
    private static final Map<String, Set<String>> KEYWORDS = Map.of(
            "string", Set.of("type", "title", "description", "$comment", "enum", "format", "minLength", "maxLength", "pattern"),
            "integer", Set.of("type", "title", "description", "$comment", "minimum", "maximum"),
            "number", Set.of("type", "title", "description", "$comment", "minimum", "maximum"),
            "boolean", Set.of("type", "title", "description", "$comment"));

    private final Violations violations;
    private final String field;

    private FormProfile(Violations violations, String field) {
        this.violations = violations;
        this.field = field;
    }

    /** Records every way the form breaks the profile against {@code field} (the form's field in the request). */
    static void check(ServiceForm form, Set<Audience> audiences, String field, Violations violations) {
        FormProfile profile = new FormProfile(violations, field);
        if (form == null || form.schema().isEmpty()) {
            violations.require(false, field, CatalogueError.FORM_MISSING);
            return;
        }
        Set<String> properties = profile.schema(form.schema());
        profile.pages(form.pages(), properties, form, audiences.contains(Audience.PERSON));
    }

    private Set<String> schema(Map<String, Object> schema) {
        for (String keyword : schema.keySet()) {
            fail(!ROOT.contains(keyword), CatalogueError.FORM_KEYWORD_UNSUPPORTED, keyword);
        }
        fail(!ServiceForm.DIALECT.equals(schema.get("$schema")), CatalogueError.FORM_DIALECT, "$schema");
        fail(!"object".equals(schema.get("type")), CatalogueError.FORM_VALUE_INVALID, "type");
        if (schema.containsKey("additionalProperties")) {
            fail(!Boolean.FALSE.equals(schema.get("additionalProperties")), CatalogueError.FORM_VALUE_INVALID, "additionalProperties");
        }
        Set<String> names = new LinkedHashSet<>();
        if (!(schema.get("properties") instanceof Map<?, ?> properties) || properties.isEmpty()) {
            fail(true, CatalogueError.FORM_VALUE_INVALID, "properties");
            return names;
        }
        for (Map.Entry<?, ?> property : properties.entrySet()) {
            String name = String.valueOf(property.getKey());
            String path = "properties." + name;
            if (fail(!FIELD.matcher(name).matches(), CatalogueError.FORM_FIELD_NAME_INVALID, path)) {
                continue;
            }
            names.add(name);
            if (property.getValue() instanceof Map<?, ?> definition) {
                property(path, definition);
            } else {
                fail(true, CatalogueError.FORM_VALUE_INVALID, path);
            }
        }
        if (schema.containsKey("required")) {
            if (schema.get("required") instanceof List<?> required) {
                for (Object name : required) {
                    fail(!names.contains(String.valueOf(name)), CatalogueError.FORM_VALUE_INVALID, "required." + name);
                }
            } else {
                fail(true, CatalogueError.FORM_VALUE_INVALID, "required");
            }
        }
        return names;
    }

    private void property(String path, Map<?, ?> definition) {
        Object type = definition.get("type");
        if (fail(!(type instanceof String t) || !TYPES.contains(t), CatalogueError.FORM_VALUE_INVALID, path + ".type")) {
            return;
        }
        Set<String> allowed = KEYWORDS.get((String) type);
        for (Object keyword : definition.keySet()) {
            fail(!allowed.contains(String.valueOf(keyword)), CatalogueError.FORM_KEYWORD_UNSUPPORTED, path + "." + keyword);
        }
        if (definition.containsKey("enum")) {
            fail(!(definition.get("enum") instanceof List<?> values) || values.isEmpty()
                    || !values.stream().allMatch(v -> v instanceof String), CatalogueError.FORM_VALUE_INVALID, path + ".enum");
        }
        if (definition.containsKey("format")) {
            fail(!FORMATS.contains(String.valueOf(definition.get("format"))), CatalogueError.FORM_VALUE_INVALID, path + ".format");
        }
        for (String length : List.of("minLength", "maxLength")) {
            if (definition.containsKey(length)) {
                fail(!(definition.get(length) instanceof Integer n) || n < 0, CatalogueError.FORM_VALUE_INVALID, path + "." + length);
            }
        }
        for (String bound : List.of("minimum", "maximum")) {
            if (definition.containsKey(bound)) {
                fail(!(definition.get(bound) instanceof Number), CatalogueError.FORM_VALUE_INVALID, path + "." + bound);
            }
        }
        if (definition.containsKey("pattern")) {
            boolean compiles;
            try {
                Pattern.compile(String.valueOf(definition.get("pattern")));
                compiles = definition.get("pattern") instanceof String;
            } catch (PatternSyntaxException e) {
                compiles = false;
            }
            fail(!compiles, CatalogueError.FORM_VALUE_INVALID, path + ".pattern");
        }
    }

    private void pages(List<FormPage> pages, Set<String> properties, ServiceForm form, boolean citizens) {
        Set<String> asked = new HashSet<>();
        for (int p = 0; p < pages.size(); p++) {
            List<FormQuestion> questions = pages.get(p).questions();
            String page = "pages[" + p + "]";
            fail(questions.isEmpty() || (citizens && questions.size() > 1), CatalogueError.FORM_ONE_QUESTION_PER_PAGE, page);
            for (int q = 0; q < questions.size(); q++) {
                question(questions.get(q), page + ".questions[" + q + "]", properties, asked, form);
            }
        }
        for (String property : properties) {
            fail(!asked.contains(property), CatalogueError.FORM_FIELD_NOT_ASKED, "properties." + property);
        }
    }

    private void question(FormQuestion question, String path, Set<String> properties, Set<String> asked, ServiceForm form) {
        if (fail(question.field() == null || !properties.contains(question.field()), CatalogueError.FORM_QUESTION_UNKNOWN, path + ".field")) {
            return;
        }
        fail(!asked.add(question.field()), CatalogueError.FORM_QUESTION_REPEATED, path + ".field");
        fail(question.label() == null || question.label().isBlank() || question.label().en() == null || question.label().en().isBlank(),
                CatalogueError.FORM_LABEL_MISSING, path + ".label");
        if (question.prefill() != null) {
            fail(!KnownCodes.PREFILLS.contains(question.prefill()), CatalogueError.PREFILL_UNKNOWN, path + ".prefill");
        }
        Object values = form.fieldSchema(question.field()).map(s -> s.get("enum")).orElse(null);
        List<String> offered = question.choices().stream().map(FormQuestion.Choice::value).toList();
        boolean labelled = question.choices().stream().allMatch(c -> c.label() != null && !c.label().isBlank());
        fail(values instanceof List<?> list ? !(list.equals(offered) && labelled) : !offered.isEmpty(),
                CatalogueError.FORM_CHOICES_MISMATCH, path + ".choices");
    }

    private boolean fail(boolean failed, ErrorCode code, String path) {
        return !violations.require(!failed, field, code, Map.of("path", path));
    }
}
