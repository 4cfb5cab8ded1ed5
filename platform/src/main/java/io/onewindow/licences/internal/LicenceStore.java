package io.onewindow.licences.internal;

import io.onewindow.licences.HolderKind;
import io.onewindow.licences.LicenceStatus;
import io.onewindow.licences.LicenceTypes;
import io.onewindow.licences.LicenceView;
import io.onewindow.runtime.NodeCache;
import io.onewindow.runtime.NodeCaches;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code licences.licence}. */
@Repository
class LicenceStore {

    private static final JsonProvider JSON = JsonProvider.provider();

    private static final String COLUMNS = "id, identifier, licence_type, holder_kind, holder_id, holder_name, holder_identifier, "
            + "department_id, department_name, fields, valid_from, valid_until, status, status_reason, issued_at, status_list, status_index";

    private final JdbcClient client;
    private final JdbcTemplate jdbc;
    /** How many licences each holder has, kept on each node until one of theirs is issued or deleted (a trigger). */
    private final NodeCache<Long> held;
    private final LicenceTypes types;

    LicenceStore(JdbcClient client, JdbcTemplate jdbc, LicenceTypes types, NodeCaches caches) {
        this.client = client;
        this.jdbc = jdbc;
        this.types = types;
        this.held = caches.cache("licences-held", 50_000, Duration.ofMinutes(5));
    }

    record Row(LicenceView view, StatusLists.Position position) {
    }

    record NewRow(UUID id, String identifier, String type, HolderKind holderKind, UUID holderId, String holderName,
                  String holderIdentifier, UUID departmentId, String departmentCode, String departmentName,
                  Map<String, String> fields, Instant validFrom, Instant validUntil, StatusLists.Position position,
                  String credential, String source, UUID caseId, Instant issuedAt, String verifyCode) {
    }

    private static final String INSERT = "insert into licences.licence (id, identifier, licence_type, holder_kind, holder_id, "
            + "holder_name, holder_identifier, department_id, department_code, department_name, fields, valid_from, valid_until, "
            + "status, status_list, status_index, credential, source, case_id, issued_at, verify_code) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?, ?)";

    /** Inserts the rows in one JDBC batch. */
    void insertAll(List<NewRow> rows) {
        jdbc.batchUpdate(INSERT, rows, rows.size(), (statement, row) -> {
            int i = 0;
            statement.setObject(++i, row.id());
            statement.setString(++i, row.identifier());
            statement.setString(++i, row.type());
            statement.setString(++i, row.holderKind().name());
            statement.setObject(++i, row.holderId());
            statement.setString(++i, row.holderName());
            statement.setString(++i, row.holderIdentifier());
            statement.setObject(++i, row.departmentId());
            statement.setString(++i, row.departmentCode());
            statement.setString(++i, row.departmentName());
            statement.setString(++i, write(row.fields()));
            statement.setTimestamp(++i, Timestamp.from(row.validFrom()));
            statement.setTimestamp(++i, row.validUntil() == null ? null : Timestamp.from(row.validUntil()));
            statement.setInt(++i, row.position().list());
            statement.setInt(++i, row.position().index());
            statement.setString(++i, row.credential());
            statement.setString(++i, row.source());
            statement.setObject(++i, row.caseId());
            statement.setTimestamp(++i, Timestamp.from(row.issuedAt()));
            statement.setString(++i, row.verifyCode());
        });
        rows.forEach(row -> held.evictAfterCommit(row.holderId().toString()));
    }

    Optional<Row> find(UUID id) {
        return client.sql("select " + COLUMNS + " from licences.licence where id = :id").param("id", id).query(this::row).optional();
    }

    Optional<Row> findForUpdate(UUID id) {
        return client.sql("select " + COLUMNS + " from licences.licence where id = :id for update").param("id", id).query(this::row).optional();
    }

    Optional<Row> findByIdentifier(String identifier) {
        return client.sql("select " + COLUMNS + " from licences.licence where identifier = :identifier")
                .param("identifier", identifier).query(this::row).optional();
    }

    Optional<UUID> findByCase(UUID caseId) {
        return client.sql("select id from licences.licence where case_id = :caseId").param("caseId", caseId).query(UUID.class).optional();
    }

    List<LicenceView> heldBy(UUID holderId) {
        return client.sql("select " + COLUMNS + " from licences.licence where holder_id = :holderId order by issued_at desc, identifier")
                .param("holderId", holderId).query(this::row).list().stream().map(Row::view).toList();
    }

    long countHeldBy(Collection<UUID> holderIds) {
        return holderIds.stream().distinct().mapToLong(holder -> held.get(holder.toString(), () ->
                client.sql("select count(*) from licences.licence where holder_id = :holder").param("holder", holder).query(Long.class).single()))
                .sum();
    }

    List<LicenceView> issuedBy(List<UUID> departmentIds, int limit) {
        if (departmentIds.isEmpty()) {
            return List.of();
        }
        return client.sql("select " + COLUMNS + " from licences.licence where department_id in (:ids) order by issued_at desc limit :limit")
                .param("ids", departmentIds).param("limit", limit).query(this::row).list().stream().map(Row::view).toList();
    }

    Optional<String> verifyCode(UUID id) {
        return client.sql("select verify_code from licences.licence where id = :id").param("id", id).query(String.class).optional();
    }

    /** The next {@code count} serial numbers, in one round trip. */
    List<Long> nextSerials(int count) {
        if (count == 0) {
            return List.of();
        }
        return client.sql("select nextval('licences.serial') from generate_series(1, :count)").param("count", count).query(Long.class).list();
    }

    Optional<String> credential(UUID id) {
        return client.sql("select credential from licences.licence where id = :id").param("id", id).query(String.class).optional();
    }

    void changeStatus(UUID id, LicenceStatus status, String reason, Instant at) {
        client.sql("update licences.licence set status = :status, status_reason = :reason, status_changed_at = :at where id = :id")
                .param("status", status.name()).param("reason", reason).param("at", Timestamp.from(at)).param("id", id).update();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        Timestamp until = rs.getTimestamp("valid_until");
        LicenceView view = new LicenceView(rs.getObject("id", UUID.class), rs.getString("identifier"),
                types.find(rs.getString("licence_type")).orElseThrow(), HolderKind.valueOf(rs.getString("holder_kind")),
                rs.getObject("holder_id", UUID.class), rs.getString("holder_name"), rs.getString("holder_identifier"),
                rs.getObject("department_id", UUID.class), rs.getString("department_name"), read(rs.getString("fields")),
                rs.getTimestamp("valid_from").toInstant(), until == null ? null : until.toInstant(),
                LicenceStatus.valueOf(rs.getString("status")), rs.getString("status_reason"), rs.getTimestamp("issued_at").toInstant());
        return new Row(view, new StatusLists.Position(rs.getInt("status_list"), rs.getInt("status_index")));
    }

    private static String write(Map<String, String> fields) {
        var builder = JSON.createObjectBuilder();
        fields.forEach(builder::add);
        return builder.build().toString();
    }

    private static Map<String, String> read(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        JSON.createReader(new StringReader(json)).readObject().forEach((k, v) -> fields.put(k, ((JsonString) v).getString()));
        return fields;
    }
}
