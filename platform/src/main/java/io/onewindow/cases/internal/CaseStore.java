package io.onewindow.cases.internal;

import io.onewindow.calendar.ClockStop;
import io.onewindow.cases.Applicant;
import io.onewindow.cases.CaseAction;
import io.onewindow.cases.CaseError;
import io.onewindow.cases.CaseState;
import io.onewindow.catalogue.Text;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.runtime.CommitStatements;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Applications and cases in the {@code cases} schema. Updates of a case check its lock version (optimistic locking). */
@Repository
public class CaseStore {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Text>> TEXTS = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, String>>> STOPS = new TypeReference<>() {
    };

    /** The columns of an application but its answers, consents and prefills. */
    private static final String LISTED_APPLICATION = """
            id, kind, code, version, name_zh, name_en, account_id, subject_kind, subject_id, applicant_name, division_code,
            submitted_at, created_at, lock_version""";
    /** The columns of a case but its answers. */
    private static final String VIEWED_CASE = """
            id, application_id, item_code, item_version, name_zh, name_en, department_id, division_code, account_id, applicant_name,
            state, resume_state, promised_days, statutory_days, trips_saved, submitted_at, accepted_on, clock_stops, due_on,
            due_provisional, decided_on, ended_at, decision, working_days_used, assignee_id, assignee_name, escalated_at, lock_version""";

