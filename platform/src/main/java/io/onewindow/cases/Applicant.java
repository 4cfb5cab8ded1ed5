package io.onewindow.cases;

import java.util.Objects;
import java.util.UUID;

/**
 * Who a case is for: a person or an enterprise as identity registered them ({@code subjectId} is the
 * person's or the enterprise's id there), and the account that applied (the person, or an agent of the
 * enterprise).
 */
public record Applicant(UUID accountId, SubjectKind kind, UUID subjectId) {

    public enum SubjectKind {
        PERSON,
        ENTERPRISE
    }

    public Applicant {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
    }

    public static Applicant person(UUID accountId, UUID personId) {
        return new Applicant(accountId, SubjectKind.PERSON, personId);
    }

    public static Applicant enterprise(UUID accountId, UUID enterpriseId) {
        return new Applicant(accountId, SubjectKind.ENTERPRISE, enterpriseId);
    }
}
