package io.onewindow.exchange.internal;

import io.onewindow.calendar.WorkingDays;
import io.onewindow.exchange.DataResource;
import io.onewindow.exchange.ExchangeError;
import io.onewindow.exchange.GrantRevoked;
import io.onewindow.exchange.SharingDecided;
import io.onewindow.exchange.SharingRequested;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.Violations;
import io.onewindow.purposes.Purpose;
import io.onewindow.purposes.Purposes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests to share and the decisions on them (《政务信息资源共享管理暂行办法》第十条): an unconditional resource is
 * granted on the platform's automatic check (within 2 working days; done at once), a conditional one is decided
 * by its provider within 10 working days — granting all or some of the items asked, refusing with reasons, or
 * escalating to the data bureau, which then decides within 10 working days — and one that is not shared is
 * refused with its legal basis. Grants expire and can be revoked.
 */
@Service
public class SharingDesk {

    static final int AUTOMATIC_CHECK_DAYS = 2;
    static final int DECISION_DAYS = 10;
    static final int TEXT_LIMIT = 2000;
    /** How long a grant lasts unless the decision says otherwise, and at most. */
    static final int DEFAULT_MONTHS = 12;
    static final int MAX_MONTHS = 36;

    private final ResourceStore resources;
    private final SharingStore store;
    private final Purposes purposes;
    private final WorkingDays workingDays;
    private final AuditedActions actions;
    private final Clock clock;

    SharingDesk(ResourceStore resources, SharingStore store, Purposes purposes, WorkingDays workingDays, AuditedActions actions, Clock clock) {
        this.resources = resources;
        this.store = store;
        this.purposes = purposes;
        this.workingDays = workingDays;
        this.actions = actions;
        this.clock = clock;
    }

