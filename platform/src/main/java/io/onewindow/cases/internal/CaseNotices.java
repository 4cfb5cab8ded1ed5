package io.onewindow.cases.internal;

import io.onewindow.cases.CaseState;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.notify.TextMessages;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells the applicant when one of their cases changes: a notice in their inbox on the platform, in the same
 * transaction as the change, and a text message to the phone number they gave, through notify's gateway. The
 * e-mail to a confirmed address goes after the change has committed ({@link CaseMails}).
 */
@Component
public class CaseNotices {

    private static final Logger log = LoggerFactory.getLogger(CaseNotices.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TextMessages texts;
    private final Messages messages;

    CaseNotices(JdbcClient jdbc, JsonMapper json, TextMessages texts, Messages messages) {
        this.jdbc = jdbc;
        this.json = json;
        this.texts = texts;
        this.messages = messages;
    }

    /** A notice as the applicant reads it. */
    public record Notice(long id, UUID applicationId, String messageKey, Map<String, Object> arguments, Instant at, boolean read) {
    }

    public void caseChanged(UUID accountId, UUID applicationId, String caseName, CaseState to, String phone, Instant at) {
        Map<String, Object> arguments = Map.of("case", caseName, "state", to.name());
        jdbc.sql("insert into cases.notice (account_id, application_id, message_key, arguments, at) values (?, ?, ?, ?::jsonb, ?)")
                .params(accountId, applicationId, "cases.notice.changed", json.writeValueAsString(arguments), Timestamp.from(at)).update();
        if (phone != null && texts.available()) {
            try {
                String state = messages.render(to.messageKey(), Map.of(), Locale.SIMPLIFIED_CHINESE);
                texts.send(phone, messages.render("cases.sms.changed", Map.of("case", caseName, "state", state), Locale.SIMPLIFIED_CHINESE));
            } catch (RuntimeException e) {
                // The notice in the inbox is the record; a text message that cannot be sent must not undo the change.
                log.warn("Could not send a text message about application {}: {}", applicationId, e.getMessage());
            }
        }
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
