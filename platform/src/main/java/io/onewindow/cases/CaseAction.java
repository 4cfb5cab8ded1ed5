package io.onewindow.cases;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What can be done to a case, by whom, from which states, and whether the law wants a reason. The
 * transition table of the case lifecycle is this enum; nothing else moves a case.
 */
public enum CaseAction {
    /** 提交 */
    SUBMIT(By.APPLICANT, false, CaseState.SUBMITTED, CaseState.DRAFT),
    /** 受理 (行政许可法第三十二条第一款第五项) */
    ACCEPT(By.OFFICER, false, CaseState.ACCEPTED, CaseState.SUBMITTED),
    /** 不予受理, with the reasons in writing (第三十二条第一款第一、二项, 第三十二条第二款). */
    REFUSE(By.OFFICER, true, CaseState.NOT_ACCEPTED, CaseState.SUBMITTED),
    /** 一次性告知补正: one notice listing everything missing (第三十二条第一款第四项). */
    REQUEST_CORRECTION(By.OFFICER, true, CaseState.CORRECTION_REQUESTED, CaseState.SUBMITTED, CaseState.UNDER_REVIEW),
    /** The applicant hands in what was missing; the case returns to where it was. */
    RESUBMIT(By.APPLICANT, false, null, CaseState.CORRECTION_REQUESTED),
    /** 审查 (第三十四条) */
    START_REVIEW(By.OFFICER, false, CaseState.UNDER_REVIEW, CaseState.ACCEPTED),
    /** 听证、检验、检测、检疫、鉴定、专家评审: not counted in the time limit (第四十五条); the reason names which. */
    SUSPEND(By.OFFICER, true, CaseState.SPECIAL_PROCEDURE, CaseState.UNDER_REVIEW),
    /** The special procedure ended; the clock runs again. */
    RESUME(By.OFFICER, false, CaseState.UNDER_REVIEW, CaseState.SPECIAL_PROCEDURE),
    /** 准予行政许可 (第三十八条第一款) */
    APPROVE(By.OFFICER, false, CaseState.APPROVED, CaseState.UNDER_REVIEW),
    /** 不予行政许可, with reasons and the remedies (第三十八条第二款). */
    REJECT(By.OFFICER, true, CaseState.REJECTED, CaseState.UNDER_REVIEW),
    /** 办结: the decision is served. */
    CONCLUDE(By.OFFICER, false, CaseState.CONCLUDED, CaseState.APPROVED, CaseState.REJECTED),
    /** 撤回 by the applicant, at any time before a decision. */
    WITHDRAW(By.APPLICANT, false, CaseState.WITHDRAWN, CaseState.SUBMITTED, CaseState.CORRECTION_REQUESTED,
            CaseState.ACCEPTED, CaseState.UNDER_REVIEW, CaseState.SPECIAL_PROCEDURE);

    /** Who may take the action. */
    public enum By {
        APPLICANT, OFFICER
    }

    private final By by;
    private final boolean reasonRequired;
    private final CaseState target;
    private final Set<CaseState> from;

    CaseAction(By by, boolean reasonRequired, CaseState target, CaseState... from) {
        this.by = by;
        this.reasonRequired = reasonRequired;
        this.target = target;
        this.from = EnumSet.copyOf(Arrays.asList(from));
    }

    public By by() {
        return by;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    public boolean allowedFrom(CaseState state) {
        return from.contains(state);
    }

    /** The state the action leads to; {@code RESUBMIT} returns to the state the correction was asked in. */
    public CaseState target(CaseState resumeState) {
        return target != null ? target : resumeState;
    }

    /** {@code request-correction}: how the action appears in addresses and bundle keys. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "cases.action." + slug();
    }

    public static Optional<CaseAction> fromSlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug().equals(slug)).findFirst();
    }
}
