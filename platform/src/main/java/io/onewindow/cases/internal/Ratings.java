package io.onewindow.cases.internal;

import io.onewindow.calendar.DueDate;
import io.onewindow.calendar.WorkingDays;
import io.onewindow.cases.ApplicationRated;
import io.onewindow.cases.CaseError;
import io.onewindow.cases.CaseState;
import io.onewindow.cases.RectificationAnswered;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 好差评 (国办发〔2019〕51号): once an application has ended with a decision (concluded, not accepted or refused)
 * its applicant rates it once, 非常满意 (5) to 非常不满意 (1), with an optional comment. A rating of 不满意 or
 * below opens a rectification (整改) at the department, to be answered within {@code onewindow.cases.rectification-days}
 * working days (15) and followed by a 回访 (follow-up call) recorded on it.
 */
@Service
public class Ratings {

    public static final int MAX_COMMENT = 500;
    /** 不满意 and 非常不满意 open a rectification. */
    public static final int POOR = 2;

    private final JdbcClient jdbc;
    private final CaseStore store;
    private final Entries entries;
    private final AuditedActions actions;
    private final WorkingDays workingDays;
    private final CaseNotices notices;
    private final Clock clock;
    private final int rectificationDays;

    Ratings(JdbcClient jdbc, CaseStore store, Entries entries, AuditedActions actions, WorkingDays workingDays, CaseNotices notices, Clock clock,
            @Value("${onewindow.cases.rectification-days:15}") int rectificationDays) {
        this.jdbc = jdbc;
        this.store = store;
        this.entries = entries;
        this.actions = actions;
        this.workingDays = workingDays;
        this.notices = notices;
        this.clock = clock;
        this.rectificationDays = rectificationDays;
    }

    public record Rating(UUID applicationId, int level, String comment, Instant ratedAt) {
    }

    public record Rectification(UUID id, UUID applicationId, UUID departmentId, LocalDate openedOn, LocalDate dueOn, boolean provisional,
                                String reply, Instant repliedAt, String followUp, Instant followedUpAt, Integer level, String comment) {
    }

    /** Whether the application's cases have all ended, at least one with a decision (a withdrawal alone is not rated). */
    public static boolean rateable(List<CaseRow> cases) {
        return !cases.isEmpty() && cases.stream().allMatch(c -> c.file().state().ended())
                && cases.stream().anyMatch(c -> c.file().state() != CaseState.WITHDRAWN);
    }

    @Transactional
    public Optional<Rectification> rate(UUID applicationId, Integer level, String comment, UserAccount user) {
        store.lockApplication(applicationId);
        ApplicationRow application = store.application(applicationId).orElseThrow(() -> new DomainException(CaseError.NOT_FOUND, Map.of()));
        if (!application.applicant().accountId().equals(user.accountId())) {
            throw new DomainException(CaseError.NOT_YOURS, Map.of());
        }
        if (!rateable(store.casesOf(applicationId))) {
            throw new DomainException(CaseError.NOT_RATEABLE, Map.of());
        }
        if (rating(applicationId).isPresent()) {
            throw new DomainException(CaseError.ALREADY_RATED, Map.of());
        }
        if (level == null || level < 1 || level > 5) {
            throw new InvalidInputException(FieldViolation.of("level", CaseError.RATING_LEVEL));
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.codePointCount(0, text.length()) > MAX_COMMENT) {
            throw new InvalidInputException(FieldViolation.of("comment", CaseError.COMMENT_TOO_LONG));
        }
        jdbc.sql("insert into cases.rating (application_id, level, comment, rated_at) values (?, ?, ?, ?)")
                .params(applicationId, level, text, Timestamp.from(clock.instant())).update();
        actions.publish(trace -> new ApplicationRated(applicationId, level, trace));
        if (level > POOR) {
            return Optional.empty();
        }
        LocalDate today = workingDays.today();
        DueDate due = workingDays.calendar().dueDate(today, rectificationDays);
        UUID departmentId = entries.exact(application.kind(), application.code(), application.version()).departmentId();
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into cases.rectification (id, application_id, department_id, opened_on, due_on, due_provisional) values (?, ?, ?, ?, ?, ?)")
                .params(id, applicationId, departmentId, Date.valueOf(today), Date.valueOf(due.date()), due.provisional()).update();
        return rectification(id);
    }

