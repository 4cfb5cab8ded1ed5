package io.onewindow.cases.internal;

import io.onewindow.cases.Applicant;
import io.onewindow.catalogue.Text;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An application as stored: what it is for ({@code kind} ITEM or BUNDLE, the entry's code and version), who
 * applies, the answers by question key, the applicant's consents (material key to the chosen offer as
 * {@code source/reference}), where prefilled answers came from, and when it was submitted (null while a draft).
 */
public record ApplicationRow(UUID id, String kind, String code, int version, Text name, Applicant applicant,
                             String applicantName, String divisionCode, Map<String, Object> answers,
                             Map<String, String> consents, Map<String, Text> prefilled, Instant submittedAt, Instant createdAt, int lockVersion) {

    public boolean draft() {
        return submittedAt == null;
    }

    public ApplicationRow answered(Map<String, Object> nextAnswers, Map<String, String> nextConsents) {
        return new ApplicationRow(id, kind, code, version, name, applicant, applicantName, divisionCode, nextAnswers, nextConsents,
                prefilled, submittedAt, createdAt, lockVersion);
    }

    public ApplicationRow submitted(Instant at) {
        return new ApplicationRow(id, kind, code, version, name, applicant, applicantName, divisionCode, answers, consents,
                prefilled, at, createdAt, lockVersion);
    }

    /** The row as the store holds it after {@link CaseStore#update} wrote this one (its lock version moved on). */
    public ApplicationRow updated() {
        return new ApplicationRow(id, kind, code, version, name, applicant, applicantName, divisionCode, answers, consents,
                prefilled, submittedAt, createdAt, lockVersion + 1);
    }

    public boolean bundle() {
        return "BUNDLE".equals(kind);
    }
}
