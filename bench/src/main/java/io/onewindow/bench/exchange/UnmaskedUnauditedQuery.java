package io.onewindow.bench.exchange;

import io.onewindow.calendar.WorkingDays;
import io.onewindow.exchange.DataResource;
import io.onewindow.exchange.ExchangeError;
import io.onewindow.exchange.internal.ExchangeClient;
import io.onewindow.exchange.internal.Grant;
import io.onewindow.exchange.internal.RecordQuery;
import io.onewindow.exchange.internal.ResourceStore;
import io.onewindow.exchange.internal.SharingStore;
import io.onewindow.exchange.internal.SubjectRecords;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.purposes.Purpose;
import io.onewindow.purposes.Purposes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exchange's query without its masking and its audit, for the benchmark's baseline only: the same
 * department system's token through the same security chain and Spring MVC, the same purpose and grant
 * checks and reads in one transaction, the same rows read and answered as JSON of the same shape, but every
 * granted item in clear and nothing written (no audit record, no usage row). The platform's component scan
 * ({@code io.onewindow}) finds it where the benchmark's classes are on the class path, which is only in the
 * benchmark: it is not part of the platform, where it would hand out personal data unmasked and unrecorded.
 */
@RestController
public class UnmaskedUnauditedQuery {

    /** Under the exchange's API, so that the token is required and checked as for the query itself. */
    public static final String PATH = "/api/v1/exchange/bench-unmasked/{code}/records";

    private final ResourceStore resources;
    private final SharingStore sharing;
    private final SubjectRecords records;
    private final Purposes purposes;
    private final WorkingDays workingDays;
    private final TransactionTemplate transactions;

    UnmaskedUnauditedQuery(ResourceStore resources, SharingStore sharing, SubjectRecords records, Purposes purposes,
                           WorkingDays workingDays, TransactionTemplate transactions) {
        this.resources = resources;
        this.sharing = sharing;
        this.records = records;
        this.purposes = purposes;
        this.workingDays = workingDays;
        this.transactions = transactions;
    }

    @GetMapping(PATH)
    RecordQuery.Served records(@PathVariable String code, @RequestParam String subject, @RequestParam String purpose,
                               @AuthenticationPrincipal ExchangeClient client) {
        DataResource resource = resources.require(code);
        purposes.find(purpose).filter(Purpose::active).orElseThrow(() -> new DomainException(ExchangeError.QUERY_PURPOSE_UNKNOWN));
        return transactions.execute(status -> {
            Grant grant = sharing.grantsOn(code, client.departmentId()).stream()
                    .filter(g -> g.purpose().equals(purpose) && g.validOn(workingDays.today())).findFirst()
                    .orElseThrow(() -> new DomainException(ExchangeError.NO_GRANT));
            List<SubjectRecords.Row> rows = records.of(resource, subject);
            List<Map<String, Object>> served = rows.stream().map(row -> {
                Map<String, Object> values = new LinkedHashMap<>();
                grant.items().forEach(item -> values.put(item, row.values().get(item)));
                return values;
            }).toList();
            return new RecordQuery.Served(code, subject, purpose, grant.items(), List.of(), served, 0, RecordQuery.MAX_PAGE_SIZE,
                    rows.size(), grant.expiresOn());
        });
    }
}
