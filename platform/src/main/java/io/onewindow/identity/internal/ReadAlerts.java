package io.onewindow.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The alerts {@link PersonalDataReads} raises when an officer goes beyond the hourly limit of reads, as the data
 * bureau sees them: the open ones, newest first.
 */
@Component
public class ReadAlerts {

    /** One alert: who read too much, for which department, when, and how many reads within the hour. */
    public record ReadAlert(UUID id, String officerName, String username, UUID departmentId, Instant raisedAt, int reads) {
    }

    private final JdbcClient jdbc;

    ReadAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long openCount() {
        return jdbc.sql("select count(*) from identity.read_alert where resolved_at is null").query(Long.class).single();
    }

    public List<ReadAlert> open() {
        return jdbc.sql("""
                        select id, actor_name, username, department_id, raised_at, reads from identity.read_alert
                        where resolved_at is null order by raised_at desc limit 500""")
                .query((rs, i) -> new ReadAlert(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getTimestamp(5).toInstant(), rs.getInt(6)))
                .list();
    }
}
