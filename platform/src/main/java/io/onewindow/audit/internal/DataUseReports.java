package io.onewindow.audit.internal;

import io.onewindow.audit.AuditError;
import io.onewindow.audit.DataUseReportResolved;
import io.onewindow.audit.DataUseReported;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.Violations;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Citizens' reports of suspicious uses of their data, and how the data bureau resolved them. */
@Service
public class DataUseReports {

    static final int MAX_TEXT = 1000;

    private final JdbcClient jdbc;
    private final RecordStore records;
    private final AuditedActions actions;
    private final Clock clock;

    DataUseReports(JdbcClient jdbc, RecordStore records, AuditedActions actions, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.actions = actions;
        this.clock = clock;
    }

    /** A report as the data bureau sees it. */
    public record Report(UUID id, RecordStore.StoredRecord record, String reason, String status, Instant createdAt,
                         String handledBy, Instant handledAt, String resolution) {
    }

    @Transactional
    public UUID report(UUID recordId, UUID person, UUID account, String reason) {
        RecordStore.StoredRecord record = records.find(recordId).orElseThrow(() -> new DomainException(AuditError.RECORD_NOT_FOUND));
        if (!person.equals(record.record().subject())) {
            throw new DomainException(AuditError.NOT_YOUR_RECORD);
        }
        Violations violations = new Violations();
        String text = text(violations, "reason", reason, AuditError.REASON_REQUIRED);
        violations.require(jdbc.sql("select count(*) from audit.report where record_id = ? and reporter_person = ?")
                .params(recordId, person).query(Long.class).single() == 0, "reason", AuditError.ALREADY_REPORTED);
        violations.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into audit.report (id, record_id, reporter_account, reporter_person, reason, status, created_at)
                values (?, ?, ?, ?, ?, 'OPEN', ?)""")
                .params(id, recordId, account, person, text, Timestamp.from(clock.instant())).update();
        actions.publish(trace -> new DataUseReported(id, recordId, person, trace));
        return id;
    }

    @Transactional
    public void resolve(UUID reportId, String handledBy, String resolution) {
        UUID reporter = jdbc.sql("select reporter_person from audit.report where id = ? and status = 'OPEN'")
                .param(reportId).query(UUID.class).optional()
                .orElseThrow(() -> new DomainException(AuditError.REPORT_NOT_FOUND));
        Violations violations = new Violations();
        String text = text(violations, "resolution", resolution, AuditError.RESOLUTION_REQUIRED);
        violations.throwIfAny();
        jdbc.sql("update audit.report set status = 'RESOLVED', handled_by = ?, handled_at = ?, resolution = ? where id = ?")
                .params(handledBy, Timestamp.from(clock.instant()), text, reportId).update();
        actions.publish(trace -> new DataUseReportResolved(reportId, reporter, trace));
    }

    public List<Report> list(boolean open) {
        return jdbc.sql("""
                        select id, record_id, reason, status, created_at, handled_by, handled_at, resolution
                          from audit.report where (status = 'OPEN') = ? order by created_at desc limit 200""")
                .param(open)
                .query((rs, i) -> new Report(rs.getObject("id", UUID.class),
                        records.find(rs.getObject("record_id", UUID.class)).orElseThrow(), rs.getString("reason"),
                        rs.getString("status"), rs.getTimestamp("created_at").toInstant(), rs.getString("handled_by"),
                        rs.getTimestamp("handled_at") == null ? null : rs.getTimestamp("handled_at").toInstant(),
                        rs.getString("resolution")))
                .list();
    }

    /** How many reports wait for an answer. */
    public long openCount() {
        return jdbc.sql("select count(*) from audit.report where status = 'OPEN'").query(Long.class).single();
    }

    /** The ids of the records this person has reported. */
    public List<UUID> reportedBy(UUID person) {
        return jdbc.sql("select record_id from audit.report where reporter_person = ?").param(person).query(UUID.class).list();
    }

    /** Where a person's report stands, as they see it: still open, or resolved with the data bureau's answer. */
    public record Outcome(boolean resolved, String resolution, Instant handledAt) {
    }

    /** The outcome of each report this person made, by the id of the record reported. */
    public Map<UUID, Outcome> outcomesFor(UUID person) {
        Map<UUID, Outcome> outcomes = new java.util.HashMap<>();
        jdbc.sql("select record_id, status, resolution, handled_at from audit.report where reporter_person = ?")
                .param(person)
                .query(rs -> {
                    outcomes.put(rs.getObject("record_id", UUID.class), new Outcome("RESOLVED".equals(rs.getString("status")),
                            rs.getString("resolution"), rs.getTimestamp("handled_at") == null ? null : rs.getTimestamp("handled_at").toInstant()));
                });
        return outcomes;
    }

    private static String text(Violations violations, String field, String raw, AuditError required) {
        if (!violations.require(raw != null && !raw.isBlank(), field, required)) {
            return null;
        }
        String text = raw.strip();
        return violations.require(text.length() <= MAX_TEXT, field, AuditError.REASON_TOO_LONG, Map.of("max", MAX_TEXT)) ? text : null;
    }
}
