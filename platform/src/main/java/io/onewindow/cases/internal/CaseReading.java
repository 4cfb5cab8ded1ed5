package io.onewindow.cases.internal;

import io.onewindow.cases.Applicant;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.audit.AuditedActions;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer opening a case reads the applicant's answers and materials: the read is announced to the person
 * (who used my data) for the purpose 办件受理审查.
 */
@Service
public class CaseReading {

    private final CaseWork work;
    private final CaseStore store;
    private final AuditedActions actions;

    CaseReading(CaseWork work, CaseStore store, AuditedActions actions) {
        this.work = work;
        this.store = store;
        this.actions = actions;
    }

    @Transactional
    public CaseRow open(UUID caseId, UserAccount officer) {
        CaseRow row = work.officerCase(caseId, officer);
        ApplicationRow application = store.application(row.applicationId()).orElseThrow();
        if (application.applicant().kind() == Applicant.SubjectKind.PERSON) {
            actions.accessed(application.applicant().subjectId(), "cases.application", "case-review");
        }
        return row;
    }
}