    /** What a consumer department asks for. */
    public record Application(String resourceCode, UUID consumerId, String purpose, String scenario, String legalBasis,
                              List<String> items, boolean clearValues) {
        public Application {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** A decision: the items granted (none means refused), clear values or not, until when, and why. */
    public record Decision(List<String> grantedItems, boolean clearValues, LocalDate expiresOn, String reason) {
        public Decision {
            grantedItems = grantedItems == null ? List.of() : List.copyOf(grantedItems);
            reason = reason == null ? "" : reason.strip();
        }

        public static Decision refuse(String reason) {
            return new Decision(List.of(), false, null, reason);
        }
    }

    @Transactional
    public SharingRequest apply(Application application) {
        acting(application.consumerId());
        DataResource resource = resources.require(application.resourceCode());
        Violations violations = new Violations();
        if (violations.require(!blank(application.purpose()).isBlank(), "purpose", ExchangeError.REQUIRED)) {
            violations.require(purposes.find(application.purpose()).filter(Purpose::active).isPresent(), "purpose",
                    ExchangeError.PURPOSE_UNKNOWN, Map.of("purpose", application.purpose()));
        }
        text(violations, "scenario", application.scenario());
        text(violations, "legalBasis", application.legalBasis());
        if (violations.require(!application.items().isEmpty(), "items", ExchangeError.NO_ITEMS)) {
            for (String item : application.items()) {
                violations.require(resource.item(item).isPresent(), "items", ExchangeError.ITEM_UNKNOWN, Map.of("item", item));
            }
        }
        violations.require(!resource.providerId().equals(application.consumerId()), "resource", ExchangeError.OWN_RESOURCE);
        violations.throwIfAny();

        Instant now = Instant.now(clock);
        LocalDate today = workingDays.today();
        int days = resource.sharing() == DataResource.SharingType.CONDITIONAL ? DECISION_DAYS : AUTOMATIC_CHECK_DAYS;
        SharingRequest request = new SharingRequest(UUID.randomUUID(), resource.code(), application.consumerId(), resource.providerId(),
                application.purpose(), application.scenario().strip(), application.legalBasis().strip(),
                application.items().stream().distinct().toList(), application.clearValues(), SharingRequest.State.SUBMITTED, now,
                workingDays.calendar().dueDate(today, days).date(), null, List.of(), null);
        store.insert(request);
        actions.publish(trace -> new SharingRequested(request.id(), request.resourceCode(), request.consumerId(), request.providerId(),
                request.purpose(), request.items(), trace));
        return switch (resource.sharing()) {
            // The automatic check is what the lines above checked: a listed purpose, a legal basis, items of the resource.
            case UNCONDITIONAL -> conclude(request, new Decision(request.items(), request.clearValues() && !anyCore(resource, request.items()),
                    null, ""), true);
            case NOT_SHARED -> conclude(request, Decision.refuse(resource.conditions()), true);
            case CONDITIONAL -> request;
        };
    }

    /** The provider decides a submitted request, or the data bureau an escalated one. */
    @Transactional
    public SharingRequest decide(UUID requestId, Decision decision) {
        SharingRequest request = open(requestId);
        if (request.state() == SharingRequest.State.ESCALATED) {
            dataBureau();
        } else {
            acting(request.providerId());
        }
        Violations violations = new Violations();
        if (decision.grantedItems().isEmpty()) {
            text(violations, "reason", decision.reason());
        } else {
            violations.require(request.items().containsAll(decision.grantedItems()), "items", ExchangeError.SUBSET_ONLY);
            LocalDate today = workingDays.today();
            violations.require(decision.expiresOn() == null || (decision.expiresOn().isAfter(today)
                    && !decision.expiresOn().isAfter(today.plusMonths(MAX_MONTHS))), "expiresOn", ExchangeError.EXPIRY_INVALID,
                    Map.of("months", MAX_MONTHS));
            violations.require(decision.reason().length() <= TEXT_LIMIT, "reason", ExchangeError.TOO_LONG, Map.of("max", TEXT_LIMIT));
        }
        violations.throwIfAny();
        return conclude(request, decision, false);
    }

    /** The provider hands a request it cannot decide alone to the data bureau (大数据局), which has 10 working days. */
    @Transactional
    public SharingRequest escalate(UUID requestId, String reason) {
        SharingRequest request = open(requestId);
        acting(request.providerId());
        if (request.state() != SharingRequest.State.SUBMITTED) {
            throw new DomainException(ExchangeError.ALREADY_DECIDED);
        }
        Violations violations = new Violations();
        text(violations, "reason", reason);
        violations.throwIfAny();
        SharingRequest escalated = new SharingRequest(request.id(), request.resourceCode(), request.consumerId(), request.providerId(),
                request.purpose(), request.scenario(), request.legalBasis(), request.items(), request.clearValues(),
                SharingRequest.State.ESCALATED, request.submittedAt(), workingDays.calendar().dueDate(workingDays.today(), DECISION_DAYS).date(),
                null, List.of(), reason.strip());
        store.decided(escalated);
        actions.publish(trace -> new SharingDecided(request.id(), request.resourceCode(), request.consumerId(),
                SharingDecided.Outcome.ESCALATED, List.of(), null, reason.strip(), false, trace));
        return escalated;
    }

    /** The provider (or the data bureau) ends a grant before it expires; the consumer's next query is refused. */
    @Transactional
    public Grant revoke(UUID grantId, String reason) {
        Grant grant = store.grant(grantId).orElseThrow(() -> new DomainException(ExchangeError.GRANT_NOT_FOUND));
        if (!CurrentUser.get().map(u -> u.has(Role.DATA_ADMIN)).orElse(false)) {
            acting(grant.providerId());
        }
        if (grant.revoked()) {
            throw new DomainException(ExchangeError.ALREADY_REVOKED);
        }
        Violations violations = new Violations();
        text(violations, "reason", reason);
        violations.throwIfAny();
        Instant now = Instant.now(clock);
        store.revoke(grantId, now, reason.strip());
        actions.publish(trace -> new GrantRevoked(grantId, grant.resourceCode(), grant.consumerId(), reason.strip(), trace));
        return store.grant(grantId).orElseThrow();
    }

    private SharingRequest conclude(SharingRequest request, Decision decision, boolean automatic) {
        Instant now = Instant.now(clock);
        boolean granted = !decision.grantedItems().isEmpty();
        // Keep the order of the resource's items, whatever order the decision named them in.
        List<String> items = request.items().stream().filter(decision.grantedItems()::contains).toList();
        SharingRequest decided = new SharingRequest(request.id(), request.resourceCode(), request.consumerId(), request.providerId(),
                request.purpose(), request.scenario(), request.legalBasis(), request.items(), request.clearValues(),
                granted ? SharingRequest.State.GRANTED : SharingRequest.State.REFUSED, request.submittedAt(), request.dueOn(), now,
                items, decision.reason());
        store.decided(decided);
        UUID grantId = null;
        if (granted) {
            LocalDate expires = decision.expiresOn() != null ? decision.expiresOn() : workingDays.today().plusMonths(DEFAULT_MONTHS);
            Grant grant = new Grant(UUID.randomUUID(), request.id(), request.resourceCode(), request.consumerId(), request.providerId(),
                    request.purpose(), items, decision.clearValues(), now, expires, null, null);
            store.insert(grant);
            grantId = grant.id();
        }
        UUID grantIdForEvent = grantId;
        actions.publish(trace -> new SharingDecided(request.id(), request.resourceCode(), request.consumerId(),
                granted ? SharingDecided.Outcome.GRANTED : SharingDecided.Outcome.REFUSED, items, grantIdForEvent, decision.reason(),
                automatic, trace));
        return decided;
    }

    private SharingRequest open(UUID requestId) {
        SharingRequest request = store.requestForUpdate(requestId).orElseThrow(() -> new DomainException(ExchangeError.REQUEST_NOT_FOUND));
        if (!request.state().open()) {
            throw new DomainException(ExchangeError.ALREADY_DECIDED);
        }
        return request;
    }

    private static boolean anyCore(DataResource resource, List<String> items) {
        return items.stream().flatMap(i -> resource.item(i).stream())
                .anyMatch(i -> i.sensitivity() == io.onewindow.exchange.InformationItem.Sensitivity.CORE);
    }

    /** The signed-in user must work in the department (the platform itself, seeding demo data, acts for any). */
    static void acting(UUID department) {
        CurrentUser.get().ifPresent(user -> {
            if (!user.departmentIds().contains(department)) {
                throw new DomainException(ExchangeError.NOT_YOUR_DEPARTMENT);
            }
        });
    }

    private static void dataBureau() {
        CurrentUser.get().ifPresent(user -> {
            if (!user.has(Role.DATA_ADMIN)) {
                throw new DomainException(ExchangeError.NOT_YOUR_DEPARTMENT);
            }
        });
    }

    private static void text(Violations violations, String field, String value) {
        if (violations.require(value != null && !value.isBlank(), field, ExchangeError.REQUIRED)) {
            violations.require(value.length() <= TEXT_LIMIT, field, ExchangeError.TOO_LONG, Map.of("max", TEXT_LIMIT));
        }
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
