package io.onewindow.cases.internal;

import io.onewindow.calendar.OfficialDay;
import io.onewindow.calendar.WorkingDayCalendar;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The official calendar of 2025 and 2026 as the platform ships it. */
final class ShippedCalendar {

    static final WorkingDayCalendar CALENDAR = read();

    private ShippedCalendar() {
    }

    private static WorkingDayCalendar read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                ShippedCalendar.class.getClassLoader().getResourceAsStream("calendar/cn-official-days.csv"), StandardCharsets.UTF_8))) {
            List<OfficialDay> days = new ArrayList<>();
            in.lines().skip(1).filter(l -> !l.isBlank()).forEach(line -> {
                String[] f = line.split(",");
                days.add(new OfficialDay(LocalDate.parse(f[0]), OfficialDay.Kind.valueOf(f[1].toUpperCase(Locale.ROOT)), f[2]));
            });
            return WorkingDayCalendar.of(List.of(2025, 2026), days);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
