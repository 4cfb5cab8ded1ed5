package io.onewindow.calendar;

import java.time.LocalDate;

/**
 * A date that differs from the plain Monday–Friday week: a holiday (休) even on a weekday, or a make-up
 * working day (班) even on a weekend. {@code name} is the holiday's name, e.g. 春节.
 */
public record OfficialDay(LocalDate date, Kind kind, String name) {

    public enum Kind {
        HOLIDAY, WORKDAY
    }
}
