package io.onewindow.cases.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public figures of each department (国办发〔2019〕51号: 评价结果公开): how many cases it decided, how many
 * within the promised time, the working days it used against those it promised, the trips applicants were
 * spared, and the average of its ratings.
 */
@Component
public class Statistics {

    private final JdbcClient jdbc;

    Statistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One department's figures; rates and averages are null when there is nothing to count. */
    public record DepartmentFigures(UUID departmentId, long decided, long onTime, BigDecimal daysUsed, BigDecimal daysPromised,
                                    long tripsSaved, long ratings, BigDecimal satisfaction) {

        public Integer onTimePercent() {
            return decided == 0 ? null : (int) Math.round(100.0 * onTime / decided);
        }
    }

    public List<DepartmentFigures> byDepartment() {
        return jdbc.sql("""
                with decided as (
                    select department_id, count(*) decided,
                           count(*) filter (where decided_on <= due_on) on_time,
                           round(avg(working_days_used), 1) days_used, round(avg(promised_days), 1) days_promised,
                           sum(trips_saved) trips_saved
                    from cases.case_file where decided_on is not null and accepted_on is not null group by department_id),
                rated as (
                    select c.department_id, count(*) ratings, round(avg(r.level), 2) satisfaction
                    from cases.rating r join (select distinct application_id, department_id from cases.case_file) c
                      on c.application_id = r.application_id group by c.department_id)
                select coalesce(d.department_id, r.department_id) department_id, coalesce(d.decided, 0) decided,
                       coalesce(d.on_time, 0) on_time, d.days_used, d.days_promised, coalesce(d.trips_saved, 0) trips_saved,
                       coalesce(r.ratings, 0) ratings, r.satisfaction
                from decided d full join rated r on r.department_id = d.department_id
                order by decided desc""")
                .query((rs, n) -> new DepartmentFigures(rs.getObject("department_id", UUID.class), rs.getLong("decided"), rs.getLong("on_time"),
                        rs.getBigDecimal("days_used"), rs.getBigDecimal("days_promised"), rs.getLong("trips_saved"), rs.getLong("ratings"),
                        rs.getBigDecimal("satisfaction")))
                .list();
    }
}
