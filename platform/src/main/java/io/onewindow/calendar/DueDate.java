package io.onewindow.calendar;

import java.time.LocalDate;

/**
 * The last day of a time limit counted in working days. {@code provisional} when the count ran through a
 * year whose holidays are not loaded yet: counted on weekends alone, to be recounted when they are.
 */
public record DueDate(LocalDate date, boolean provisional) {
}
