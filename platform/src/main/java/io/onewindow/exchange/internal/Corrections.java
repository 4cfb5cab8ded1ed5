package io.onewindow.exchange.internal;

import io.onewindow.calendar.WorkingDays;
import io.onewindow.exchange.CorrectionAnswered;
import io.onewindow.exchange.CorrectionFlagged;
import io.onewindow.exchange.DataResource;
import io.onewindow.exchange.ExchangeError;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.Violations;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * 数据纠错: a consumer department or the person concerned flags a value as wrong; the provider answers within
 * 10 working days, correcting it or saying why not. A correction makes a new version of the record; the
 * replaced values are kept in {@code exchange.record_version}. Only the resources the exchange holds itself
 * are corrected here; the 人口 and 法人 registers are corrected by identity's registrars.
 */
@Service
public class Corrections {

    static final int ANSWER_DAYS = 10;

    private final ResourceStore resources;
    private final SharingStore sharing;
    private final WorkingDays workingDays;
    private final AuditedActions actions;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    Corrections(ResourceStore resources, SharingStore sharing, WorkingDays workingDays, AuditedActions actions, JdbcClient jdbc,
                JsonMapper json, Clock clock) {
        this.resources = resources;
        this.sharing = sharing;
        this.workingDays = workingDays;
        this.actions = actions;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A flagged value and its answer. */
    public record Correction(UUID id, String resourceCode, String subject, int seq, String item, String currentValue, String proposed,
                             String reason, UUID byDepartment, UUID byPerson, Instant flaggedAt, LocalDate dueOn, String state,
                             String answer) {
    }

    /** Who flags: a consumer department, or the person whose record it is. */
    public record Flag(String resourceCode, String subject, int seq, String item, String proposed, String reason, UUID byDepartment,
                       UUID byPerson) {
    }

    static final int PROPOSED_LIMIT = 200;

    @Transactional
    public Correction flag(Flag flag) {
        DataResource resource = resources.require(flag.resourceCode());
        if (!SubjectRecords.heldHere(resource.code())) {
            throw new DomainException(ExchangeError.NOT_CORRECTABLE);
        }
        Violations violations = new Violations();
        violations.require(resource.item(flag.item()).isPresent(), "item", ExchangeError.ITEM_UNKNOWN, Map.of("item", String.valueOf(flag.item())));
        violations.require(flag.proposed() != null && !flag.proposed().isBlank(), "proposed", ExchangeError.REQUIRED);
        violations.require(flag.reason() != null && !flag.reason().isBlank(), "reason", ExchangeError.REQUIRED);
        // A proposed value is a register's item, a reason a sentence or two: neither may fill the provider's pages.
        violations.require(flag.proposed() == null || flag.proposed().strip().length() <= PROPOSED_LIMIT, "proposed", ExchangeError.TOO_LONG,
                Map.of("max", PROPOSED_LIMIT));
        violations.require(flag.reason() == null || flag.reason().strip().length() <= SharingDesk.TEXT_LIMIT, "reason", ExchangeError.TOO_LONG,
                Map.of("max", SharingDesk.TEXT_LIMIT));
        violations.throwIfAny();
        if (flag.byDepartment() != null) {
            requireGrant(resource, flag.byDepartment(), flag.item());
        }
        Optional<Map<String, Object>> row = jdbc.sql("""
                        select person_id, data::text as data from exchange.record where resource_code = ? and subject = ? and seq = ?""")
                .params(resource.code(), flag.subject(), flag.seq())
                .query((rs, n) -> Map.<String, Object>of("person", rs.getObject("person_id", UUID.class) == null ? "" : rs.getObject("person_id", UUID.class),
                        "data", json.readValue(rs.getString("data"), Map.class)))
                .optional();
        if (row.isEmpty()) {
            throw new DomainException(ExchangeError.SUBJECT_NOT_FOUND);
        }
        UUID person = row.get().get("person") instanceof UUID id ? id : null;
        if (flag.byPerson() != null && !flag.byPerson().equals(person)) {
            throw new DomainException(ExchangeError.SUBJECT_NOT_FOUND);
        }
        Object current = ((Map<?, ?>) row.get().get("data")).get(flag.item());
        UUID id = UUID.randomUUID();
        LocalDate due = workingDays.calendar().dueDate(workingDays.today(), ANSWER_DAYS).date();
        jdbc.sql("""
                        insert into exchange.correction (id, resource_code, subject, seq, item, current_value, proposed, reason, by_department,
                          by_person, flagged_at, due_on, state) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')""")
                .params(id, resource.code(), flag.subject(), flag.seq(), flag.item(), current == null ? null : current.toString(),
                        flag.proposed().strip(), flag.reason().strip(), flag.byDepartment(), flag.byPerson(), Timestamp.from(Instant.now(clock)), due)
                .update();
        actions.publish(trace -> new CorrectionFlagged(id, resource.code(), person, flag.item(), trace));
        return find(id).orElseThrow();
    }

    // A department flags only a value it may read: under a grant valid today that covers the item. Without one,
    // flagging would tell it whether a person has a record at all, outside any grant and unrecorded as a read.
    private void requireGrant(DataResource resource, UUID department, String item) {
        LocalDate today = workingDays.today();
        List<Grant> valid = sharing.grantsOn(resource.code(), department).stream().filter(g -> g.validOn(today)).toList();
        if (valid.isEmpty()) {
            throw new DomainException(ExchangeError.NO_GRANT, Map.of("resource", resource.code()));
        }
        if (valid.stream().noneMatch(g -> g.items().contains(item))) {
            throw new DomainException(ExchangeError.ITEM_NOT_GRANTED, Map.of("item", item));
        }
    }

    /** The provider answers: corrected (a new version of the record, the old one kept) or not, with its reason. */
    @Transactional
    public Correction answer(UUID id, boolean accept, String answer) {
        Correction correction = jdbc.sql("select * from exchange.correction where id = ? for update").param(id).query(Corrections::correction)
                .optional().orElseThrow(() -> new DomainException(ExchangeError.CORRECTION_NOT_FOUND));
        SharingDesk.acting(resources.require(correction.resourceCode()).providerId());
        if (!"OPEN".equals(correction.state())) {
            throw new DomainException(ExchangeError.ALREADY_ANSWERED);
        }
        Violations violations = new Violations();
        violations.require(answer != null && !answer.isBlank(), "answer", ExchangeError.REQUIRED);
        violations.throwIfAny();
        Instant now = Instant.now(clock);
        UUID person = null;
        if (accept) {
            person = jdbc.sql("select person_id from exchange.record where resource_code = ? and subject = ? and seq = ?")
                    .params(correction.resourceCode(), correction.subject(), correction.seq()).query(UUID.class).optional().orElse(null);
            jdbc.sql("""
                            insert into exchange.record_version (resource_code, subject, seq, version, data, replaced_at, correction_id)
                            select resource_code, subject, seq, version, data, ?, ? from exchange.record
                            where resource_code = ? and subject = ? and seq = ?""")
                    .params(Timestamp.from(now), id, correction.resourceCode(), correction.subject(), correction.seq())
                    .update();
            jdbc.sql("""
                            update exchange.record set data = jsonb_set(data, array[?::text], to_jsonb(?::text)), version = version + 1
                            where resource_code = ? and subject = ? and seq = ?""")
                    .params(correction.item(), correction.proposed(), correction.resourceCode(), correction.subject(), correction.seq())
                    .update();
        }
        jdbc.sql("update exchange.correction set state = ?, answer = ?, answered_at = ? where id = ?")
                .params(accept ? "ACCEPTED" : "REJECTED", answer.strip(), Timestamp.from(now), id).update();
        UUID subject = person;
        actions.publish(trace -> new CorrectionAnswered(id, correction.resourceCode(), subject, accept, trace));
        return find(id).orElseThrow();
    }

    public Optional<Correction> find(UUID id) {
        return jdbc.sql("select * from exchange.correction where id = ?").param(id).query(Corrections::correction).optional();
    }

    /** The corrections of the resources a department provides, open ones first by due date. */
    public List<Correction> toAnswerBy(UUID provider) {
        return jdbc.sql("""
                        select c.* from exchange.correction c join exchange.resource r on r.code = c.resource_code
                        where r.provider_id = ? order by c.state <> 'OPEN', c.due_on, c.flagged_at desc limit 200""")
                .param(provider).query(Corrections::correction).list();
    }

    /** A record the exchange holds about a person, as the person sees it. */
    public record OwnRecord(String resourceCode, String subject, int seq, Map<String, Object> values) {
    }

    /** Every record the exchange holds about the person, by resource. */
    @SuppressWarnings("unchecked")
    public List<OwnRecord> recordsOf(UUID person) {
        return jdbc.sql("select resource_code, subject, seq, data::text as data from exchange.record where person_id = ? order by resource_code, seq")
                .param(person)
                .query((rs, n) -> new OwnRecord(rs.getString("resource_code"), rs.getString("subject"), rs.getInt("seq"),
                        json.readValue(rs.getString("data"), Map.class)))
                .list();
    }

    /** The corrections the person flagged, newest first. */
    public List<Correction> flaggedBy(UUID person) {
        return jdbc.sql("select * from exchange.correction where by_person = ? order by flagged_at desc").param(person)
                .query(Corrections::correction).list();
    }

    /** The versions a correction replaced, newest first. */
    public List<Map<String, Object>> versions(String resourceCode, String subject, int seq) {
        return jdbc.sql("select version, data::text as data, replaced_at from exchange.record_version where resource_code = ? and subject = ? and seq = ? order by version desc")
                .params(resourceCode, subject, seq)
                .query((rs, n) -> Map.<String, Object>of("version", rs.getInt("version"), "data", rs.getString("data"),
                        "replacedAt", rs.getTimestamp("replaced_at").toInstant()))
                .list();
    }

    private static Correction correction(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Correction(rs.getObject("id", UUID.class), rs.getString("resource_code"), rs.getString("subject"), rs.getInt("seq"),
                rs.getString("item"), rs.getString("current_value"), rs.getString("proposed"), rs.getString("reason"),
                rs.getObject("by_department", UUID.class), rs.getObject("by_person", UUID.class), rs.getTimestamp("flagged_at").toInstant(),
                rs.getDate("due_on").toLocalDate(), rs.getString("state"), rs.getString("answer"));
    }
}
