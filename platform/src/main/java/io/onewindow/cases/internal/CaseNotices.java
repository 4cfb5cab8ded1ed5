package io.onewindow.cases.internal;

import io.onewindow.cases.CaseState;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells the applicant when one of their cases changes: a notice in their inbox on the platform, in the same
 * transaction as the change. The text message and the mail go after the change has committed
 * ({@link CaseMessages}).
 */
@Component
public class CaseNotices {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CaseNotices(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A notice as the applicant reads it. */
    public record Notice(long id, UUID applicationId, String messageKey, Map<String, Object> arguments, Instant at, boolean read) {
    }

    public void caseChanged(UUID accountId, UUID applicationId, String caseName, CaseState to, Instant at) {
        Map<String, Object> arguments = Map.of("case", caseName, "state", to.name());
        jdbc.sql("insert into cases.notice (account_id, application_id, message_key, arguments, at) values (?, ?, ?, ?::jsonb, ?)")
                .params(accountId, applicationId, "cases.notice.changed", json.writeValueAsString(arguments), Timestamp.from(at)).update();
    }

    public void replied(UUID accountId, UUID applicationId, String applicationName, Instant at) {
        jdbc.sql("insert into cases.notice (account_id, application_id, message_key, arguments, at) values (?, ?, ?, ?::jsonb, ?)")
                .params(accountId, applicationId, "cases.notice.replied", json.writeValueAsString(Map.of("case", applicationName)),
                        Timestamp.from(at)).update();
    }

    public List<Notice> of(UUID accountId, int limit) {
        return jdbc.sql("select * from cases.notice where account_id = ? order by id desc limit ?").params(accountId, limit)
                .query((rs, n) -> new Notice(rs.getLong("id"), rs.getObject("application_id", UUID.class), rs.getString("message_key"),
                        json.readValue(rs.getString("arguments"), MAP), rs.getTimestamp("at").toInstant(), rs.getTimestamp("read_at") != null))
                .list();
    }

    public long unread(UUID accountId) {
        return jdbc.sql("select count(*) from cases.notice where account_id = ? and read_at is null").param(accountId).query(Long.class).single();
    }
}
