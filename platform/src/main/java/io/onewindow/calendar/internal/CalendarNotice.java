package io.onewindow.calendar.internal;

import io.onewindow.calendar.CalendarError;
import io.onewindow.calendar.OfficialDay;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A year's official days as an operator types them from the State Council's notice, one per line in the
 * format of the shipped calendar ({@code date,kind,name}, e.g. {@code 2027-02-06,holiday,春节}; a first line
 * {@code date,kind,name} is a header). Every line is checked; the refusal names each bad line and why.
 */
public final class CalendarNotice {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private CalendarNotice() {
    }

    /** The days of {@code year} in {@code text}; throws with one violation per problem, the field of each being {@code field}. */
    public static List<OfficialDay> read(int year, String text, String field) {
        List<FieldViolation> problems = new ArrayList<>();
        List<OfficialDay> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        String[] lines = text == null ? new String[0] : text.strip().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || number == 1 && line.replace(" ", "").equalsIgnoreCase("date,kind,name")) {
                continue;
            }
            String[] parts = line.split("[,，]", 3);
            if (parts.length != 3) {
                problems.add(violation(field, CalendarError.LINE_UNREADABLE, number, line));
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(parts[0].strip());
            } catch (DateTimeParseException e) {
                problems.add(violation(field, CalendarError.DATE_INVALID, number, parts[0].strip()));
                continue;
            }
            OfficialDay.Kind kind = kind(parts[1].strip());
            String name = parts[2].strip();
            if (date.getYear() != year) {
                problems.add(violation(field, CalendarError.DATE_OUTSIDE_YEAR, number, date.toString()));
            } else if (!seen.add(date)) {
                problems.add(violation(field, CalendarError.DATE_REPEATED, number, date.toString()));
            } else if (kind == null) {
                problems.add(violation(field, CalendarError.KIND_INVALID, number, parts[1].strip()));
            } else if (name.isEmpty()) {
                problems.add(violation(field, CalendarError.NAME_REQUIRED, number, ""));
            } else {
                days.add(new OfficialDay(date, kind, name));
            }
        }
        if (problems.isEmpty() && days.isEmpty()) {
            problems.add(FieldViolation.of(field, CalendarError.DAYS_REQUIRED));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return days;
    }

    private static OfficialDay.Kind kind(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "holiday", "休" -> OfficialDay.Kind.HOLIDAY;
            case "workday", "班" -> OfficialDay.Kind.WORKDAY;
            default -> null;
        };
    }

    private static FieldViolation violation(String field, CalendarError error, int line, String value) {
        return new FieldViolation(field, error, Map.of("line", line, "value", value));
    }
}
