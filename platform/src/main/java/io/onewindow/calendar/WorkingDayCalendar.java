package io.onewindow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Working days (工作日) on the official calendar, and time limits counted in them. Immutable; built from
 * the official days of the years whose notices are loaded.
 *
 * <p>A time limit of N working days "from" a day (自受理之日起N个工作日内) does not count that day itself:
 * day 1 is the first working day after it, and the limit ends at the end of day N. Days on which the clock
 * is stopped do not count.
 */
public final class WorkingDayCalendar {

    /** Ten years of working days: no time limit in law is longer, and a loop that runs past it is a bug. */
    private static final int MAX_DAYS = 2_500;

    private final Map<LocalDate, OfficialDay> officialDays;
    private final Set<Integer> loadedYears;

    private WorkingDayCalendar(Map<LocalDate, OfficialDay> officialDays, Set<Integer> loadedYears) {
        this.officialDays = officialDays;
        this.loadedYears = loadedYears;
    }

    /** A calendar of the given years with these official days (every one of them in one of the years). */
    public static WorkingDayCalendar of(Collection<Integer> loadedYears, Collection<OfficialDay> officialDays) {
        for (OfficialDay day : officialDays) {
            if (!loadedYears.contains(day.date().getYear())) {
                throw new IllegalArgumentException(day + " is not in a loaded year " + loadedYears);
            }
        }
        return new WorkingDayCalendar(officialDays.stream().collect(Collectors.toUnmodifiableMap(OfficialDay::date, Function.identity())),
                Set.copyOf(loadedYears));
    }

    public boolean isWorkingDay(LocalDate date) {
        OfficialDay official = officialDays.get(date);
        if (official != null) {
            return official.kind() == OfficialDay.Kind.WORKDAY;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Whether the holidays of the date's year are loaded. */
    public boolean covers(LocalDate date) {
        return loadedYears.contains(date.getYear());
    }

    public Set<Integer> loadedYears() {
        return loadedYears;
    }

    /** The last day of a limit of {@code workingDays} counted from {@code start}. */
    public DueDate dueDate(LocalDate start, int workingDays) {
        return dueDate(start, workingDays, List.of());
    }

    /** The last day of a limit of {@code workingDays} counted from {@code start}, not counting days the clock was stopped. */
    public DueDate dueDate(LocalDate start, int workingDays, List<ClockStop> stops) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("a time limit cannot be negative: " + workingDays);
        }
        boolean provisional = !covers(start);
        LocalDate day = start;
        int counted = 0;
        for (int steps = 0; counted < workingDays; steps++) {
            if (steps > MAX_DAYS * 2) {
                throw new IllegalStateException("a time limit of " + workingDays + " working days from " + start + " never ends");
            }
            day = day.plusDays(1);
            provisional |= !covers(day);
            if (counts(day, stops)) {
                counted++;
            }
        }
        return new DueDate(day, provisional);
    }

    /**
     * Working days left from {@code today} to {@code due}: 0 on the due date itself, negative once it has passed
     * (minus the working days since). Days the clock is stopped do not count.
     */
    public int workingDaysLeft(LocalDate today, LocalDate due, List<ClockStop> stops) {
        if (today.isAfter(due)) {
            return -countBetween(due, today, stops);
        }
        return countBetween(today, due, stops);
    }

    /** Working days in ({@code from}, {@code to}], not counting stopped days. */
    public int countBetween(LocalDate from, LocalDate to, List<ClockStop> stops) {
        int counted = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (counts(day, stops)) {
                counted++;
            }
        }
        return counted;
    }

    private boolean counts(LocalDate day, List<ClockStop> stops) {
        if (!isWorkingDay(day)) {
            return false;
        }
        for (ClockStop stop : stops) {
            if (stop.covers(day)) {
                return false;
            }
        }
        return true;
    }
}