    /** Entries of a case's history, each as {@link #eventValues} lists its values. */
    private static final String INSERT_EVENTS = "insert into cases.case_event (case_id, at, action, from_state, to_state, actor_name, reason) values";
    private static final String EVENT_ROW = "(?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_EVENT = INSERT_EVENTS + " " + EVENT_ROW;
    private static final String INSERT_APPLICATION = """
            insert into cases.application (id, kind, code, version, name_zh, name_en, account_id, subject_kind, subject_id,
                applicant_name, division_code, answers, consents, prefilled, submitted_at, created_at, lock_version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, 0)""";
    /** Newly filed cases, each as {@link #insertSubmitted} lists its values. */
    private static final String INSERT_CASES = """
            insert into cases.case_file (id, application_id, item_code, item_version, name_zh, name_en, department_id, division_code,
                account_id, applicant_name, state, answers, promised_days, statutory_days, trips_saved, submitted_at, clock_stops, lock_version)
            values""";
    private static final String CASE_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, '[]'::jsonb, 0)";

    private final JdbcClient jdbc;
    private final CommitStatements commitStatements;
    private final JsonMapper json;

    CaseStore(JdbcClient jdbc, CommitStatements commitStatements, JsonMapper json) {
        this.jdbc = jdbc;
        this.commitStatements = commitStatements;
        this.json = json;
    }

    /** Inserts an application: a draft at once, one filed at once as {@code writes} says. */
    public void insert(ApplicationRow a, Writes writes) {
        // What refers to it (its cases, their history, materials, notices) is added after it, so written after it.
        writes.write(commitStatements, List.of(new CommitStatements.Statement(INSERT_APPLICATION, Arrays.asList(applicationValues(a)))));
    }

    private Object[] applicationValues(ApplicationRow a) {
        return new Object[] {a.id(), a.kind(), a.code(), a.version(), a.name().zh(), a.name().en(), a.applicant().accountId(),
                a.applicant().kind().name(), a.applicant().subjectId(), a.applicantName(), a.divisionCode(),
                json.writeValueAsString(a.answers()), json.writeValueAsString(a.consents()), json.writeValueAsString(a.prefilled()),
                ts(a.submittedAt()), ts(a.createdAt())};
    }

    /** Saves a draft's answers and consents, or marks it submitted; refuses a stale version. */
    public void update(ApplicationRow a) {
        int updated = jdbc.sql("""
                update cases.application set answers = ?::jsonb, consents = ?::jsonb, submitted_at = ?, lock_version = lock_version + 1
                where id = ? and lock_version = ?""")
                .params(json.writeValueAsString(a.answers()), json.writeValueAsString(a.consents()), ts(a.submittedAt()), a.id(),
                        a.lockVersion())
                .update();
        if (updated != 1) {
            throw new DomainException(CaseError.STALE, Map.of());
        }
    }

    public Optional<ApplicationRow> application(UUID id) {
        return jdbc.sql("select * from cases.application where id = ?").param(id).query(this::mapApplication).optional();
    }

    /**
     * Whom a change of an application or case is told to, outside the platform: the applicant's account, what they
     * applied for, and the phone number their answers gave (a text answer only). Read without parsing the answers,
     * of which the teller needs one value.
     */
    public record Recipient(UUID accountId, UUID applicationId, Text name, String phone) {
    }

    private static final String RECIPIENT =
            "account_id, name_zh, name_en, case when jsonb_typeof(answers -> 'phone') = 'string' then answers ->> 'phone' end as phone";

    public Optional<Recipient> recipientOfApplication(UUID id) {
        return jdbc.sql("select id as application_id, " + RECIPIENT + " from cases.application where id = ?").param(id)
                .query(CaseStore::recipient).optional();
    }

    public Optional<Recipient> recipientOfCase(UUID id) {
        return jdbc.sql("select application_id, " + RECIPIENT + " from cases.case_file where id = ?").param(id)
                .query(CaseStore::recipient).optional();
    }

    private static Recipient recipient(ResultSet rs, int n) throws SQLException {
        return new Recipient(rs.getObject("account_id", UUID.class), rs.getObject("application_id", UUID.class),
                new Text(rs.getString("name_zh"), rs.getString("name_en")), rs.getString("phone"));
    }

    /** Locks the application's row for the rest of the transaction (a bundle's children conclude one at a time). */
    public void lockApplication(UUID id) {
        jdbc.sql("select id from cases.application where id = ? for update").param(id).query(UUID.class).optional();
    }

    /** A page of an account's applications, newest first, and whether older ones follow. */
    public record ApplicationsPage(List<ApplicationRow> applications, boolean more) {
    }

    /**
     * The {@code page}-th (from 0) page of {@code size} of the account's applications, newest first, for lists: answers,
     * consents and prefills are left out (read empty), as lists show none of them and parsing them was most of a list's
     * reading.
     */
    public ApplicationsPage applicationsOf(UUID accountId, int page, int size) {
        // One more than the page holds says whether another follows, without counting the account's applications.
        List<ApplicationRow> rows = jdbc.sql("select " + LISTED_APPLICATION
                        + " from cases.application where account_id = ? order by created_at desc, id offset ? limit ?")
                .params(accountId, (long) page * size, size + 1).query((rs, n) -> mapApplication(rs, Map.of(), Map.of(), Map.of())).list();
        return new ApplicationsPage(rows.subList(0, Math.min(rows.size(), size)), rows.size() > size);
    }

    public long countApplicationsOf(UUID accountId) {
        return jdbc.sql("select count(*) from cases.application where account_id = ?").param(accountId).query(Long.class).single();
    }

    /**
     * Files the cases of one submission, as {@code writes} says, with the first entry of each one's history (submitted
     * by {@code actorName}) sent with the transaction's commit: one statement each, whatever the number of member
     * items. Returns the entries written.
     */
    public List<Event> insertSubmitted(List<CaseRow> cases, String actorName, Writes writes) {
        List<List<Object>> caseRows = cases.stream().map(c -> Arrays.<Object>asList(c.id(), c.applicationId(), c.itemCode(),
                c.itemVersion(), c.name().zh(), c.name().en(), c.departmentId(), c.divisionCode(), c.accountId(), c.applicantName(),
                c.file().state().name(), json.writeValueAsString(c.answers()), c.file().promisedDays(), c.statutoryDays(),
                c.tripsSaved(), ts(c.submittedAt()))).toList();
        writes.write(commitStatements, CommitStatements.inserts(INSERT_CASES, CASE_ROW, "", caseRows));
        List<Event> events = cases.stream()
                .map(c -> new Event(c.id(), c.submittedAt(), CaseAction.SUBMIT.name(), CaseState.DRAFT, c.file().state(), actorName, null))
                .toList();
        List<List<Object>> rows = events.stream().map(e -> Arrays.asList(eventValues(e))).toList();
        commitStatements.add(() -> CommitStatements.inserts(INSERT_EVENTS, EVENT_ROW, "", rows));
        return events;
    }

    /** Writes a case's new lifecycle state if nobody changed it since {@code before} was read. */
    public void transition(CaseFile before, CaseFile after, String decision, Integer workingDaysUsed, Instant endedAt) {
        int updated = jdbc.sql("""
                update cases.case_file set state = ?, resume_state = ?, accepted_on = ?, clock_stops = ?::jsonb, due_on = ?,
                    due_provisional = ?, decided_on = ?, decision = coalesce(?, decision),
                    working_days_used = coalesce(?, working_days_used), ended_at = ?, lock_version = ?
                where id = ? and lock_version = ?""")
                .params(after.state().name(), after.resumeState() == null ? null : after.resumeState().name(), date(after.acceptedOn()),
                        json.writeValueAsString(after.stops().stream().map(s -> s.until() == null
                                ? Map.of("from", s.from().toString()) : Map.of("from", s.from().toString(), "until", s.until().toString())).toList()),
                        date(after.dueOn()), after.dueProvisional(), date(after.decidedOn()), decision, workingDaysUsed, ts(endedAt),
                        after.lockVersion(), before.id(), before.lockVersion())
                .update();
        if (updated != 1) {
            throw new DomainException(CaseError.STALE, Map.of());
        }
    }

    public void assign(UUID caseId, UUID assigneeId, String assigneeName) {
        jdbc.sql("update cases.case_file set assignee_id = ?, assignee_name = ? where id = ?").params(assigneeId, assigneeName, caseId).update();
    }

    public void escalate(UUID caseId, Instant at) {
        jdbc.sql("update cases.case_file set escalated_at = ? where id = ?").params(ts(at), caseId).update();
    }

    public Optional<CaseRow> find(UUID id) {
        return jdbc.sql("select * from cases.case_file where id = ?").param(id).query(this::mapCase).optional();
    }

    public List<CaseRow> casesOf(UUID applicationId) {
        return jdbc.sql("select * from cases.case_file where application_id = ? order by item_code").param(applicationId)
                .query(this::mapCase).list();
    }

    /** The cases of these applications, for views of them: their answers are left out (read empty), as views show none. */
    public List<CaseRow> casesOf(Collection<UUID> applicationIds) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + VIEWED_CASE + " from cases.case_file where application_id in (:ids) order by item_code")
                .param("ids", applicationIds).query((rs, n) -> mapCase(rs, Map.of())).list();
    }

    /**
     * The open cases of the departments within the divisions, earliest due first (those not yet accepted, whose
     * acceptance is due within days of submission, before all).
     */
    public List<CaseRow> queue(Collection<UUID> departments, Collection<String> divisions, int limit) {
        if (departments.isEmpty() || divisions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from cases.case_file where ended_at is null and department_id in (:departments)
                  and division_code like any (array[:divisions])
                order by due_on nulls first, submitted_at limit :limit""")
                .param("departments", departments).param("divisions", divisions.stream().map(d -> d + "%").toList()).param("limit", limit)
                .query(this::mapCase).list();
    }

    public long countDueBy(Collection<UUID> departments, LocalDate day) {
        if (departments.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from cases.case_file where ended_at is null and department_id in (:departments) and due_on <= :day")
                .param("departments", departments).param("day", date(day)).query(Long.class).single();
    }

    public long countOverdue(Collection<UUID> departments, LocalDate today) {
        if (departments.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from cases.case_file where ended_at is null and due_on < :today and department_id in (:departments) "
                        + "and state not in ('CORRECTION_REQUESTED', 'SPECIAL_PROCEDURE', 'APPROVED', 'REJECTED')")
                .param("today", date(today)).param("departments", departments).query(Long.class).single();
    }

    /** Open cases past their due date, of some departments (all when null), most overdue first. */
    public List<CaseRow> overdue(Collection<UUID> departments, LocalDate today, int limit) {
        String scope = departments == null ? "" : " and department_id in (:departments)";
        var spec = jdbc.sql("select * from cases.case_file where ended_at is null and due_on < :today and state not in "
                + "('CORRECTION_REQUESTED', 'SPECIAL_PROCEDURE', 'APPROVED', 'REJECTED')" + scope + " order by due_on limit :limit")
                .param("today", date(today)).param("limit", limit);
        if (departments != null) {
            if (departments.isEmpty()) {
                return List.of();
            }
            spec = spec.param("departments", departments);
        }
        return spec.query(this::mapCase).list();
    }

    public void event(UUID caseId, Instant at, String action, CaseState from, CaseState to, String actor, String reason) {
        jdbc.sql(INSERT_EVENT).params(eventValues(new Event(caseId, at, action, from, to, actor, reason))).update();
    }

    private static Object[] eventValues(Event e) {
        return new Object[] {e.caseId(), ts(e.at()), e.action(), e.from() == null ? null : e.from().name(), e.to().name(), e.actor(), e.reason()};
    }

    /** One entry of a case's history. */
    public record Event(UUID caseId, Instant at, String action, CaseState from, CaseState to, String actor, String reason) {
    }

    public List<Event> history(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from cases.case_event where case_id in (:ids) order by id").param("ids", caseIds)
                .query((rs, n) -> new Event(rs.getObject("case_id", UUID.class), rs.getTimestamp("at").toInstant(), rs.getString("action"),
                        rs.getString("from_state") == null ? null : CaseState.valueOf(rs.getString("from_state")),
                        CaseState.valueOf(rs.getString("to_state")), rs.getString("actor_name"), rs.getString("reason")))
                .list();
    }

    private ApplicationRow mapApplication(ResultSet rs, int n) throws SQLException {
        return mapApplication(rs, json.readValue(rs.getString("answers"), MAP), json.readValue(rs.getString("consents"), STRINGS),
                json.readValue(rs.getString("prefilled"), TEXTS));
    }

    private ApplicationRow mapApplication(ResultSet rs, Map<String, Object> answers, Map<String, String> consents,
                                          Map<String, Text> prefilled) throws SQLException {
        return new ApplicationRow(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("code"), rs.getInt("version"),
                new Text(rs.getString("name_zh"), rs.getString("name_en")),
                new Applicant(rs.getObject("account_id", UUID.class), Applicant.SubjectKind.valueOf(rs.getString("subject_kind")),
                        rs.getObject("subject_id", UUID.class)),
                rs.getString("applicant_name"), rs.getString("division_code"), answers, consents, prefilled, instant(rs.getTimestamp("submitted_at")),
                instant(rs.getTimestamp("created_at")), rs.getInt("lock_version"));
    }

    private CaseRow mapCase(ResultSet rs, int n) throws SQLException {
        return mapCase(rs, json.readValue(rs.getString("answers"), MAP));
    }

    private CaseRow mapCase(ResultSet rs, Map<String, Object> answers) throws SQLException {
        List<ClockStop> stops = new ArrayList<>();
        String stopped = rs.getString("clock_stops");
        // Most cases never stopped their clock: no JSON to parse for them, in lists of hundreds.
        for (Map<String, String> s : "[]".equals(stopped) ? List.<Map<String, String>>of() : json.readValue(stopped, STOPS)) {
            stops.add(new ClockStop(LocalDate.parse(s.get("from")), s.get("until") == null ? null : LocalDate.parse(s.get("until"))));
        }
        CaseFile file = new CaseFile(rs.getObject("id", UUID.class), CaseState.valueOf(rs.getString("state")),
                rs.getString("resume_state") == null ? null : CaseState.valueOf(rs.getString("resume_state")), rs.getInt("promised_days"),
                localDate(rs.getDate("accepted_on")), stops, localDate(rs.getDate("due_on")), rs.getBoolean("due_provisional"),
                localDate(rs.getDate("decided_on")), rs.getInt("lock_version"));
        return new CaseRow(file.id(), rs.getObject("application_id", UUID.class), rs.getString("item_code"), rs.getInt("item_version"),
                new Text(rs.getString("name_zh"), rs.getString("name_en")), rs.getObject("department_id", UUID.class),
                rs.getString("division_code"), rs.getObject("account_id", UUID.class), rs.getString("applicant_name"), file, answers,
                rs.getInt("statutory_days"), rs.getInt("trips_saved"), instant(rs.getTimestamp("submitted_at")),
                instant(rs.getTimestamp("ended_at")), rs.getString("decision"), rs.getObject("assignee_id", UUID.class),
                rs.getString("assignee_name"), instant(rs.getTimestamp("escalated_at")));
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
