package io.onewindow.cases.internal;

import static io.onewindow.cases.CaseAction.By.APPLICANT;
import static io.onewindow.cases.CaseAction.By.OFFICER;
import static io.onewindow.cases.internal.ShippedCalendar.CALENDAR;
import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.calendar.ClockStop;
import io.onewindow.cases.CaseAction;
import io.onewindow.cases.CaseState;
import io.onewindow.cases.Deadline;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A case's due date and status, counted by hand on the State Council's 2026 calendar: the day of acceptance
 * does not count, the Spring Festival and National Day holidays do not, their make-up weekend days do, and
 * neither do the days a correction or a special procedure stopped the clock.
 */
class CaseDeadlineTests {

    @Test
    void fiveDaysAcceptedTheFridayBeforeTheSpringFestivalAreDueTheFridayAfterIt() {
        // Sat 14 Feb is a make-up working day (1); 15–23 Feb the holiday; 24, 25, 26, 27 Feb (2–5).
        CaseFile accepted = accept(5, LocalDate.of(2026, 2, 13));
        assertThat(accepted.acceptedOn()).isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(accepted.dueOn()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(accepted.dueProvisional()).isFalse();
    }

    @Test
    void sevenDaysOverTheSpringFestivalCountTheSecondMakeUpSaturday() {
        // … 27 Feb (5), Sat 28 Feb make-up (6), Mon 2 Mar (7)
        assertThat(accept(7, LocalDate.of(2026, 2, 13)).dueOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void elevenDaysOverMidAutumnAndNationalDayEndOnTheMakeUpSaturday() {
        // Sun 20 Sep make-up (1), 21–24 (2–5), 25–27 Mid-Autumn, 28–30 (6–8), 1–7 Oct, 8, 9 Oct (9, 10), Sat 10 Oct make-up (11)
        assertThat(accept(11, LocalDate.of(2026, 9, 18)).dueOn()).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void aCorrectionAfterAcceptanceStopsTheClockUntilTheApplicantResubmits() {
        // Accepted Mon 14 Sep, 10 days: without a stop 15–18, 20(Sun), 21–24, 28 Sep.
        // Correction asked Wed 16 Sep, resubmitted Tue 22 Sep: 16–22 Sep do not count.
        // 15 Sep (1), 23, 24 (2, 3), 28, 29, 30 (4–6), 8, 9 Oct (7, 8), Sat 10 Oct (9), Mon 12 Oct (10).
        CaseFile accepted = accept(10, LocalDate.of(2026, 9, 14));
        assertThat(accepted.dueOn()).isEqualTo(LocalDate.of(2026, 9, 28));
        CaseFile reviewing = accepted.apply(CaseAction.START_REVIEW, OFFICER, null, LocalDate.of(2026, 9, 15), CALENDAR);
        CaseFile waiting = reviewing.apply(CaseAction.REQUEST_CORRECTION, OFFICER, "缺少租赁合同", LocalDate.of(2026, 9, 16), CALENDAR);
        assertThat(waiting.state()).isEqualTo(CaseState.CORRECTION_REQUESTED);
        assertThat(waiting.stops()).containsExactly(new ClockStop(LocalDate.of(2026, 9, 16), null));
        assertThat(CaseClock.deadline(CALENDAR, waiting.state(), waiting.dueOn(), false, waiting.stops(), LocalDate.of(2026, 9, 21)).status())
                .isEqualTo(Deadline.Status.PAUSED);

        CaseFile resubmitted = waiting.apply(CaseAction.RESUBMIT, APPLICANT, null, LocalDate.of(2026, 9, 22), CALENDAR);
        assertThat(resubmitted.state()).as("back to where the correction was asked").isEqualTo(CaseState.UNDER_REVIEW);
        assertThat(resubmitted.dueOn()).isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void aCorrectionBeforeAcceptanceDoesNotStopAClockThatHasNotStarted() {
        CaseFile waiting = CaseFile.submitted(UUID.randomUUID(), 5)
                .apply(CaseAction.REQUEST_CORRECTION, OFFICER, "缺少布局图", LocalDate.of(2026, 2, 10), CALENDAR);
        CaseFile back = waiting.apply(CaseAction.RESUBMIT, APPLICANT, null, LocalDate.of(2026, 2, 12), CALENDAR);
        assertThat(back.state()).isEqualTo(CaseState.SUBMITTED);
        assertThat(back.stops()).isEmpty();
        assertThat(back.apply(CaseAction.ACCEPT, OFFICER, null, LocalDate.of(2026, 2, 13), CALENDAR).dueOn())
                .isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void aHearingStopsTheClockUntilItEnds() {
        // Accepted Fri 18 Sep, 5 days: 20(Sun), 21–24 Sep → 24 Sep. Hearing from Mon 21 to Wed 30 Sep:
        // 20 Sep (1), 8, 9 Oct (2, 3), Sat 10 Oct (4), Mon 12 Oct (5).
        CaseFile reviewing = accept(5, LocalDate.of(2026, 9, 18))
                .apply(CaseAction.START_REVIEW, OFFICER, null, LocalDate.of(2026, 9, 20), CALENDAR);
        CaseFile hearing = reviewing.apply(CaseAction.SUSPEND, OFFICER, "听证", LocalDate.of(2026, 9, 21), CALENDAR);
        CaseFile resumed = hearing.apply(CaseAction.RESUME, OFFICER, null, LocalDate.of(2026, 9, 30), CALENDAR);
        assertThat(resumed.dueOn()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(resumed.stops()).containsExactly(new ClockStop(LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 30)));
    }

    @Test
    void aLimitRunningIntoAYearNotLoadedIsCountedOnWeekendsAloneAndProvisional() {
        // 25 Dec (1), 28–31 Dec (2–5), Fri 1 Jan 2027 counts: its holidays are unknown (6), 4–7 Jan (7–10).
        CaseFile accepted = accept(10, LocalDate.of(2026, 12, 24));
        assertThat(accepted.dueOn()).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(accepted.dueProvisional()).isTrue();
    }

    @Test
    void twoWorkingDaysLeftIsAWarningAndADayPastTheDueDateIsOverdue() {
        LocalDate due = LocalDate.of(2026, 2, 27);
        assertThat(status(due, LocalDate.of(2026, 2, 13))).as("14 Feb and 24–27 Feb left")
                .isEqualTo(new Deadline(due, false, 5, Deadline.Status.NORMAL));
        assertThat(status(due, LocalDate.of(2026, 2, 24))).isEqualTo(new Deadline(due, false, 3, Deadline.Status.NORMAL));
        assertThat(status(due, LocalDate.of(2026, 2, 25))).isEqualTo(new Deadline(due, false, 2, Deadline.Status.WARNING));
        assertThat(status(due, due)).isEqualTo(new Deadline(due, false, 0, Deadline.Status.WARNING));
        assertThat(status(due, LocalDate.of(2026, 3, 2))).as("Sat 28 Feb was a working day")
                .isEqualTo(new Deadline(due, false, -2, Deadline.Status.OVERDUE));
    }

    private static Deadline status(LocalDate due, LocalDate today) {
        return CaseClock.deadline(CALENDAR, CaseState.UNDER_REVIEW, due, false, List.of(), today);
    }

    private static CaseFile accept(int days, LocalDate on) {
        return CaseFile.submitted(UUID.randomUUID(), days).apply(CaseAction.ACCEPT, OFFICER, null, on, CALENDAR);
    }
}
