package io.onewindow.licences.internal;

import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.LinkedHashMap;
import io.onewindow.licences.HolderKind;
import io.onewindow.licences.LicenceStatus;
import io.onewindow.licences.LicenceTypes;
import io.onewindow.licences.LicenceView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code licences.licence}. */
@Repository
class LicenceStore {

    private static final JsonProvider JSON = JsonProvider.provider();

    private static final String COLUMNS = "id, identifier, licence_type, holder_kind, holder_id, holder_name, holder_identifier, "
            + "department_id, department_name, fields, valid_from, valid_until, status, status_reason, issued_at, status_list, status_index";

    private final JdbcClient jdbc;
    private final LicenceTypes types;

    LicenceStore(JdbcClient jdbc, LicenceTypes types) {
        this.jdbc = jdbc;
        this.types = types;
    }

    record Row(LicenceView view, StatusLists.Position position) {
    }

    record NewRow(UUID id, String identifier, String type, HolderKind holderKind, UUID holderId, String holderName,
                  String holderIdentifier, UUID departmentId, String departmentCode, String departmentName,
                  Map<String, String> fields, Instant validFrom, Instant validUntil, StatusLists.Position position,
                  String credential, String source, UUID caseId, Instant issuedAt, String verifyCode) {
    }

    void insert(NewRow row) {
        jdbc.sql("insert into licences.licence (id, identifier, licence_type, holder_kind, holder_id, holder_name, holder_identifier, "
                        + "department_id, department_code, department_name, fields, valid_from, valid_until, status, status_list, "
                        + "status_index, credential, source, case_id, issued_at, verify_code) values (:id, :identifier, :type, :holderKind, :holderId, "
                        + ":holderName, :holderIdentifier, :departmentId, :departmentCode, :departmentName, cast(:fields as jsonb), "
                        + ":validFrom, :validUntil, 'ACTIVE', :list, :index, :credential, :source, :caseId, :issuedAt, :verifyCode)")
                .param("id", row.id()).param("identifier", row.identifier()).param("type", row.type())
                .param("holderKind", row.holderKind().name()).param("holderId", row.holderId()).param("holderName", row.holderName())
                .param("holderIdentifier", row.holderIdentifier()).param("departmentId", row.departmentId())
                .param("departmentCode", row.departmentCode()).param("departmentName", row.departmentName())
                .param("fields", write(row.fields())).param("validFrom", Timestamp.from(row.validFrom()))
                .param("validUntil", row.validUntil() == null ? null : Timestamp.from(row.validUntil()))
                .param("list", row.position().list()).param("index", row.position().index()).param("credential", row.credential())
                .param("source", row.source()).param("caseId", row.caseId()).param("issuedAt", Timestamp.from(row.issuedAt()))
                .param("verifyCode", row.verifyCode()).update();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from licences.licence where id = :id").param("id", id).query(this::row).optional();
    }

    Optional<Row> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from licences.licence where id = :id for update").param("id", id).query(this::row).optional();
    }

    Optional<Row> findByIdentifier(String identifier) {
        return jdbc.sql("select " + COLUMNS + " from licences.licence where identifier = :identifier")
                .param("identifier", identifier).query(this::row).optional();
    }

    Optional<UUID> findByCase(UUID caseId) {
        return jdbc.sql("select id from licences.licence where case_id = :caseId").param("caseId", caseId).query(UUID.class).optional();
    }

    List<LicenceView> heldBy(UUID holderId) {
        return jdbc.sql("select " + COLUMNS + " from licences.licence where holder_id = :holderId order by issued_at desc, identifier")
                .param("holderId", holderId).query(this::row).list().stream().map(Row::view).toList();
    }

    List<LicenceView> issuedBy(List<UUID> departmentIds, int limit) {
        if (departmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from licences.licence where department_id in (:ids) order by issued_at desc limit :limit")
                .param("ids", departmentIds).param("limit", limit).query(this::row).list().stream().map(Row::view).toList();
    }

    Optional<String> verifyCode(UUID id) {
        return jdbc.sql("select verify_code from licences.licence where id = :id").param("id", id).query(String.class).optional();
    }

    long nextSerial() {
        return jdbc.sql("select nextval('licences.serial')").query(Long.class).single();
    }

    Optional<String> credential(UUID id) {
        return jdbc.sql("select credential from licences.licence where id = :id").param("id", id).query(String.class).optional();
    }

    void changeStatus(UUID id, LicenceStatus status, String reason, Instant at) {
        jdbc.sql("update licences.licence set status = :status, status_reason = :reason, status_changed_at = :at where id = :id")
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
