package io.onewindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The calendar as the platform keeps it: the shipped years are there from the start, and a newly published year takes effect when loaded. */
// The audit trail (in every module test) has auditor pages that look people and departments up in identity.
@ApplicationModuleTest(extraIncludes = "identity")
class OfficialCalendarTests {

    @Autowired
    WorkingDays workingDays;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theYearsShippedWithTheReleaseAreLoadedAtStart() {
        assertThat(workingDays.calendar().loadedYears()).contains(2025, 2026);
        assertThat(workingDays.officialDays(2026)).extracting(OfficialDay::name).contains("春节", "国庆节调休上班");
    }

    @Test
    void loadingTheNextYearsNoticeMakesALimitRunningIntoItFinalAndIsAnAuditedAction() {
        // Thu 28 Dec 2028: 29 Dec (1), then Mon 1 Jan 2029 counts as long as its holiday is unknown.
        LocalDate start = LocalDate.of(2028, 12, 28);
        assertThat(workingDays.calendar().dueDate(start, 5)).isEqualTo(new DueDate(LocalDate.of(2029, 1, 4), true));

        workingDays.load(2028, "国务院办公厅关于2028年部分节假日安排的通知", List.of(
                new OfficialDay(LocalDate.of(2028, 1, 1), OfficialDay.Kind.HOLIDAY, "元旦")));
        workingDays.load(2029, "国务院办公厅关于2029年部分节假日安排的通知", List.of(
                new OfficialDay(LocalDate.of(2029, 1, 1), OfficialDay.Kind.HOLIDAY, "元旦")));

        // 29 Dec (1); 1 Jan 2029 a holiday; 2, 3, 4, 5 Jan (2–5)
        assertThat(workingDays.calendar().dueDate(start, 5)).isEqualTo(new DueDate(LocalDate.of(2029, 1, 5), false));
        assertThat(jdbc.sql("select count(*) from audit.record where action = 'calendar.year.loaded' and object_id = '2029'")
                .query(Long.class).single()).isOne();
    }
}
