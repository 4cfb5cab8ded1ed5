package io.onewindow.exchange.internal;

import io.onewindow.calendar.WorkingDays;
import io.onewindow.exchange.DataResource;
import io.onewindow.exchange.ExchangeError;
import io.onewindow.exchange.InformationItem;
import io.onewindow.exchange.QueryRefused;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.purposes.Purpose;
import io.onewindow.purposes.Purposes;
import io.onewindow.runtime.CommitStatements;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A department system's query of a resource about one subject, for a purpose: served only under a valid grant
 * of the client's department for that purpose, only the granted items (all of them, or those asked), masked
 * as the grant and each item's sensitivity say, and announced as a read of each person's data touched. A
 * refusal serves nothing and is recorded (an audited action and a row of the refusal list) in a transaction
 * of its own, so that it stays recorded although the call fails.
 */
@Service
public class RecordQuery {

    public static final int MAX_PAGE_SIZE = 100;
    private static final Pattern CITIZEN_ID = Pattern.compile("[1-9]\\d{16}[0-9X]");
    private static final Pattern USCC = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");
    /** A served query, counted for the usage figures; nothing reads it back in the transaction that serves. */
    private static final String LOG_QUERY = """
            insert into exchange.query_log (at, resource_code, consumer_id, client_id, purpose, records, persons)
            values (?, ?, ?, ?, ?, ?, ?)""";

