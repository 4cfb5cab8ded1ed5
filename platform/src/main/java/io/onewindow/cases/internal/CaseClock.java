package io.onewindow.cases.internal;

import io.onewindow.calendar.ClockStop;
import io.onewindow.calendar.DueDate;
import io.onewindow.calendar.WorkingDayCalendar;
import io.onewindow.cases.CaseState;
import io.onewindow.cases.Deadline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A case's time limit on the official calendar. The limit is counted in working days from the day of
 * acceptance, not counting that day (行政许可法第四十二条; 期间开始之日不计算在内). A stop (补正 after
 * acceptance, 听证/检验/检测/专家评审 under 第四十五条) covers the day it began to the day it ended: the count
 * resumes on the working day after the applicant resubmits or the procedure ends.
 */
public final class CaseClock {

    private CaseClock() {
    }

    /**
     * The due date; while a stop is still open it is counted as if the stop ended today, the earliest the case
     * can now be due (and recounted when it really ends).
     */
    public static DueDate due(WorkingDayCalendar calendar, LocalDate acceptedOn, int days, List<ClockStop> stops, LocalDate today) {
        List<ClockStop> closed = new ArrayList<>();
        for (ClockStop stop : stops) {
            closed.add(stop.until() == null ? new ClockStop(stop.from(), today.isBefore(stop.from()) ? stop.from() : today) : stop);
        }
        return calendar.dueDate(acceptedOn, days, closed);
    }

    /** The deadline as shown on {@code today} for a case in {@code state}. */
    public static Deadline deadline(WorkingDayCalendar calendar, CaseState state, LocalDate dueOn, boolean provisional,
                                    List<ClockStop> stops, LocalDate today) {
        if (dueOn == null) {
            return new Deadline(null, false, 0, state.ended() ? Deadline.Status.ENDED : Deadline.Status.NOT_STARTED);
        }
        List<ClockStop> closed = stops.stream().map(s -> s.until() == null ? new ClockStop(s.from(), today) : s).toList();
        int left = calendar.workingDaysLeft(today, dueOn, closed);
        Deadline.Status status;
        if (state.ended() || state == CaseState.APPROVED || state == CaseState.REJECTED) {
            status = Deadline.Status.ENDED;
        } else if (state.clockStopped()) {
            status = Deadline.Status.PAUSED;
        } else if (today.isAfter(dueOn)) {
            status = Deadline.Status.OVERDUE;
        } else if (left <= Deadline.WARNING_DAYS) {
            status = Deadline.Status.WARNING;
        } else {
            status = Deadline.Status.NORMAL;
        }
        return new Deadline(dueOn, provisional, left, status);
    }
}
