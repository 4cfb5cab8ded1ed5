package io.onewindow.benefits.internal;

import io.onewindow.benefits.Audience;
import io.onewindow.benefits.BenefitsError;
import io.onewindow.benefits.OfferDecided;
import io.onewindow.benefits.OfferMade;
import io.onewindow.benefits.Policy;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.runtime.NodeCache;
import io.onewindow.runtime.NodeCaches;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers to the newly eligible, and their answer: confirming (意愿确认) with the bank account on file turns
 * the offer into a pending disbursement; declining closes it. A policy that auto-confirms pays the account on
 * file without asking; a subject with no account on file is asked all the same.
 */
@Component
public class Offers {

    private static final String SELECT = """
            select o.*, d.id as disbursement_id, d.state as payment_state, d.paid_at from benefits.offer o
            left join benefits.disbursement d on d.offer_id = o.id""";

    private final JdbcClient jdbc;
    private final FactsStore facts;
    private final PolicyRules rules;
    private final PolicyStore policies;
    private final BenefitsAccess access;
    private final AuditedActions actions;
    private final Clock clock;
    /** How many offers wait for each person's answer, kept on each node until an offer to them changes (a trigger). */
    private final NodeCache<Long> open;

    Offers(JdbcClient jdbc, FactsStore facts, PolicyRules rules, PolicyStore policies, BenefitsAccess access, AuditedActions actions,
           Clock clock, NodeCaches caches) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.rules = rules;
        this.policies = policies;
        this.access = access;
        this.actions = actions;
        this.clock = clock;
        this.open = caches.cache("benefit-offers", 50_000, Duration.ofMinutes(5));
    }

    /** Called inside the run's completing transaction. */
    void offerNewlyEligible(Policy policy, RunView run, int previous) {
        LocalDate date = run.decisionDate();
        if (!policy.inForceOn(date)) {
            return;
        }
        List<UUID> subjects = jdbc.sql("""
                select r.subject_id from benefits.run_result r where r.run_number = ? and r.eligible
                and not exists (select 1 from benefits.run_result p where p.run_number = ? and p.subject_id = r.subject_id and p.eligible)
                and not exists (select 1 from benefits.offer o where o.policy_code = ? and o.subject_id = r.subject_id
                                and o.state in ('OFFERED', 'CONFIRMED'))""")
                .params(run.number(), previous, policy.code()).query(UUID.class).list();
        for (UUID subject : subjects) {
            Map<String, Object> known = facts.facts(policy.audience(), subject, date).orElseThrow();
            long amount = rules.amount(policy, known, date);
            Optional<String> account = facts.bankAccount(policy.audience(), subject);
            boolean confirm = policy.autoConfirm() && account.isPresent();
            UUID offer = UUID.randomUUID();
            jdbc.sql("""
                    insert into benefits.offer (id, policy_code, run_id, subject_id, audience, amount_fen, state, auto, created_at, decided_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(offer, policy.code(), run.id(), subject, policy.audience().name(), amount, confirm ? "CONFIRMED" : "OFFERED", confirm,
                            now(), confirm ? now() : null).update();
            open.evictAfterCommit(subject.toString());
            if (confirm) {
                disburse(offer, policy, subject, amount, account.get());
            }
            actions.publish(trace -> new OfferMade(offer, policy.code(), subject, policy.audience(), amount, confirm, trace));
        }
    }

    public List<OfferView> forSubjects(List<UUID> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where o.subject_id in (:subjects) order by o.created_at desc").param("subjects", subjects)
                .query(Offers::view).list();
    }

    /** Offers still waiting for the person's answer (their own, not their enterprises'). */
    public long openFor(UUID person) {
        return open.get(person.toString(), () -> jdbc.sql("select count(*) from benefits.offer where subject_id = ? and state = 'OFFERED'")
                .param(person).query(Long.class).single());
    }

    public List<OfferView> ofRun(UUID run, int limit) {
        return jdbc.sql(SELECT + " where o.run_id = ? order by o.created_at limit ?").params(run, limit).query(Offers::view).list();
    }

    public Optional<OfferView> find(UUID offer) {
        return jdbc.sql(SELECT + " where o.id = ?").param(offer).query(Offers::view).optional();
    }

    @Transactional
    public OfferView confirm(UUID offerId, UserAccount user) {
        OfferView offer = open(offerId, user);
        String account = facts.bankAccount(offer.audience(), offer.subjectId())
                .orElseThrow(() -> new DomainException(BenefitsError.NO_BANK_ACCOUNT, Map.of()));
        decide(offer, "CONFIRMED");
        disburse(offer.id(), policies.require(offer.policyCode()), offer.subjectId(), offer.amountFen(), account);
        actions.publish(trace -> new OfferDecided(offer.id(), offer.policyCode(), offer.subjectId(), offer.audience(), true, trace));
        return find(offerId).orElseThrow();
    }

    @Transactional
    public OfferView decline(UUID offerId, UserAccount user) {
        OfferView offer = open(offerId, user);
        decide(offer, "DECLINED");
        actions.publish(trace -> new OfferDecided(offer.id(), offer.policyCode(), offer.subjectId(), offer.audience(), false, trace));
        return find(offerId).orElseThrow();
    }

    private OfferView open(UUID offerId, UserAccount user) {
        OfferView offer = jdbc.sql(SELECT + " where o.id = ? for update of o").param(offerId).query(Offers::view).optional()
                .orElseThrow(() -> new DomainException(BenefitsError.OFFER_NOT_FOUND, Map.of()));
        if (!access.actsFor(user, offer.audience(), offer.subjectId())) {
            throw new DomainException(BenefitsError.NOT_YOURS, Map.of());
        }
        if (!offer.open()) {
            throw new DomainException(BenefitsError.OFFER_DECIDED, Map.of("state", offer.state()));
        }
        return offer;
    }

    private void decide(OfferView offer, String state) {
        jdbc.sql("update benefits.offer set state = ?, decided_at = ? where id = ?").params(state, now(), offer.id()).update();
        open.evictAfterCommit(offer.subjectId().toString());
    }

    private void disburse(UUID offer, Policy policy, UUID subject, long amount, String account) {
        jdbc.sql("""
                insert into benefits.disbursement (id, offer_id, policy_code, department_code, subject_id, amount_fen, bank_account, state, created_at)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)""")
                .params(UUID.randomUUID(), offer, policy.code(), policy.departmentCode(), subject, amount, account, now()).update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static OfferView view(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        Timestamp paid = rs.getTimestamp("paid_at");
        return new OfferView(rs.getObject("id", UUID.class), rs.getString("policy_code"), rs.getObject("run_id", UUID.class),
                rs.getObject("subject_id", UUID.class), Audience.valueOf(rs.getString("audience")), rs.getLong("amount_fen"),
                rs.getString("state"), rs.getBoolean("auto"), rs.getTimestamp("created_at").toInstant(),
                decided == null ? null : decided.toInstant(), rs.getObject("disbursement_id", UUID.class), rs.getString("payment_state"),
                paid == null ? null : paid.toInstant());
    }
}