    private final ResourceStore resources;
    private final SharingStore sharing;
    private final SubjectRecords records;
    private final Purposes purposes;
    private final RateLimits rates;
    private final WorkingDays workingDays;
    private final AuditedActions actions;
    private final JdbcClient jdbc;
    private final CommitStatements commitStatements;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RecordQuery(ResourceStore resources, SharingStore sharing, SubjectRecords records, Purposes purposes, RateLimits rates,
                WorkingDays workingDays, AuditedActions actions, JdbcClient jdbc, CommitStatements commitStatements,
                TransactionTemplate transactions, Clock clock) {
        this.resources = resources;
        this.sharing = sharing;
        this.records = records;
        this.purposes = purposes;
        this.rates = rates;
        this.workingDays = workingDays;
        this.actions = actions;
        this.jdbc = jdbc;
        this.commitStatements = commitStatements;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What is asked: the subject (citizen ID or credit code), the purpose, the items (empty: every granted one), the page. */
    public record Ask(String resourceCode, String subject, String purpose, List<String> items, int page, int size) {
        public Ask {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** A page of records: each a map of item to (possibly masked) value; {@code masked} names the items served masked. */
    public record Served(String resource, String subject, String purpose, List<String> items, List<String> masked,
                         List<Map<String, Object>> records, int page, int size, long total, LocalDate grantExpiresOn) {
    }

    public Served query(ExchangeClient client, Ask ask) {
        DataResource resource = resources.require(ask.resourceCode());
        if (!rates.admit(client.clientId(), client.perMinute())) {
            throw refused(client, resource, ask, ExchangeError.RATE_EXCEEDED, Map.of("limit", client.perMinute()));
        }
        Optional<Purpose> purpose = purposes.find(ask.purpose() == null ? "" : ask.purpose()).filter(Purpose::active);
        if (purpose.isEmpty()) {
            throw refused(client, resource, ask, ExchangeError.QUERY_PURPOSE_UNKNOWN, Map.of("purpose", String.valueOf(ask.purpose())));
        }
        Pattern shape = resource.subjectKind() == DataResource.SubjectKind.PERSON ? CITIZEN_ID : USCC;
        if (ask.subject() == null || !shape.matcher(ask.subject()).matches()) {
            throw new DomainException(ExchangeError.SUBJECT_INVALID);
        }
        try {
            return transactions.execute(status -> serve(client, resource, grantFor(client, resource, ask), ask));
        } catch (Refusal refusal) {
            throw refused(client, resource, ask, refusal.reason, refusal.arguments);
        }
    }

    // Read in the transaction that serves, so that a query takes one connection and commits once; a refusal
    // leaves it (nothing was written) and is recorded in a transaction of its own.
    private Grant grantFor(ExchangeClient client, DataResource resource, Ask ask) {
        LocalDate today = workingDays.today();
        List<Grant> grants = sharing.grantsOn(resource.code(), client.departmentId());
        if (grants.isEmpty()) {
            throw new Refusal(ExchangeError.NO_GRANT, Map.of("resource", resource.code()));
        }
        List<Grant> forPurpose = grants.stream().filter(g -> g.purpose().equals(ask.purpose())).toList();
        if (forPurpose.isEmpty()) {
            throw new Refusal(ExchangeError.PURPOSE_NOT_GRANTED, Map.of("purpose", ask.purpose()));
        }
        Optional<Grant> valid = forPurpose.stream().filter(g -> g.validOn(today)).findFirst();
        if (valid.isEmpty()) {
            Grant newest = forPurpose.get(0);
            throw newest.revoked()
                    ? new Refusal(ExchangeError.GRANT_REVOKED, Map.of("reason", String.valueOf(newest.revokeReason())))
                    : new Refusal(ExchangeError.GRANT_EXPIRED, Map.of("date", newest.expiresOn().toString()));
        }
        Grant grant = valid.get();
        for (String item : ask.items()) {
            if (!grant.items().contains(item)) {
                throw new Refusal(ExchangeError.ITEM_NOT_GRANTED, Map.of("item", item));
            }
        }
        return grant;
    }

    private Served serve(ExchangeClient client, DataResource resource, Grant grant, Ask ask) {
        List<String> asked = ask.items().isEmpty() ? grant.items() : ask.items();
        int size = Math.max(1, Math.min(ask.size(), MAX_PAGE_SIZE));
        int page = Math.max(0, ask.page());
        List<SubjectRecords.Row> rows = records.of(resource, ask.subject());
        List<SubjectRecords.Row> onPage = rows.stream().skip((long) page * size).limit(size).toList();
        List<InformationItem> items = asked.stream().map(name -> resource.item(name).orElseThrow()).toList();
        List<Map<String, Object>> served = onPage.stream().map(row -> {
            Map<String, Object> values = new LinkedHashMap<>();
            for (InformationItem item : items) {
                values.put(item.name(), MaskingPolicy.serve(item, row.values().get(item.name()), grant.clearValues()));
            }
            return values;
        }).toList();
        Set<UUID> persons = new LinkedHashSet<>();
        boolean personal = items.stream().anyMatch(InformationItem::personal);
        if (personal) {
            onPage.stream().map(SubjectRecords.Row::personId).filter(java.util.Objects::nonNull).forEach(persons::add);
        }
        for (UUID person : persons) {
            actions.accessed(person, "exchange." + resource.code().toLowerCase(java.util.Locale.ROOT), grant.purpose());
        }
        List<Object> usage = Arrays.asList(Timestamp.from(Instant.now(clock)), resource.code(), client.departmentId(), client.clientId(),
                grant.purpose(), served.size(), persons.size());
        commitStatements.add(() -> List.of(new CommitStatements.Statement(LOG_QUERY, usage)));
        List<String> masked = items.stream().filter(i -> MaskingPolicy.masks(i, grant.clearValues())).map(InformationItem::name).toList();
        return new Served(resource.code(), ask.subject(), grant.purpose(), asked, masked, served, page, size, rows.size(), grant.expiresOn());
    }

    private DomainException refused(ExchangeClient client, DataResource resource, Ask ask, ExchangeError reason, Map<String, ?> arguments) {
        String purpose = ask.purpose() == null ? "" : ask.purpose();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("insert into exchange.refusal (id, at, client_id, consumer_id, resource_code, purpose, reason) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), Timestamp.from(Instant.now(clock)), client.clientId(), client.departmentId(), resource.code(),
                            purpose, reason.name())
                    .update();
            actions.publish(trace -> new QueryRefused(resource.code(), client.clientId(), client.departmentId(), purpose, reason.name(), trace));
        });
        return new DomainException(reason, arguments);
    }

    /** Why the grants refuse a query, found inside the serving transaction and recorded after it. */
    private static final class Refusal extends RuntimeException {
        private final transient ExchangeError reason;
        private final transient Map<String, ?> arguments;

        Refusal(ExchangeError reason, Map<String, ?> arguments) {
            super(reason.name(), null, false, false);
            this.reason = reason;
            this.arguments = arguments;
        }
    }
}
