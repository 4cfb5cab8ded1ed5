package io.onewindow.identity.internal;

import io.onewindow.identity.IdentityError;
import io.onewindow.identity.ReadAlertHandled;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.error.FieldViolation;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alerts {@link PersonalDataReads} raises when an officer goes beyond the hourly limit of reads, as the data
 * bureau sees them: the open ones, newest first, and the ones it has marked handled, with who did and their note.
 */
@Component
public class ReadAlerts {

    static final int MAX_NOTE = 200;

    /** One alert: who read too much, for which department, when, how many reads within the hour, and its handling if any. */
    public record ReadAlert(UUID id, String officerName, String username, UUID departmentId, Instant raisedAt, int reads,
                            Instant handledAt, String handledBy, String note) {
    }

    private final JdbcClient jdbc;
    private final AuditedActions actions;
    private final Clock clock;

    ReadAlerts(JdbcClient jdbc, AuditedActions actions, Clock clock) {
        this.jdbc = jdbc;
        this.actions = actions;
        this.clock = clock;
    }

    public long openCount() {
        return jdbc.sql("select count(*) from identity.read_alert where resolved_at is null").query(Long.class).single();
    }

    public List<ReadAlert> open() {
        return list("resolved_at is null order by raised_at desc limit 500");
    }

    /** The most recently handled alerts, newest handling first. */
    public List<ReadAlert> handled() {
        return list("resolved_at is not null order by resolved_at desc limit 100");
    }

    /** The signed-in data administrator marks the alert handled (已处理), with a note of at most 200 characters. */
    @Transactional
    public void handle(UUID alertId, String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            throw new InvalidInputException(new FieldViolation("note", IdentityError.TOO_LONG, Map.of("max", MAX_NOTE)));
        }
        UUID officer = jdbc.sql("select account_id from identity.read_alert where id = ? for update").param(alertId)
                .query(UUID.class).optional().orElseThrow(() -> new DomainException(IdentityError.ALERT_NOT_FOUND));
        int updated = jdbc.sql("""
                        update identity.read_alert set resolved_at = ?, resolved_by = ?, resolution_note = ?
                        where id = ? and resolved_at is null""")
                .params(Timestamp.from(clock.instant()), CurrentUser.require().username(), text, alertId)
                .update();
        if (updated == 0) {
            throw new DomainException(IdentityError.ALERT_ALREADY_HANDLED);
        }
        actions.publish(trace -> new ReadAlertHandled(alertId, officer, text, trace));
    }

    private List<ReadAlert> list(String condition) {
        return jdbc.sql("""
                        select id, actor_name, username, department_id, raised_at, reads, resolved_at, resolved_by, resolution_note
                        from identity.read_alert where %s""".formatted(condition))
                .query((rs, i) -> new ReadAlert(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getTimestamp(5).toInstant(), rs.getInt(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getString(9)))
                .list();
    }
}
