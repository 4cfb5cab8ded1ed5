package io.onewindow.audit.internal;

import io.onewindow.kernel.audit.Actor;
import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Trace;
import io.onewindow.kernel.access.Role;
import io.onewindow.tlog.record.RecordCommitment;
import io.onewindow.tlog.record.RecordExportDocument;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.core.type.TypeReference;

/**
 * The private audit store: writes records with their salt and commitment, idempotently per event (an
 * event delivered twice after a crash is recorded once), and reads them back.
 */
@Component
public class RecordStore {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };
    /** The columns {@link #stored} reads, from {@link #FROM}. */
    static final String COLUMNS = """
            r.id, r.at, r.action, r.actor_account, r.actor_username, r.actor_name, r.actor_role, r.actor_department,
            r.actor_department_name, r.object_type, r.object_id, r.subject, r.purpose, r.request_id,
            r.detail::text as detail, r.salt, r.commitment, l.leaf_index""";
    /** Records with their place in the log, if they have one yet. */
    static final String FROM = "audit.record r left join audit.leaf l on l.record_id = r.id";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final JsonMapper json;

    RecordStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate, JsonMapper json) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.json = json;
    }

    /** Records one event; returns false if it was recorded before. */
    public boolean record(Trace trace, AuditFacts facts) {
        return recordAll(List.of(new Recorded(trace, facts))) == 1;
    }

    /** Records events in one batch; returns how many were new. */
    public int recordAll(List<Recorded> events) {
        List<Object[]> rows = new ArrayList<>(events.size());
        for (Recorded event : events) {
            String detail = json.writeValueAsString(event.facts().detail());
            PrivateRecord record = privateRecord(event.trace(), event.facts(), detail);
            byte[] salt = RecordCommitment.newSalt();
            Actor actor = record.actor();
            rows.add(new Object[] {record.id(), Timestamp.from(record.at()), record.action(), actor.accountId(), actor.username(),
                    actor.name(), actor.role() == null ? null : actor.role().name(), actor.departmentId(), actor.departmentName(),
                    record.objectType(), record.objectId(), record.subject(), record.purpose(), record.requestId(), detail, salt,
                    RecordCommitment.of(salt, record.toJson())});
        }
        // A record seen before is not stored again; a new one joins the queue for the log by being stored. Values are
        // bound by position, in the columns' order, without a map of names for each record.
        int[] counts = jdbcTemplate.batchUpdate("""
                insert into audit.record (id, at, action, actor_account, actor_username, actor_name, actor_role,
                    actor_department, actor_department_name, object_type, object_id, subject, purpose, request_id,
                    detail, salt, commitment)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
                on conflict (id) do nothing""", rows);
        int added = 0;
        for (int count : counts) {
            added += Math.max(count, 0);
        }
        return added;
    }

    // The detail goes through JSON once, so that what is committed to is exactly what jsonb gives back;
    // time is cut to microseconds, PostgreSQL's precision, for the same reason.
    private PrivateRecord privateRecord(Trace trace, AuditFacts facts, String detailJson) {
        Map<String, Object> detail = json.readValue(detailJson, JSON_OBJECT);
        return new PrivateRecord(trace.id(), trace.at().truncatedTo(ChronoUnit.MICROS), facts.action(), trace.actor(),
                facts.objectType(), facts.objectId(), facts.dataSubject(), facts.purpose(), trace.requestId(), detail);
    }

    public Optional<StoredRecord> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from " + FROM + " where r.id = ?").param(id).query(this::stored).optional();
    }

    StoredRecord stored(ResultSet rs, int row) throws SQLException {
        String role = rs.getString("actor_role");
        Actor actor = new Actor(rs.getObject("actor_account", UUID.class), rs.getString("actor_username"),
                rs.getString("actor_name"), role == null ? null : Role.valueOf(role),
                rs.getObject("actor_department", UUID.class), rs.getString("actor_department_name"));
        Map<String, Object> detail = json.readValue(rs.getString("detail"), JSON_OBJECT);
        PrivateRecord record = new PrivateRecord(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(),
                rs.getString("action"), actor, rs.getString("object_type"), rs.getString("object_id"),
                rs.getObject("subject", UUID.class), rs.getString("purpose"), rs.getString("request_id"),
                new LinkedHashMap<>(detail));
        return new StoredRecord(record, rs.getBytes("salt"), rs.getBytes("commitment"), rs.getObject("leaf_index", Long.class));
    }

    /** An event to record. */
    public record Recorded(Trace trace, AuditFacts facts) {
    }

    /** A record as stored, with its salt, its commitment and, once integrated, its place in the log. */
    public record StoredRecord(PrivateRecord record, byte[] salt, byte[] commitment, Long leafIndex) {

        /** The record with its salt, for an auditor's verifier. */
        public RecordExportDocument export(String origin) {
            return new RecordExportDocument(origin, leafIndex, salt, commitment, record.toJson());
        }
    }
}
