package io.onewindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Time limits counted by hand on the State Council's calendars of 2025 and 2026 (the file shipped with the
 * platform): the day of acceptance does not count, holidays and weekends do not, make-up Saturdays and
 * Sundays do, and neither do days the clock is stopped.
 */
class WorkingDayCalendarTests {

    static final WorkingDayCalendar CALENDAR = shipped();

    @Test
    void fiveWorkingDaysFromTheFridayBeforeTheSpringFestivalEndOnTheFridayAfterIt() {
        // Sat 14 Feb is a make-up working day (1); 15–23 Feb are the holiday; 24, 25, 26, 27 Feb (2–5).
        assertThat(CALENDAR.dueDate(LocalDate.of(2026, 2, 13), 5)).isEqualTo(new DueDate(LocalDate.of(2026, 2, 27), false));
    }

    @Test
    void twentyWorkingDaysAcrossTheSpringFestivalCountBothMakeUpSaturdays() {
        // 13, 14(Sat) | 24, 25, 26, 27, 28(Sat) | 2–6 Mar | 9–13 Mar | 16, 17, 18 Mar = 20
        assertThat(CALENDAR.dueDate(LocalDate.of(2026, 2, 12), 20).date()).isEqualTo(LocalDate.of(2026, 3, 18));
    }

    @Test
    void tenWorkingDaysAcrossMidAutumnAndNationalDayCountTheMakeUpSunday() {
        // Sun 20 Sep (1), 21–24 Sep (2–5), 25–27 Sep Mid-Autumn, 28–30 Sep (6–8), 1–7 Oct National Day, 8, 9 Oct (9, 10)
        assertThat(CALENDAR.dueDate(LocalDate.of(2026, 9, 18), 10).date()).isEqualTo(LocalDate.of(2026, 10, 9));
    }

    @Test
    void theMakeUpSaturdayAfterNationalDayIsAWorkingDay() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 10, 5))).as("a Monday of the holiday").isFalse();
        assertThat(CALENDAR.dueDate(LocalDate.of(2026, 10, 9), 1).date()).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void aStoppedClockPushesTheDueDateOnByTheWorkingDaysItStoodStillAcrossQingming() {
        // 20 working days from Mon 2 Mar would end on Mon 30 Mar. Stopped 5–11 Mar (5 working days):
        // 3, 4 | 12–31 Mar (3–16) | 1, 2, 3 Apr (17–19) | 4–6 Apr Qingming | Tue 7 Apr (20)
        List<ClockStop> correction = List.of(new ClockStop(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 11)));

        assertThat(CALENDAR.dueDate(LocalDate.of(2026, 3, 2), 20).date()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(CALENDAR.dueDate(LocalDate.of(2026, 3, 2), 20, correction).date()).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void aClockStillStoppedNeverReachesItsDueDateWithinTheStop() {
        List<ClockStop> hearing = List.of(new ClockStop(LocalDate.of(2026, 3, 5), null));

        assertThat(CALENDAR.workingDaysLeft(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 3, 30), hearing))
                .as("no working day passes while the clock stands").isZero();
    }

    @Test
    void aLimitThatRunsIntoAYearNotYetPublishedIsCountedOnWeekendsAloneAndFlaggedProvisional() {
        // 25, 28, 29, 30, 31 Dec 2026 (1–5); 2027 has no notice yet: Fri 1 Jan counts (6), then 4–7 Jan (7–10).
        assertThat(CALENDAR.dueDate(LocalDate.of(2026, 12, 24), 10)).isEqualTo(new DueDate(LocalDate.of(2027, 1, 7), true));
        assertThat(CALENDAR.dueDate(LocalDate.of(2026, 12, 1), 10).provisional()).isFalse();
    }

    @Test
    void workingDaysLeftAreZeroOnTheDueDateAndNegativeOnceItHasPassed() {
        LocalDate due = LocalDate.of(2026, 2, 27);

        assertThat(CALENDAR.workingDaysLeft(LocalDate.of(2026, 2, 13), due, List.of())).isEqualTo(5);
        assertThat(CALENDAR.workingDaysLeft(due, due, List.of())).isZero();
        // Sat 28 Feb (make-up) and Mon 2 Mar have passed since.
        assertThat(CALENDAR.workingDaysLeft(LocalDate.of(2026, 3, 2), due, List.of())).isEqualTo(-2);
    }

    @Test
    void aZeroDayLimitEndsOnTheDayItselfAndANegativeOneIsRefused() {
        assertThat(CALENDAR.dueDate(LocalDate.of(2026, 5, 1), 0).date()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThatThrownBy(() -> CALENDAR.dueDate(LocalDate.of(2026, 5, 1), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOfficialDayOutsideTheLoadedYearsIsRefused() {
        assertThatThrownBy(() -> WorkingDayCalendar.of(List.of(2026),
                List.of(new OfficialDay(LocalDate.of(2027, 1, 1), OfficialDay.Kind.HOLIDAY, "元旦"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2027-01-01");
    }

    private static WorkingDayCalendar shipped() {
        try (InputStream in = WorkingDayCalendarTests.class.getResourceAsStream("/calendar/cn-official-days.csv")) {
            List<OfficialDay> days = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.split(","))
                    .map(f -> new OfficialDay(LocalDate.parse(f[0]), OfficialDay.Kind.valueOf(f[1].toUpperCase(Locale.ROOT)), f[2]))
                    .toList();
            return WorkingDayCalendar.of(List.of(2025, 2026), days);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
