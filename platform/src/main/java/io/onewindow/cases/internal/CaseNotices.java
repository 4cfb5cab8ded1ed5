package io.onewindow.cases.internal;

import io.onewindow.cases.CaseState;
import io.onewindow.runtime.CommitStatements;
import io.onewindow.runtime.NodeCache;
import io.onewindow.runtime.NodeCaches;
import java.sql.Timestamp;
import java.time.Duration;
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
 * ({@link CaseMessages}). How many are unread, as the workbench shows it, is kept on each node until a notice of the
 * person's changes (a trigger, {@code cases/V3__node_cache_notices.sql}).
 */
@Component
public class CaseNotices {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private static final String INSERT_INTO = "insert into cases.notice (account_id, application_id, message_key, arguments, at) values";
    private static final String ROW = "(?, ?, ?, ?::jsonb, ?)";

    private final JdbcClient jdbc;
    private final CommitStatements commitStatements;
    private final JsonMapper json;
    private final NodeCache<Long> unread;

    CaseNotices(JdbcClient jdbc, CommitStatements commitStatements, JsonMapper json, NodeCaches caches) {
        this.jdbc = jdbc;
        this.commitStatements = commitStatements;
        this.json = json;
        this.unread = caches.cache("case-notices", 50_000, Duration.ofMinutes(5));
    }

    /** A notice as the applicant reads it. */
    public record Notice(long id, UUID applicationId, String messageKey, Map<String, Object> arguments, Instant at, boolean read) {
    }

    public void caseChanged(UUID accountId, UUID applicationId, String caseName, CaseState to, Instant at) {
        casesChanged(accountId, applicationId, List.of(caseName), to, at);
    }

    /**
     * A notice for each of an application's cases that changed at once (a submission files them all), in one insert
     * sent with the transaction's commit.
     */
    public void casesChanged(UUID accountId, UUID applicationId, List<String> caseNames, CaseState to, Instant at) {
        List<List<Object>> rows = caseNames.stream().map(caseName -> List.<Object>of(accountId, applicationId, "cases.notice.changed",
                json.writeValueAsString(Map.of("case", caseName, "state", to.name())), Timestamp.from(at))).toList();
        commitStatements.add(() -> CommitStatements.inserts(INSERT_INTO, ROW, "", rows));
        unread.evictAfterCommit(accountId.toString());
    }

    public void replied(UUID accountId, UUID applicationId, String applicationName, Instant at) {
        jdbc.sql(INSERT_INTO + " " + ROW)
                .params(accountId, applicationId, "cases.notice.replied", json.writeValueAsString(Map.of("case", applicationName)),
                        Timestamp.from(at)).update();
        unread.evictAfterCommit(accountId.toString());
    }

    public List<Notice> of(UUID accountId, int limit) {
        return jdbc.sql("select * from cases.notice where account_id = ? order by id desc limit ?").params(accountId, limit)
                .query((rs, n) -> new Notice(rs.getLong("id"), rs.getObject("application_id", UUID.class), rs.getString("message_key"),
                        json.readValue(rs.getString("arguments"), MAP), rs.getTimestamp("at").toInstant(), rs.getTimestamp("read_at") != null))
                .list();
    }

    public long unread(UUID accountId) {
        return unread.get(accountId.toString(), () -> jdbc.sql("select count(*) from cases.notice where account_id = ? and read_at is null")
                .param(accountId).query(Long.class).single());
    }
}
