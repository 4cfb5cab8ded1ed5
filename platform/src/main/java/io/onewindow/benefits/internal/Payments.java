package io.onewindow.benefits.internal;

import io.onewindow.benefits.Audience;
import io.onewindow.benefits.BenefitsError;
import io.onewindow.benefits.DisbursementSettled;
import io.onewindow.benefits.PaymentBatchExported;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.People;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.web.CsvCells;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The paying department's side: its confirmed disbursements are exported as one payment file for the
 * treasury's bulk payment (one line a payee: reference, name, account, amount in fen); the treasury's result
 * file (reference, PAID or FAILED, reason) marks each line; a failed line is put into the next batch again
 * or reported to the subject's department for follow-up.
 */
@Component
public class Payments {

    static final String[] PAYMENT_HEADER = {"reference", "payee_name", "payee_account", "amount_fen", "policy", "batch"};
    static final String[] RESULT_HEADER = {"reference", "status", "message"};

    private final JdbcClient jdbc;
    private final People people;
    private final Enterprises enterprises;
    private final AuditedActions actions;
    private final Clock clock;

    Payments(JdbcClient jdbc, People people, Enterprises enterprises, AuditedActions actions, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.enterprises = enterprises;
        this.actions = actions;
        this.clock = clock;
    }

    public List<String> departmentsWithPayments() {
        return jdbc.sql("select distinct department_code from benefits.disbursement order by 1").query(String.class).list();
    }

    public List<DisbursementView> disbursements(String department, List<String> states) {
        return jdbc.sql("""
                select * from benefits.disbursement where department_code = :department and state in (:states) order by created_at""")
                .param("department", department).param("states", states)
                .query((rs, n) -> new DisbursementView(rs.getObject("id", UUID.class), rs.getString("policy_code"),
                        rs.getObject("subject_id", UUID.class), rs.getLong("amount_fen"), masked(rs.getString("bank_account")),
                        rs.getString("state"), rs.getInt("attempts"), rs.getString("failure"), rs.getObject("batch_id", UUID.class)))
                .list();
    }

    public List<BatchView> batches(String department) {
        return jdbc.sql("""
                select b.*, (select count(*) from benefits.disbursement d where d.batch_id = b.id and d.state = 'PAID') as paid,
                       (select count(*) from benefits.disbursement d where d.batch_id = b.id and d.state in ('FAILED', 'REPORTED')) as failed
                from benefits.payment_batch b where b.department_code = ? order by b.exported_at desc""").param(department)
                .query((rs, n) -> {
                    Timestamp settled = rs.getTimestamp("settled_at");
                    return new BatchView(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("department_code"),
                            rs.getInt("lines"), rs.getLong("total_fen"), rs.getString("state"), rs.getTimestamp("exported_at").toInstant(),
                            settled == null ? null : settled.toInstant(), rs.getLong("paid"), rs.getLong("failed"));
                }).list();
    }

    public String departmentOf(UUID batch) {
        return jdbc.sql("select department_code from benefits.payment_batch where id = ?").param(batch).query(String.class).optional()
                .orElseThrow(() -> new DomainException(BenefitsError.BATCH_NOT_FOUND, Map.of()));
    }

    /** Puts every pending disbursement of the department into a new batch. */
    @Transactional
    public UUID export(String department) {
        List<UUID> pending = jdbc.sql("select id from benefits.disbursement where department_code = ? and state = 'PENDING' for update")
                .param(department).query(UUID.class).list();
        if (pending.isEmpty()) {
            throw new DomainException(BenefitsError.NOTHING_TO_PAY, Map.of());
        }
        UUID batch = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        // Numbered by the day in China (not the database session's day), one export at a time.
        String prefix = "BF" + today.format(DateTimeFormatter.BASIC_ISO_DATE);
        jdbc.sql("select pg_advisory_xact_lock(hashtext('benefits.payment_batch.number'))").query(Object.class).single();
        long sequence = jdbc.sql("select count(*) + 1 from benefits.payment_batch where number like ?").param(prefix + "%")
                .query(Long.class).single();
        String number = prefix + String.format("%04d", sequence);
        long total = jdbc.sql("select sum(amount_fen) from benefits.disbursement where id in (:ids)").param("ids", pending)
                .query(Long.class).single();
        jdbc.sql("""
                insert into benefits.payment_batch (id, number, department_code, lines, total_fen, state, exported_at)
                values (?, ?, ?, ?, ?, 'EXPORTED', ?)""").params(batch, number, department, pending.size(), total, now()).update();
        jdbc.sql("update benefits.disbursement set state = 'EXPORTED', batch_id = :batch, attempts = attempts + 1 where id in (:ids)")
                .param("batch", batch).param("ids", pending).update();
        actions.publish(trace -> new PaymentBatchExported(batch, number, department, pending.size(), total, trace));
        return batch;
    }

