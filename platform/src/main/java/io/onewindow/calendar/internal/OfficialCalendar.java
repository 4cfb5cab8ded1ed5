package io.onewindow.calendar.internal;

import io.onewindow.calendar.CalendarYear;
import io.onewindow.calendar.CalendarYearLoaded;
import io.onewindow.calendar.OfficialDay;
import io.onewindow.calendar.WorkingDayCalendar;
import io.onewindow.calendar.WorkingDays;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.time.CivilTime;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The official calendar in {@code calendar.*}, kept in memory: it changes once a year. A node that did not
 * load a year itself sees it within a minute ({@link #refresh()}), or at once after a restart.
 */
@Service
class OfficialCalendar implements WorkingDays {

    private final JdbcClient jdbc;
    private final AuditedActions actions;
    private final Clock clock;
    private final AtomicReference<WorkingDayCalendar> current = new AtomicReference<>();

    OfficialCalendar(JdbcClient jdbc, AuditedActions actions, Clock clock) {
        this.jdbc = jdbc;
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    public WorkingDayCalendar calendar() {
        WorkingDayCalendar calendar = current.get();
        return calendar != null ? calendar : refresh();
    }

    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    WorkingDayCalendar refresh() {
        List<Integer> years = jdbc.sql("select year from calendar.year order by year").query(Integer.class).list();
        List<OfficialDay> days = jdbc.sql("select date, kind, name from calendar.official_day order by date")
                .query((rs, i) -> new OfficialDay(rs.getObject(1, LocalDate.class), OfficialDay.Kind.valueOf(rs.getString(2)),
                        rs.getString(3)))
                .list();
        WorkingDayCalendar calendar = WorkingDayCalendar.of(years, days);
        current.set(calendar);
        return calendar;
    }

    @Override
    public List<OfficialDay> officialDays(int year) {
        return jdbc.sql("select date, kind, name from calendar.official_day where extract(year from date) = ? order by date")
                .param(year)
                .query((rs, i) -> new OfficialDay(rs.getObject(1, LocalDate.class), OfficialDay.Kind.valueOf(rs.getString(2)),
                        rs.getString(3)))
                .list();
    }

    @Override
    public List<CalendarYear> years() {
        return jdbc.sql("""
                        select y.year, y.source, y.loaded_at,
                               count(d.date) filter (where d.kind = 'HOLIDAY') as holidays,
                               count(d.date) filter (where d.kind = 'WORKDAY') as workdays
                        from calendar.year y left join calendar.official_day d on extract(year from d.date) = y.year
                        group by y.year order by y.year desc""")
                .query((rs, i) -> new CalendarYear(rs.getInt("year"), rs.getString("source"),
                        rs.getTimestamp("loaded_at").toInstant(), rs.getInt("holidays"), rs.getInt("workdays")))
                .list();
    }

    @Override
    @Transactional
    public void load(int year, String source, List<OfficialDay> days) {
        for (OfficialDay day : days) {
            if (day.date().getYear() != year) {
                throw new IllegalArgumentException(day.date() + " is not in " + year);
            }
        }
        // Nodes loading the same year at once take turns.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('calendar.year'), ?)").param(year).query(Object.class).single();
        jdbc.sql("delete from calendar.official_day where extract(year from date) = ?").param(year).update();
        for (OfficialDay day : days) {
            jdbc.sql("insert into calendar.official_day (date, kind, name) values (?, ?, ?)")
                    .params(Date.valueOf(day.date()), day.kind().name(), day.name()).update();
        }
        jdbc.sql("""
                        insert into calendar.year (year, source, loaded_at) values (?, ?, ?)
                        on conflict (year) do update set source = excluded.source, loaded_at = excluded.loaded_at""")
                .params(year, source, Timestamp.from(clock.instant())).update();
        actions.publish(trace -> new CalendarYearLoaded(year, source, days.size(), trace));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                refresh();
            }
        });
    }

    @Override
    public LocalDate today() {
        return CivilTime.today(clock);
    }
}
