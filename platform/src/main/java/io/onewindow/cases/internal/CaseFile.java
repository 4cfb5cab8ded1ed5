package io.onewindow.cases.internal;

import io.onewindow.calendar.ClockStop;
import io.onewindow.calendar.DueDate;
import io.onewindow.calendar.WorkingDayCalendar;
import io.onewindow.cases.CaseAction;
import io.onewindow.cases.CaseError;
import io.onewindow.cases.CaseState;
import io.onewindow.kernel.error.DomainException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A case's lifecycle state and clock, as the transition rules see it. {@link #apply} is the only way a case
 * moves: it refuses an action that is not allowed from the current state, by that kind of actor, or without
 * the reason the law wants, and otherwise returns the case as it is after the action (this one is unchanged).
 */
public record CaseFile(UUID id, CaseState state, CaseState resumeState, int promisedDays, LocalDate acceptedOn,
                       List<ClockStop> stops, LocalDate dueOn, boolean dueProvisional, LocalDate decidedOn, int lockVersion) {

    public CaseFile {
        stops = List.copyOf(stops);
    }

    public static CaseFile submitted(UUID id, int promisedDays) {
        return new CaseFile(id, CaseState.SUBMITTED, null, promisedDays, null, List.of(), null, false, null, 0);
    }

    public CaseFile apply(CaseAction action, CaseAction.By by, String reason, LocalDate today, WorkingDayCalendar calendar) {
        if (action.by() != by || !action.allowedFrom(state)) {
            throw new DomainException(CaseError.ILLEGAL_TRANSITION, Map.of("from", state.name(), "action", action.name()));
        }
        if (action.reasonRequired() && (reason == null || reason.isBlank())) {
            throw new DomainException(CaseError.REASON_REQUIRED, Map.of("action", action.name()));
        }
        CaseState target = action.target(resumeState);
        CaseState resume = action == CaseAction.REQUEST_CORRECTION ? state : null;
        LocalDate accepted = action == CaseAction.ACCEPT ? today : acceptedOn;
        List<ClockStop> nextStops = new ArrayList<>(stops);
        boolean clockRunning = accepted != null;
        if (clockRunning && (action == CaseAction.REQUEST_CORRECTION || action == CaseAction.SUSPEND)) {
            nextStops.add(new ClockStop(today, null));
        }
        if (action == CaseAction.RESUBMIT || action == CaseAction.RESUME) {
            nextStops.replaceAll(s -> s.until() == null ? new ClockStop(s.from(), today) : s);
        }
        LocalDate due = dueOn;
        boolean provisional = dueProvisional;
        if (clockRunning) {
            DueDate counted = CaseClock.due(calendar, accepted, promisedDays, nextStops, today);
            due = counted.date();
            provisional = counted.provisional();
        }
        LocalDate decided = action == CaseAction.APPROVE || action == CaseAction.REJECT || action == CaseAction.REFUSE ? today : decidedOn;
        return new CaseFile(id, target, resume, promisedDays, accepted, nextStops, due, provisional, decided, lockVersion + 1);
    }
}
