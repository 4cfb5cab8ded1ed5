package io.onewindow.cases;

import java.util.Locale;

/** Where a case stands (办件状态). A case ends as concluded (办结), not accepted or withdrawn. */
public enum CaseState {
    /** 草稿: being filled in by the applicant. */
    DRAFT,
    /** 已提交: waiting for the department to accept it. */
    SUBMITTED,
    /** 待补正: the department listed what is missing; the clock stops until the applicant resubmits. */
    CORRECTION_REQUESTED,
    /** 已受理: accepted; the time limit runs from the day of acceptance. */
    ACCEPTED,
    /** 审查中 */
    UNDER_REVIEW,
    /** 特别程序 (听证、检验、检测、专家评审): the clock stops. */
    SPECIAL_PROCEDURE,
    /** 准予许可: decided in the applicant's favour, to be concluded. */
    APPROVED,
    /** 不予许可: refused with reasons and remedies, to be concluded. */
    REJECTED,
    /** 不予受理: ended without review, with reasons. */
    NOT_ACCEPTED,
    /** 已撤回 by the applicant. */
    WITHDRAWN,
    /** 已办结 */
    CONCLUDED;

    public boolean ended() {
        return this == NOT_ACCEPTED || this == WITHDRAWN || this == CONCLUDED;
    }

    /** Whether the time limit is suspended in this state (it only ever runs after acceptance). */
    public boolean clockStopped() {
        return this == CORRECTION_REQUESTED || this == SPECIAL_PROCEDURE;
    }

    public String messageKey() {
        return "cases.state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