    /**
     * The batch as the treasury's payment file (CSV, UTF-8); the full account numbers are what the bank needs.
     * Each person's name read for it is recorded as a use of their data.
     */
    @Transactional
    public String paymentFile(UUID batch) {
        String number = jdbc.sql("select number from benefits.payment_batch where id = ?").param(batch).query(String.class).optional()
                .orElseThrow(() -> new DomainException(BenefitsError.BATCH_NOT_FOUND, Map.of()));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(PAYMENT_HEADER).get())) {
            for (Map<String, Object> row : jdbc.sql("select * from benefits.disbursement where batch_id = ? order by created_at, id")
                    .param(batch).query().listOfRows()) {
                UUID subject = (UUID) row.get("subject_id");
                // The treasury's clerks open the file in a spreadsheet: a name is data someone typed.
                csv.printRecord(row.get("id"), CsvCells.text(payee(subject)), CsvCells.text(row.get("bank_account")), row.get("amount_fen"),
                        row.get("policy_code"), number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Reads the treasury's result file for the batch; every line must name a disbursement of the batch. */
    @Transactional
    public void settle(UUID batch, String resultFile) {
        departmentOf(batch);
        List<CSVRecord> records;
        try {
            records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                    .parse(new StringReader(resultFile)).getRecords();
        } catch (IOException | RuntimeException e) {
            throw new DomainException(BenefitsError.RESULT_FILE_MALFORMED, Map.of("line", 1));
        }
        List<Object[]> outcomes = new ArrayList<>();
        for (CSVRecord record : records) {
            UUID id;
            String status;
            try {
                id = UUID.fromString(record.get("reference"));
                status = record.get("status").toUpperCase(java.util.Locale.ROOT);
            } catch (RuntimeException e) {
                throw new DomainException(BenefitsError.RESULT_FILE_MALFORMED, Map.of("line", record.getRecordNumber() + 1));
            }
            boolean ours = jdbc.sql("select count(*) from benefits.disbursement where id = ? and batch_id = ? and state = 'EXPORTED'")
                    .params(id, batch).query(Long.class).single() == 1;
            if (!ours || !(status.equals("PAID") || status.equals("FAILED"))) {
                throw new DomainException(BenefitsError.RESULT_FILE_MALFORMED, Map.of("line", record.getRecordNumber() + 1));
            }
            outcomes.add(new Object[] {id, status, record.isMapped("message") ? record.get("message") : ""});
        }
        for (Object[] outcome : outcomes) {
            UUID id = (UUID) outcome[0];
            boolean paid = outcome[1].equals("PAID");
            jdbc.sql("update benefits.disbursement set state = ?, failure = ?, paid_at = ? where id = ?")
                    .params(paid ? "PAID" : "FAILED", paid ? null : outcome[2], paid ? now() : null, id).update();
            published(id, paid ? "PAID" : "FAILED");
        }
        jdbc.sql("""
                update benefits.payment_batch set state = 'SETTLED', settled_at = ? where id = ?
                and not exists (select 1 from benefits.disbursement where batch_id = ? and state = 'EXPORTED')""")
                .params(now(), batch, batch).update();
    }

    /** A failed payment goes into the next batch (after the account on file was corrected, if that was the reason). */
    @Transactional
    public void retry(UUID disbursement, String department) {
        follow(disbursement, department, "PENDING", "RETRIED");
    }

    /** A failed payment is reported for follow-up outside the platform and leaves the payment run. */
    @Transactional
    public void report(UUID disbursement, String department) {
        follow(disbursement, department, "REPORTED", "REPORTED");
    }

    private void follow(UUID disbursement, String department, String state, String outcome) {
        int changed = jdbc.sql("""
                update benefits.disbursement set state = ?, batch_id = case when ? = 'PENDING' then null else batch_id end
                where id = ? and department_code = ? and state = 'FAILED'""").params(state, state, disbursement, department).update();
        if (changed != 1) {
            throw new DomainException(BenefitsError.OFFER_DECIDED, Map.of("state", state));
        }
        published(disbursement, outcome);
    }

    private void published(UUID disbursement, String outcome) {
        Map<String, Object> row = jdbc.sql("select d.subject_id, o.audience from benefits.disbursement d join benefits.offer o on o.id = d.offer_id where d.id = ?")
                .param(disbursement).query().singleRow();
        UUID subject = (UUID) row.get("subject_id");
        Audience audience = Audience.valueOf((String) row.get("audience"));
        actions.publish(trace -> new DisbursementSettled(disbursement, subject, audience, outcome, trace));
    }

    private String payee(UUID subject) {
        return people.find(subject).map(p -> {
                    actions.accessed(p.id(), "name", "benefit-eligibility");
                    return p.name();
                })
                .or(() -> enterprises.find(subject).map(e -> e.name())).orElse("");
    }

    static String masked(String account) {
        if (account == null || account.length() < 8) {
            return "****";
        }
        return account.substring(0, 4) + " **** **** " + account.substring(account.length() - 4);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

}
