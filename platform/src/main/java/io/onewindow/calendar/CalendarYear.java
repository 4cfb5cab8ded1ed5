package io.onewindow.calendar;

import java.time.Instant;

/** A loaded year: the notice its days come from, when it was loaded, and how many holidays and make-up days it has. */
public record CalendarYear(int year, String source, Instant loadedAt, int holidays, int workdays) {
}
