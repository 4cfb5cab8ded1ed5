package io.onewindow.benefits.internal;

import io.onewindow.benefits.Audience;
import io.onewindow.benefits.BenefitsError;
import io.onewindow.benefits.FactsImported;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.People;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a real deployment feeds the facts: a CSV export of the departments' data (civil affairs, disabled
 * persons' federation, human resources and social security, tax), one row a subject named by citizen ID or
 * unified social credit code, resolved through identity's registers. All rows or none.
 */
@Component
public class FactsImport {

    static final List<String> PERSON_COLUMNS = List.of("citizen_id", "hukou_local", "disability_grade", "employment", "insurance",
            "pension_receiving", "income_band", "only_child_parent", "graduation_year", "business_months", "contribution_months",
            "bank_account");
    static final List<String> ENTERPRISE_COLUMNS = List.of("uscc", "headcount", "layoff_rate", "si_arrears", "tax_paid_fen",
            "unemployment_premium_fen", "graduates_hired", "bank_account");
    private static final Set<String> EMPLOYMENT = Set.of("EMPLOYED", "UNEMPLOYED", "SELF_EMPLOYED", "RETIRED", "NONE");
    private static final Set<String> INSURANCE = Set.of("EMPLOYEE", "RESIDENT", "NONE");

    private final FactsStore facts;
    private final People people;
    private final Enterprises enterprises;
    private final AuditedActions actions;

    FactsImport(FactsStore facts, People people, Enterprises enterprises, AuditedActions actions) {
        this.facts = facts;
        this.people = people;
        this.enterprises = enterprises;
        this.actions = actions;
    }

    @Transactional
    public int importCsv(Audience audience, String csv) {
        List<CSVRecord> records;
        try {
            records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                    .parse(new StringReader(csv)).getRecords();
        } catch (IOException | RuntimeException e) {
            throw malformed(1);
        }
        List<Runnable> updates = new ArrayList<>();
        for (CSVRecord r : records) {
            long line = r.getRecordNumber() + 1;
            try {
                if (audience == Audience.PERSON) {
                    UUID id = people.findByCitizenId(r.get("citizen_id")).orElseThrow().id();
                    PersonFacts f = new PersonFacts(bool(r.get("hukou_local")), range(r.get("disability_grade"), 0, 4),
                            oneOf(r.get("employment"), EMPLOYMENT), oneOf(r.get("insurance"), INSURANCE), bool(r.get("pension_receiving")),
                            range(r.get("income_band"), 1, 5), bool(r.get("only_child_parent")), range(r.get("graduation_year"), 0, 2100),
                            range(r.get("business_months"), -1, 1200), range(r.get("contribution_months"), 0, 1200), blankToNull(r.get("bank_account")));
                    updates.add(() -> facts.update(id, f));
                } else {
                    UUID id = enterprises.findByUscc(r.get("uscc")).orElseThrow().id();
                    EnterpriseFacts f = new EnterpriseFacts(range(r.get("headcount"), 0, 10_000_000), Double.parseDouble(r.get("layoff_rate")),
                            bool(r.get("si_arrears")), Long.parseLong(r.get("tax_paid_fen")), Long.parseLong(r.get("unemployment_premium_fen")),
                            range(r.get("graduates_hired"), 0, 1_000_000), blankToNull(r.get("bank_account")));
                    updates.add(() -> facts.update(id, f));
                }
            } catch (RuntimeException e) {
                throw malformed(line);
            }
        }
        updates.forEach(Runnable::run);
        actions.publish(trace -> new FactsImported(audience, updates.size(), trace));
        return updates.size();
    }

    private static DomainException malformed(long line) {
        return new DomainException(BenefitsError.FACTS_FILE_MALFORMED, Map.of("line", line));
    }

    private static boolean bool(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "是" -> true;
            case "false", "0", "否" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }

    private static int range(String text, int min, int max) {
        int value = Integer.parseInt(text);
        if (value < min || value > max) {
            throw new IllegalArgumentException(text);
        }
        return value;
    }

    private static String oneOf(String text, Set<String> allowed) {
        if (!allowed.contains(text)) {
            throw new IllegalArgumentException(text);
        }
        return text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
