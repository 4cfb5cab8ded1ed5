package io.onewindow.exchange.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Requests and grants in the {@code exchange} schema. */
@Repository
public class SharingStore {

    private static final String GRANTS_ON = "select * from exchange.grant_ where resource_code = ? and ";

    private final JdbcClient jdbc;

    SharingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SharingRequest r) {
        jdbc.sql("""
                        insert into exchange.request (id, resource_code, consumer_id, provider_id, purpose, scenario, legal_basis, items,
                          clear_values, state, submitted_at, due_on) values (?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?)""")
                .params(r.id(), r.resourceCode(), r.consumerId(), r.providerId(), r.purpose(), r.scenario(), r.legalBasis(),
                        array(r.items()), r.clearValues(), r.state().name(), Timestamp.from(r.submittedAt()), r.dueOn())
                .update();
    }

    void decided(SharingRequest r) {
        jdbc.sql("update exchange.request set state = ?, decided_at = ?, granted_items = ?::text[], reason = ?, due_on = ? where id = ?")
                .params(r.state().name(), r.decidedAt() == null ? null : Timestamp.from(r.decidedAt()), array(r.grantedItems()),
                        r.reason(), r.dueOn(), r.id())
                .update();
    }

    void insert(Grant g) {
        jdbc.sql("""
                        insert into exchange.grant_ (id, request_id, resource_code, consumer_id, provider_id, purpose, items, clear_values,
                          granted_at, expires_on) values (?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?)""")
                .params(g.id(), g.requestId(), g.resourceCode(), g.consumerId(), g.providerId(), g.purpose(), array(g.items()),
                        g.clearValues(), Timestamp.from(g.grantedAt()), g.expiresOn())
                .update();
    }

    void revoke(UUID grant, java.time.Instant at, String reason) {
        jdbc.sql("update exchange.grant_ set revoked_at = ?, revoke_reason = ? where id = ?").params(Timestamp.from(at), reason, grant).update();
    }

    public Optional<SharingRequest> request(UUID id) {
        return jdbc.sql("select * from exchange.request where id = ?").param(id).query(SharingStore::request).optional();
    }

    public Optional<SharingRequest> requestForUpdate(UUID id) {
        return jdbc.sql("select * from exchange.request where id = ? for update").param(id).query(SharingStore::request).optional();
    }

    /** Requests a department made (outbox) or received (inbox), newest first; escalated ones for the data bureau. */
    public List<SharingRequest> requestsBy(UUID consumer) {
        return jdbc.sql("select * from exchange.request where consumer_id = ? order by submitted_at desc limit 200")
                .param(consumer).query(SharingStore::request).list();
    }

    public List<SharingRequest> requestsTo(UUID provider) {
        return jdbc.sql("select * from exchange.request where provider_id = ? order by state in ('SUBMITTED', 'ESCALATED') desc, due_on, submitted_at desc limit 200")
                .param(provider).query(SharingStore::request).list();
    }

    public List<SharingRequest> escalated() {
        return jdbc.sql("select * from exchange.request where state = 'ESCALATED' order by due_on").query(SharingStore::request).list();
    }

    public long openRequestsTo(UUID provider) {
        return jdbc.sql("select count(*) from exchange.request where provider_id = ? and state = 'SUBMITTED'").param(provider)
                .query(Long.class).single();
    }

    public Optional<Grant> grant(UUID id) {
        return jdbc.sql("select * from exchange.grant_ where id = ?").param(id).query(SharingStore::grant).optional();
    }

    /**
     * A consumer's grants on a resource, newest first: the query picks the one for its purpose. Read on every query
     * of a department system, so the consumer is bound as itself, not as an array of one.
     */
    public List<Grant> grantsOn(String resource, UUID consumer) {
        return jdbc.sql(GRANTS_ON + "consumer_id = ? order by granted_at desc")
                .params(resource, consumer).query(SharingStore::grant).list();
    }

    /** Several consumers' grants on a resource, in one read: by consumer, each consumer's newest first (none: absent). */
    public Map<UUID, List<Grant>> grantsOn(String resource, Collection<UUID> consumers) {
        return jdbc.sql(GRANTS_ON + "consumer_id = any(?) order by granted_at desc")
                .params(resource, consumers.toArray(UUID[]::new)).query(SharingStore::grant).list().stream()
                .collect(Collectors.groupingBy(Grant::consumerId, LinkedHashMap::new, Collectors.toList()));
    }

    public List<Grant> grantsHeldBy(UUID consumer) {
        return jdbc.sql("select * from exchange.grant_ where consumer_id = ? order by granted_at desc").param(consumer)
                .query(SharingStore::grant).list();
    }

    public List<Grant> grantsGivenBy(UUID provider) {
        return jdbc.sql("select * from exchange.grant_ where provider_id = ? order by granted_at desc").param(provider)
                .query(SharingStore::grant).list();
    }

    private static SharingRequest request(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new SharingRequest(rs.getObject("id", UUID.class), rs.getString("resource_code"), rs.getObject("consumer_id", UUID.class),
                rs.getObject("provider_id", UUID.class), rs.getString("purpose"), rs.getString("scenario"), rs.getString("legal_basis"),
                strings(rs.getArray("items")), rs.getBoolean("clear_values"), SharingRequest.State.valueOf(rs.getString("state")),
                rs.getTimestamp("submitted_at").toInstant(), rs.getDate("due_on").toLocalDate(), decided == null ? null : decided.toInstant(),
                strings(rs.getArray("granted_items")), rs.getString("reason"));
    }

    private static Grant grant(ResultSet rs, int n) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Grant(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class), rs.getString("resource_code"),
                rs.getObject("consumer_id", UUID.class), rs.getObject("provider_id", UUID.class), rs.getString("purpose"),
                strings(rs.getArray("items")), rs.getBoolean("clear_values"), rs.getTimestamp("granted_at").toInstant(),
                rs.getDate("expires_on").toLocalDate(), revoked == null ? null : revoked.toInstant(), rs.getString("revoke_reason"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** A PostgreSQL array literal, so that JdbcClient binds it as text and the cast makes it text[]. */
    private static String array(List<String> values) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",").append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append('}').toString();
    }
}
