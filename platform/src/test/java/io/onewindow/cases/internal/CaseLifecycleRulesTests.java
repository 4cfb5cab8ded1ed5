package io.onewindow.cases.internal;

import static io.onewindow.cases.internal.ShippedCalendar.CALENDAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.cases.CaseAction;
import io.onewindow.cases.CaseError;
import io.onewindow.cases.CaseState;
import io.onewindow.kernel.error.DomainException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle's transition table: every path the law allows works, and every other action, from every
 * state and by either kind of actor, is refused with ILLEGAL_TRANSITION naming the state and the action,
 * leaving the case as it was.
 */
class CaseLifecycleRulesTests {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void theLawfulPathsLeadWhereTheLawSays() {
        assertThat(walk(CaseAction.ACCEPT, CaseAction.START_REVIEW, CaseAction.APPROVE, CaseAction.CONCLUDE).state())
                .isEqualTo(CaseState.CONCLUDED);
        assertThat(walk(CaseAction.ACCEPT, CaseAction.START_REVIEW, CaseAction.REJECT).state()).isEqualTo(CaseState.REJECTED);
        assertThat(walk(CaseAction.REFUSE).state()).isEqualTo(CaseState.NOT_ACCEPTED);
        assertThat(walk(CaseAction.ACCEPT, CaseAction.WITHDRAW).state()).isEqualTo(CaseState.WITHDRAWN);
        assertThat(walk(CaseAction.REQUEST_CORRECTION, CaseAction.RESUBMIT, CaseAction.ACCEPT).state()).isEqualTo(CaseState.ACCEPTED);
    }

    @Test
    void everyActionNotAllowedFromAStateIsRefusedAndChangesNothing() {
        int refused = 0;
        for (Map.Entry<CaseState, CaseFile> at : everyState().entrySet()) {
            for (CaseAction action : CaseAction.values()) {
                for (CaseAction.By by : CaseAction.By.values()) {
                    if (action.allowedFrom(at.getKey()) && action.by() == by) {
                        continue;
                    }
                    CaseFile before = at.getValue();
                    assertThatThrownBy(() -> before.apply(action, by, "理由", DAY, CALENDAR))
                            .as("%s by %s from %s", action, by, at.getKey())
                            .isInstanceOfSatisfying(DomainException.class, e -> {
                                assertThat(e.code()).isEqualTo(CaseError.ILLEGAL_TRANSITION);
                                assertThat(e.arguments()).containsEntry("from", at.getKey().name()).containsEntry("action", action.name());
                            });
                    assertThat(before).isEqualTo(at.getValue());
                    refused++;
                }
            }
        }
        assertThat(refused).as("the table refuses far more than it allows").isGreaterThan(200);
    }

    @Test
    void anOfficerCannotApproveForTheApplicantNorTheApplicantWithdrawAnEndedCase() {
        CaseFile reviewing = walk(CaseAction.ACCEPT, CaseAction.START_REVIEW);
        assertThatThrownBy(() -> reviewing.apply(CaseAction.APPROVE, CaseAction.By.APPLICANT, null, DAY, CALENDAR))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(CaseError.ILLEGAL_TRANSITION));
        CaseFile concluded = walk(CaseAction.ACCEPT, CaseAction.START_REVIEW, CaseAction.APPROVE, CaseAction.CONCLUDE);
        assertThatThrownBy(() -> concluded.apply(CaseAction.WITHDRAW, CaseAction.By.APPLICANT, null, DAY, CALENDAR))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(CaseError.ILLEGAL_TRANSITION));
    }

    @Test
    void refusingRejectingAskingForACorrectionOrSuspendingNeedAReason() {
        for (CaseAction action : List.of(CaseAction.REFUSE, CaseAction.REQUEST_CORRECTION)) {
            assertThatThrownBy(() -> walk().apply(action, CaseAction.By.OFFICER, "  ", DAY, CALENDAR))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(CaseError.REASON_REQUIRED));
        }
        CaseFile reviewing = walk(CaseAction.ACCEPT, CaseAction.START_REVIEW);
        for (CaseAction action : List.of(CaseAction.REJECT, CaseAction.SUSPEND)) {
            assertThatThrownBy(() -> reviewing.apply(action, CaseAction.By.OFFICER, null, DAY, CALENDAR))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(CaseError.REASON_REQUIRED));
        }
    }

    @Test
    void everyTransitionAdvancesTheLockVersion() {
        assertThat(walk(CaseAction.ACCEPT, CaseAction.START_REVIEW).lockVersion()).isEqualTo(2);
    }

    private static Map<CaseState, CaseFile> everyState() {
        Map<CaseState, CaseFile> states = new EnumMap<>(CaseState.class);
        states.put(CaseState.DRAFT, new CaseFile(UUID.randomUUID(), CaseState.DRAFT, null, 5, null, List.of(), null, false, null, 0));
        states.put(CaseState.SUBMITTED, walk());
        states.put(CaseState.CORRECTION_REQUESTED, walk(CaseAction.REQUEST_CORRECTION));
        states.put(CaseState.ACCEPTED, walk(CaseAction.ACCEPT));
        states.put(CaseState.UNDER_REVIEW, walk(CaseAction.ACCEPT, CaseAction.START_REVIEW));
        states.put(CaseState.SPECIAL_PROCEDURE, walk(CaseAction.ACCEPT, CaseAction.START_REVIEW, CaseAction.SUSPEND));
        states.put(CaseState.APPROVED, walk(CaseAction.ACCEPT, CaseAction.START_REVIEW, CaseAction.APPROVE));
        states.put(CaseState.REJECTED, walk(CaseAction.ACCEPT, CaseAction.START_REVIEW, CaseAction.REJECT));
        states.put(CaseState.NOT_ACCEPTED, walk(CaseAction.REFUSE));
        states.put(CaseState.WITHDRAWN, walk(CaseAction.WITHDRAW));
        states.put(CaseState.CONCLUDED, walk(CaseAction.ACCEPT, CaseAction.START_REVIEW, CaseAction.APPROVE, CaseAction.CONCLUDE));
        assertThat(states).hasSize(CaseState.values().length);
        return states;
    }

    private static CaseFile walk(CaseAction... actions) {
        CaseFile file = CaseFile.submitted(UUID.randomUUID(), 5);
        for (CaseAction action : actions) {
            file = file.apply(action, action.by(), "理由", DAY, CALENDAR);
        }
        return file;
    }
}
