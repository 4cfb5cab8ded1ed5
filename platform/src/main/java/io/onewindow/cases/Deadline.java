package io.onewindow.cases;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A case's time limit as shown to everyone: the due date (null before acceptance), whether it is provisional
 * (it runs into a year whose holidays are not loaded, so it was counted on weekends alone), the working days
 * left (negative once overdue) and what that means.
 */
public record Deadline(LocalDate dueOn, boolean provisional, int workingDaysLeft, Status status) {

    public enum Status {
        /** Not accepted yet: the time limit has not started. */
        NOT_STARTED,
        NORMAL,
        /** Two working days or fewer left. */
        WARNING,
        OVERDUE,
        /** Stopped for a correction or a special procedure. */
        PAUSED,
        /** The case ended. */
        ENDED;

        public String messageKey() {
            return "cases.deadline." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public static final int WARNING_DAYS = 2;
}
