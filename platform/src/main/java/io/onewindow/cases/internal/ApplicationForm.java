package io.onewindow.cases.internal;

import io.onewindow.catalogue.FormQuestion;
import io.onewindow.catalogue.ServiceBundle;
import io.onewindow.catalogue.ServiceItem;
import io.onewindow.catalogue.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questions of an application, one per page, built from the catalogue's forms. For one item they are its
 * form's questions. For a bundle (一件事) each shared question is asked once and answers every member field it
 * maps to; then each member's remaining questions, where a field of the same name prefilled from the same
 * identity value (申请人姓名 from {@code person.name}) is the same fact about the applicant and is asked once.
 */
public record ApplicationForm(List<Question> questions, List<ServiceItem> members) {

    /** A member item's form field that an answer goes to. */
    public record Target(String itemCode, String field) {
    }

    /** One question: its key among the application's answers, the schema its answer must meet, where it goes. */
    public record Question(String key, Text label, Text hint, String prefill, Map<String, Object> schema, boolean required,
                           List<FormQuestion.Choice> choices, List<Target> targets) {
    }

    public static ApplicationForm of(ServiceItem item) {
        List<Question> questions = new ArrayList<>();
        for (FormQuestion q : item.form().questions()) {
            questions.add(question(q.field(), item, q, List.of(new Target(item.code(), q.field()))));
        }
        return new ApplicationForm(questions, List.of(item));
    }

    public static ApplicationForm of(ServiceBundle bundle, List<ServiceItem> members) {
        Map<String, Question> byKey = new LinkedHashMap<>();
        Map<Target, String> asked = new LinkedHashMap<>();
        for (ServiceBundle.SharedQuestion shared : bundle.sharedQuestions()) {
            List<Target> targets = shared.fields().stream().map(f -> new Target(f.itemCode(), f.field())).toList();
            ServiceBundle.FieldMapping first = shared.fields().get(0);
            ServiceItem item = member(members, first.itemCode());
            FormQuestion source = item.form().question(first.field()).orElseThrow();
            boolean required = shared.fields().stream().anyMatch(f -> member(members, f.itemCode()).form().required(f.field()));
            byKey.put(shared.key(), new Question(shared.key(), shared.label(), shared.hint(), shared.prefill(),
                    item.form().fieldSchema(first.field()).orElse(Map.of()), required, source.choices(), targets));
            targets.forEach(t -> asked.put(t, shared.key()));
        }
        for (ServiceItem item : members) {
            for (FormQuestion q : item.form().questions()) {
                Target target = new Target(item.code(), q.field());
                if (asked.containsKey(target)) {
                    continue;
                }
                Optional<Question> same = q.prefill() == null ? Optional.empty() : byKey.values().stream()
                        .filter(other -> q.prefill().equals(other.prefill()) && other.targets().stream().anyMatch(t -> t.field().equals(q.field())))
                        .findFirst();
                if (same.isPresent()) {
                    Question merged = same.get();
                    List<Target> targets = new ArrayList<>(merged.targets());
                    targets.add(target);
                    byKey.put(merged.key(), new Question(merged.key(), merged.label(), merged.hint(), merged.prefill(), merged.schema(),
                            merged.required() || item.form().required(q.field()), merged.choices(), List.copyOf(targets)));
                } else {
                    String key = byKey.containsKey(q.field()) ? item.code() + "." + q.field() : q.field();
                    byKey.put(key, question(key, item, q, List.of(target)));
                }
            }
        }
        return new ApplicationForm(List.copyOf(byKey.values()), List.copyOf(members));
    }

    private static Question question(String key, ServiceItem item, FormQuestion q, List<Target> targets) {
        return new Question(key, q.label(), q.hint(), q.prefill(), item.form().fieldSchema(q.field()).orElse(Map.of()),
                item.form().required(q.field()), q.choices(), targets);
    }

    private static ServiceItem member(List<ServiceItem> members, String code) {
        return members.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }

    public Optional<Question> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    public int indexOf(String key) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The answers one member's case holds: its form's field names to the applicant's answers. */
    public Map<String, Object> answersFor(String itemCode, Map<String, Object> answers) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Question q : questions) {
            for (Target t : q.targets()) {
                if (t.itemCode().equals(itemCode) && answers.get(q.key()) != null) {
                    fields.put(t.field(), answers.get(q.key()));
                }
            }
        }
        return fields;
    }
}
