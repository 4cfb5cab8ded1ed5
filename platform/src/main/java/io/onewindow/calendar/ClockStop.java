package io.onewindow.calendar;

import java.time.LocalDate;

/**
 * Days on which a time limit does not run (补正, 听证, 检验检测, 专家评审): from {@code from} to {@code until},
 * both included; {@code until} is null while the stop lasts.
 */
public record ClockStop(LocalDate from, LocalDate until) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }
}
