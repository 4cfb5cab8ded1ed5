package io.onewindow.audit.internal;

import io.onewindow.kernel.audit.Actor;
import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Trace;
import io.onewindow.kernel.access.Role;
import io.onewindow.runtime.CommitStatements;
import io.onewindow.tlog.record.CanonicalJson;
import io.onewindow.tlog.record.RecordCommitment;
import io.onewindow.tlog.record.RecordExportDocument;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The private audit store: writes records with their salt and commitment (an audited action's with its transaction's
 * commit, {@link #inserts}), and reads them back.
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
    /**
     * Records with their place in the log, if they have one yet: the first batch ending at or after the record's queue
     * position holds it, at its place in the batch's list (none ends there before the record is integrated).
     */
    static final String FROM = """
            audit.record r left join lateral (
                select b.first_leaf + array_position(b.ids, r.id) - 1 as leaf_index from audit.batch b
                where (b.last_txid, b.last_id) >= (r.txid, r.id) order by b.last_txid, b.last_id limit 1) l on true""";
    /** The columns a record is stored with, bound by position in this order. */
    private static final String INSERT_INTO = """
            insert into audit.record (id, at, action, actor_account, actor_username, actor_name, actor_role,
                actor_department, actor_department_name, object_type, object_id, subject, purpose, request_id,
                detail, salt, commitment)
            values""";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)";
    /** For {@link #record}: a record seen before is not stored again; a new one joins the queue for the log by being stored. */
    private static final String INSERT = INSERT_INTO + " " + ROW + " on conflict (id) do nothing";

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
        return jdbcTemplate.update(INSERT, row(new Recorded(trace, facts))) == 1;
    }

    /**
     * The inserts that record a transaction's actions, for it to send with its commit. Plain inserts: an action's trace
     * id is new, so a record already stored under it is a fault, and the action rolls back with it rather than commit
     * without a record of its own. (A conflict clause would also cost PostgreSQL a look-up in the key and a second
     * log record per row.)
     */
    public List<CommitStatements.Statement> inserts(List<Recorded> events) {
        return CommitStatements.inserts(INSERT_INTO, ROW, "", events.stream().map(event -> Arrays.asList(row(event))).toList());
    }

    private Object[] row(Recorded event) {
        Object plain = plainJson(event.facts().detail());
        // A plain detail is written in canonical form once, for its column and for the record's commitment.
        CanonicalJson.Written written = plain == NOT_PLAIN ? null : CanonicalJson.written(plain);
        String detail = written == null ? json.writeValueAsString(event.facts().detail()) : written.text();
        PrivateRecord record = privateRecord(event.trace(), event.facts(), written == null ? readBack(detail) : asObject(plain));
        byte[] salt = RecordCommitment.newSalt();
        Actor actor = record.actor();
        // The time as an OffsetDateTime, which the driver writes out directly; a Timestamp it wrote through a Calendar of
        // the default time zone (4 % of the samples of threads committing audited actions).
        return new Object[] {record.id(), record.at().atOffset(ZoneOffset.UTC), record.action(), actor.accountId(), actor.username(),
                actor.name(), actor.role() == null ? null : actor.role().name(), actor.departmentId(), actor.departmentName(),
                record.objectType(), record.objectId(), record.subject(), record.purpose(), record.requestId(), detail, salt,
                RecordCommitment.of(salt, written == null ? record.toJson() : record.toJson(written))};
    }

    // What is committed to is exactly what jsonb gives back, and time is cut to microseconds, PostgreSQL's
    // precision, for the same reason.
    private PrivateRecord privateRecord(Trace trace, AuditFacts facts, Map<String, Object> detail) {
        return new PrivateRecord(trace.id(), trace.at().truncatedTo(ChronoUnit.MICROS), facts.action(), trace.actor(),
                facts.objectType(), facts.objectId(), facts.dataSubject(), facts.purpose(), trace.requestId(), detail);
    }

    // A detail of other values (an enum, a time, a record) goes through JSON once, as Jackson writes it.
    private Map<String, Object> readBack(String detailJson) {
        return json.readValue(detailJson, JSON_OBJECT);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object plain) {
        return (Map<String, Object>) plain;
    }

    /** What {@link #plainJson} gives for a value it does not take as it is. */
    private static final Object NOT_PLAIN = new Object();

    /**
     * A detail made of JSON's own values (strings, booleans, integers, lists, maps with string keys) and UUIDs
     * (written as Jackson and jsonb write them) as the JSON value jsonb gives back, without writing it out and
     * parsing it again; {@link #NOT_PLAIN} if anything else is in it. jsonb keeps strings as they are and
     * integers as their digits, and JCS orders members whatever order jsonb keeps them in.
     */
    private static Object plainJson(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte) {
            return value;
        }
        if (value instanceof UUID id) {
            return id.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>(map.size() * 2);
            for (Map.Entry<?, ?> member : map.entrySet()) {
                Object plain = member.getKey() instanceof String ? plainJson(member.getValue()) : NOT_PLAIN;
                if (plain == NOT_PLAIN) {
                    return NOT_PLAIN;
                }
                copy.put((String) member.getKey(), plain);
            }
            return copy;
        }
        if (value instanceof List<?> items) {
            List<Object> copy = new ArrayList<>(items.size());
            for (Object item : items) {
                Object plain = plainJson(item);
                if (plain == NOT_PLAIN) {
                    return NOT_PLAIN;
                }
                copy.add(plain);
            }
            return copy;
        }
        return NOT_PLAIN;
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