    public Optional<Rating> rating(UUID applicationId) {
        return jdbc.sql("select * from cases.rating where application_id = ?").param(applicationId)
                .query((rs, n) -> new Rating(applicationId, rs.getInt("level"), rs.getString("comment"), rs.getTimestamp("rated_at").toInstant()))
                .optional();
    }

    public Map<UUID, Rating> ratingsOf(Collection<UUID> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Rating> found = new java.util.HashMap<>();
        jdbc.sql("select * from cases.rating where application_id in (:ids)").param("ids", applicationIds)
                .query((rs, n) -> new Rating(rs.getObject("application_id", UUID.class), rs.getInt("level"), rs.getString("comment"),
                        rs.getTimestamp("rated_at").toInstant()))
                .list().forEach(r -> found.put(r.applicationId(), r));
        return found;
    }

    public Map<UUID, Rectification> rectificationsOf(Collection<UUID> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Rectification> found = new java.util.HashMap<>();
        jdbc.sql(SELECT + " where x.application_id in (:ids)").param("ids", applicationIds).query(this::map).list()
                .forEach(r -> found.put(r.applicationId(), r));
        return found;
    }

    public Optional<Rectification> rectification(UUID id) {
        return jdbc.sql(SELECT + " where x.id = ?").param(id).query(this::map).optional();
    }

    public Optional<Rectification> rectificationOf(UUID applicationId) {
        return jdbc.sql(SELECT + " where x.application_id = ?").param(applicationId).query(this::map).optional();
    }

    public List<Rectification> openIn(Collection<UUID> departments) {
        if (departments.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where x.department_id in (:departments) and x.followed_up_at is null order by x.due_on")
                .param("departments", departments).query(this::map).list();
    }

    /** The department's reply to the applicant (整改答复), then its follow-up (回访): each once, each with text. */
    @Transactional
    public void answer(UUID id, String step, String text, UserAccount user) {
        Rectification r = rectification(id).orElseThrow(() -> new DomainException(CaseError.NOT_FOUND, Map.of()));
        if (!user.has(Role.OFFICER) || !user.departmentIds().contains(r.departmentId())) {
            throw new DomainException(CaseError.NOT_AN_OFFICER, Map.of());
        }
        boolean reply = "reply".equals(step);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(FieldViolation.of("text", reply ? CaseError.REPLY_REQUIRED : CaseError.FOLLOW_UP_REQUIRED));
        }
        if (reply ? r.repliedAt() != null : r.repliedAt() == null || r.followedUpAt() != null) {
            throw new DomainException(CaseError.ILLEGAL_TRANSITION, Map.of("from", reply ? "REPLIED" : "OPEN", "action", step));
        }
        jdbc.sql(reply ? "update cases.rectification set reply = ?, replied_at = ? where id = ?"
                        : "update cases.rectification set follow_up = ?, followed_up_at = ? where id = ?")
                .params(text.strip(), Timestamp.from(clock.instant()), id).update();
        actions.publish(trace -> new RectificationAnswered(id, r.applicationId(), reply ? "reply" : "follow-up", trace));
        if (reply) {
            ApplicationRow application = store.application(r.applicationId()).orElseThrow();
            notices.replied(application.applicant().accountId(), application.id(), application.name().zh(), clock.instant());
        }
    }

    private static final String SELECT = """
            select x.*, r.level, r.comment from cases.rectification x left join cases.rating r on r.application_id = x.application_id""";

    private Rectification map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Rectification(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class), rs.getObject("department_id", UUID.class),
                rs.getDate("opened_on").toLocalDate(), rs.getDate("due_on").toLocalDate(), rs.getBoolean("due_provisional"), rs.getString("reply"),
                rs.getTimestamp("replied_at") == null ? null : rs.getTimestamp("replied_at").toInstant(), rs.getString("follow_up"),
                rs.getTimestamp("followed_up_at") == null ? null : rs.getTimestamp("followed_up_at").toInstant(),
                (Integer) rs.getObject("level"), rs.getString("comment"));
    }
}
