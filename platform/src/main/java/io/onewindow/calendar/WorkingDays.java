package io.onewindow.calendar;

import java.time.LocalDate;
import java.util.List;

/** The official calendar as other modules use it: the working days of the loaded years, and loading a year. */
public interface WorkingDays {

    /** The calendar as loaded now; cheap to call, a new one after a year is loaded. */
    WorkingDayCalendar calendar();

    /** The official days of a year, in date order; empty when the year is not loaded. */
    List<OfficialDay> officialDays(int year);

    /**
     * Loads a year's holidays and make-up working days from the State Council's notice, replacing any
     * loaded before; publishes {@link CalendarYearLoaded}. Every day must lie in that year.
     */
    void load(int year, String source, List<OfficialDay> days);

    /** The loaded years, latest first. */
    List<CalendarYear> years();

    /** Today's date where the platform runs. */
    LocalDate today();
}
