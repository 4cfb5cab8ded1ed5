package io.onewindow.catalogue.internal;

import io.onewindow.catalogue.EntryKind;
import io.onewindow.catalogue.EntryState;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions of the catalogue's entries in {@code catalogue.entry_version}. */
@Repository
public class EntryStore {

    private static final String COLUMNS = "code, version, kind, state, department_code, name, content::text as content, "
            + "created_at, updated_at, published_at, retired_at";

    private final JdbcClient jdbc;

    EntryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored version: the columns, and the content as JSON text. */
    public record Row(String code, int version, EntryKind kind, EntryState state, String departmentCode, String name, String content,
               Instant createdAt, Instant updatedAt, Instant publishedAt, Instant retiredAt) {
    }

    /** A version's kind and state, without its content; {@code published}: it was published at some time. */
    record VersionState(int version, EntryKind kind, EntryState state, boolean published) {
    }

    /** The entry's versions, newest first, without their content: one small read. */
    List<VersionState> versionStates(String code) {
        return jdbc.sql("select version, kind, state, published_at is not null as published from catalogue.entry_version "
                        + "where code = ? order by version desc")
                .param(code).query((rs, i) -> new VersionState(rs.getInt("version"), EntryKind.valueOf(rs.getString("kind")),
                        EntryState.valueOf(rs.getString("state")), rs.getBoolean("published"))).list();
    }

    Optional<Row> find(String code, int version) {
        return jdbc.sql("select " + COLUMNS + " from catalogue.entry_version where code = ? and version = ?")
                .params(code, version).query(EntryStore::row).optional();
    }

    Optional<Row> inState(String code, EntryState state) {
        return jdbc.sql("select " + COLUMNS + " from catalogue.entry_version where code = ? and state = ?")
                .params(code, state.name()).query(EntryStore::row).optional();
    }

    /** The newest version of an entry, whatever its state. */
    Optional<Row> latest(String code) {
        return jdbc.sql("select " + COLUMNS + " from catalogue.entry_version where code = ? order by version desc limit 1")
                .param(code).query(EntryStore::row).optional();
    }

    List<Row> versions(String code) {
        return jdbc.sql("select " + COLUMNS + " from catalogue.entry_version where code = ? order by version desc")
                .param(code).query(EntryStore::row).list();
    }

    /** Every entry's current published version. */
    List<Row> current() {
        return jdbc.sql("select " + COLUMNS + " from catalogue.entry_version where state = 'PUBLISHED' order by kind desc, code")
                .query(EntryStore::row).list();
    }

    /** The newest version of each entry of these departments (all departments when null). */
    List<Row> newestOf(Collection<String> departmentCodes) {
        String where = departmentCodes == null ? "" : " where department_code = any(?)";
        var sql = jdbc.sql("select distinct on (code) " + COLUMNS + " from catalogue.entry_version" + where
                + " order by code, version desc");
        if (departmentCodes != null) {
            sql = sql.param(departmentCodes.toArray(String[]::new));
        }
        return sql.query(EntryStore::row).list();
    }

    long count(EntryKind kind, EntryState state, Collection<String> departmentCodes) {
        String where = departmentCodes == null ? "" : " and department_code = any(?)";
        var sql = jdbc.sql("select count(*) from catalogue.entry_version where kind = ? and state = ?" + where)
                .param(kind.name()).param(state.name());
        if (departmentCodes != null) {
            sql = sql.param(departmentCodes.toArray(String[]::new));
        }
        return sql.query(Long.class).single();
    }

    void insert(String code, int version, EntryKind kind, String departmentCode, String name, String content, Instant at) {
        jdbc.sql("""
                        insert into catalogue.entry_version (code, version, kind, state, department_code, name, content, created_at, updated_at)
                        values (?, ?, ?, 'DRAFT', ?, ?, ?::jsonb, ?, ?)""")
                .params(code, version, kind.name(), departmentCode, name, content, ts(at), ts(at)).update();
    }

    void updateDraft(String code, int version, String departmentCode, String name, String content, Instant at) {
        jdbc.sql("""
                        update catalogue.entry_version set department_code = ?, name = ?, content = ?::jsonb, updated_at = ?
                        where code = ? and version = ? and state = 'DRAFT'""")
                .params(departmentCode, name, content, ts(at), code, version).update();
    }

    void deleteDraft(String code, int version) {
        jdbc.sql("delete from catalogue.entry_version where code = ? and version = ? and state = 'DRAFT'").params(code, version).update();
    }

    /** Makes a draft the current version; the version current until now is superseded. */
    void publish(String code, int version, Instant at) {
        jdbc.sql("update catalogue.entry_version set state = 'SUPERSEDED', updated_at = ? where code = ? and state = 'PUBLISHED'")
                .params(ts(at), code).update();
        jdbc.sql("update catalogue.entry_version set state = 'PUBLISHED', published_at = ?, updated_at = ? where code = ? and version = ?")
                .params(ts(at), ts(at), code, version).update();
        bumpRevision();
    }

    void retire(String code, int version, Instant at) {
        jdbc.sql("update catalogue.entry_version set state = 'RETIRED', retired_at = ?, updated_at = ? where code = ? and version = ?")
                .params(ts(at), ts(at), code, version).update();
        bumpRevision();
    }

    long revision() {
        return jdbc.sql("select revision from catalogue.revision where id = 1").query(Long.class).single();
    }

    private void bumpRevision() {
        jdbc.sql("update catalogue.revision set revision = revision + 1 where id = 1").update();
    }

    private static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Row(rs.getString("code"), rs.getInt("version"), EntryKind.valueOf(rs.getString("kind")),
                EntryState.valueOf(rs.getString("state")), rs.getString("department_code"), rs.getString("name"),
                rs.getString("content"), instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "published_at"),
                instant(rs, "retired_at"));
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.sql.Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at);
    }
}
