package io.onewindow.audit.internal;

import io.onewindow.audit.AuditError;
import io.onewindow.audit.AuditTrailSearched;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.Violations;
import io.onewindow.kernel.time.CivilTime;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auditors' search of the private records. Every search and every export is itself recorded, with its
 * filters, so that watching the watchers is possible too.
 */
@Service
public class AuditSearch {

    public static final int PAGE = 50;
    public static final int EXPORT_LIMIT = 100_000;

    private final JdbcClient jdbc;
    private final RecordStore records;
    private final AuditedActions actions;
    private final Clock clock;

    AuditSearch(JdbcClient jdbc, RecordStore records, AuditedActions actions, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.actions = actions;
        this.clock = clock;
    }

    /** Search filters as typed; empty ones do not filter. {@code subject} is a person id resolved by the caller. */
    public record Filters(String action, String actor, UUID department, UUID subject, String from, String to) {

        Map<String, Object> asDetail() {
            Map<String, Object> detail = new LinkedHashMap<>();
            if (present(action)) {
                detail.put("action", action.strip());
            }
            if (present(actor)) {
                detail.put("actor", actor.strip());
            }
            if (department != null) {
                detail.put("department", department.toString());
            }
            if (subject != null) {
                detail.put("subject", subject.toString());
            }
            if (present(from)) {
                detail.put("from", from.strip());
            }
            if (present(to)) {
                detail.put("to", to.strip());
            }
            return detail;
        }
    }

    @Transactional
    public List<RecordStore.StoredRecord> search(Filters filters, int page) {
        List<RecordStore.StoredRecord> found = query(filters, PAGE, Math.max(0L, page) * PAGE);
        actions.publish(trace -> new AuditTrailSearched(filters.asDetail(), found.size(), false, trace));
        return found;
    }

    /** An auditor opens (or exports, for the verifier) one record; that is recorded too. */
    @Transactional
    public java.util.Optional<RecordStore.StoredRecord> view(UUID id, boolean export) {
        java.util.Optional<RecordStore.StoredRecord> stored = records.find(id);
        stored.ifPresent(s -> actions.publish(trace -> new AuditTrailSearched(Map.of("record", id.toString()), 1, export, trace)));
        return stored;
    }

    @Transactional
    public List<RecordStore.StoredRecord> export(Filters filters) {
        List<RecordStore.StoredRecord> found = query(filters, EXPORT_LIMIT, 0);
        actions.publish(trace -> new AuditTrailSearched(filters.asDetail(), found.size(), true, trace));
        return found;
    }

    private List<RecordStore.StoredRecord> query(Filters filters, int limit, long offset) {
        Violations violations = new Violations();
        LocalDate from = date(violations, "from", filters.from());
        LocalDate to = date(violations, "to", filters.to());
        if (from != null && to != null) {
            violations.require(!from.isAfter(to), "to", AuditError.DATE_RANGE_INVALID);
        }
        violations.throwIfAny();

        StringBuilder where = new StringBuilder("true");
        List<Object> params = new ArrayList<>();
        if (present(filters.action())) {
            // In the C collation, a prefix is a range of the action index (record_action_idx).
            where.append(" and r.action collate \"C\" like ?");
            params.add(filters.action().strip() + "%");
        }
        if (present(filters.actor())) {
            where.append(" and (r.actor_username = ? or r.actor_name = ?)");
            params.add(filters.actor().strip());
            params.add(filters.actor().strip());
        }
        if (filters.department() != null) {
            where.append(" and r.actor_department = ?");
            params.add(filters.department());
        }
        if (filters.subject() != null) {
            where.append(" and r.subject = ?");
            params.add(filters.subject());
        }
        if (from != null) {
            where.append(" and r.at >= ?");
            params.add(Timestamp.from(from.atStartOfDay(CivilTime.ZONE).toInstant()));
        }
        if (to != null) {
            where.append(" and r.at < ?");
            params.add(Timestamp.from(to.plusDays(1).atStartOfDay(CivilTime.ZONE).toInstant()));
        }
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select " + RecordStore.COLUMNS + " from " + RecordStore.FROM + " where " + where
                        + " order by r.at desc, r.id limit ? offset ?")
                .params(params).query(records::stored).list();
    }

    private static LocalDate date(Violations violations, String field, String raw) {
        if (!present(raw)) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            violations.require(false, field, AuditError.DATE_INVALID);
            return null;
        }
    }

    static boolean present(String raw) {
        return raw != null && !raw.isBlank();
    }
}
