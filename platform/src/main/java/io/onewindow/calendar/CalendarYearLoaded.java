package io.onewindow.calendar;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;

/** A year's official holidays and make-up working days were loaded; time limits running into it are no longer provisional. */
public record CalendarYearLoaded(int year, String source, int officialDays, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("calendar.year.loaded", "calendar-year", year)
                .with(Map.of("source", source, "officialDays", officialDays));
    }
}
