package io.onewindow.cases;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;
import java.util.UUID;

/**
 * A case ended (办结), with its decision. {@code answers} are the applicant's answers to the item's form,
 * by field name, so that a listener (e.g. the e-licence module issuing the item's licence on approval)
 * needs no read-back.
 */
public record CaseConcluded(UUID caseId, String itemCode, int itemVersion, UUID departmentId, Applicant applicant,
                            Decision decision, Map<String, Object> answers, Trace trace) implements Auditable {

    public enum Decision {
        /** 准予: the item's outcome is granted. */
        APPROVED,
        /** 不予许可: refused on review, with reasons and remedies. */
        REJECTED,
        /** 不予受理: not accepted, with reasons. */
        NOT_ACCEPTED,
        /** The applicant withdrew the application. */
        WITHDRAWN
    }

    public CaseConcluded {
        answers = Map.copyOf(answers);
    }

    @Override
    public AuditFacts audit() {
        AuditFacts facts = AuditFacts.of("cases.case.concluded", "case", caseId).with(Map.of("decision", decision.name()));
        return applicant.kind() == Applicant.SubjectKind.PERSON ? facts.concerning(applicant.subjectId(), "case") : facts;
    }
}
