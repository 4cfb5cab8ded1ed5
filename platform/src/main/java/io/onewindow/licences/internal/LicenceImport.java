package io.onewindow.licences.internal;

import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.People;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.licences.HolderKind;
import io.onewindow.licences.LicenceType;
import io.onewindow.licences.LicenceTypes;
import io.onewindow.licences.LicencesError;
import io.onewindow.licences.NewLicence;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of existing licences (存量证照入库) from CSV: columns {@code licence_type,holder,department,valid_from,
 * valid_until,identifier} and then one column per field name of the types imported ({@code holder}: the citizen ID
 * or the unified social credit code; {@code identifier} optional: an existing one is kept when well-formed).
 * Every line is checked first and every bad line reported with its number and reason; the good lines are issued
 * (signed, in the status lists, audited) in batches, each line whole or not at all, several batches at a time (one
 * per processor, up to four).
 */
@Service
public class LicenceImport {

    static final List<String> COLUMNS = List.of("licence_type", "holder", "department", "valid_from", "valid_until", "identifier");
    private static final Logger log = LoggerFactory.getLogger(LicenceImport.class);
    private static final int BATCH = 200;
    // Batches are issued side by side, each in its own transaction: signing is most of an import's work.
    private static final int WORKERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final LicenceLibrary library;
    private final LicenceTypes types;
    private final People people;
    private final Enterprises enterprises;
    private final Departments departments;
    private final TransactionTemplate transactions;
    private final Messages messages;

    LicenceImport(LicenceLibrary library, LicenceTypes types, People people, Enterprises enterprises, Departments departments,
                  TransactionTemplate transactions, Messages messages) {
        this.library = library;
        this.types = types;
        this.people = people;
        this.enterprises = enterprises;
        this.departments = departments;
        this.transactions = transactions;
        this.messages = messages;
    }

    /** One bad line: its number (the header is line 1) and what is wrong, in the reader's language. */
    public record LineError(long line, String message) {
    }

    /** How far an import is: lines read, lines done (imported or refused), and the refusals so far. */
    public static final class Progress {
        private final AtomicInteger total = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger imported = new AtomicInteger();
        private final List<LineError> errors = Collections.synchronizedList(new ArrayList<>());
        private volatile boolean finished;
        private volatile boolean stopped;

        public int total() {
            return total.get();
        }

        public int done() {
            return done.get();
        }

        public int imported() {
            return imported.get();
        }

        public List<LineError> errors() {
            synchronized (errors) {
                return errors.stream().sorted(java.util.Comparator.comparingLong(LineError::line)).toList();
            }
        }

        /** Whether the import has ended, completed or {@linkplain #stopped() stopped}: nothing more will change. */
        public boolean finished() {
            return finished;
        }

        /** Whether the import ended early on a fault of the platform (not of a line): the batches done stay issued. */
        public boolean stopped() {
            return stopped;
        }

        /**
         * The import as it is now, read once, for a page that reads it several times while the import goes on (a
         * page read live said "running" and offered no way to refresh, having seen it finish half-way through).
         * Whether it ended is read first: once it has, the counts read after it are final.
         */
        public Snapshot snapshot() {
            boolean ended = finished;
            boolean halted = stopped;
            return new Snapshot(total(), done(), imported(), errors(), ended, halted);
        }
    }

    /** An import's progress at one moment: see {@link Progress#snapshot()}. */
    public record Snapshot(int total, int done, int imported, List<LineError> errors, boolean finished, boolean stopped) {

        public int percent() {
            return total == 0 ? (finished ? 100 : 0) : done * 100 / total;
        }
    }

    private record Line(long number, NewLicence licence) {
    }

    /**
     * Imports the CSV, reporting into {@code progress}; {@code mayIssueFor} says which department codes the
     * importer may issue for (every one from the command line, their own from the upload page).
     */
    public Progress run(Reader csv, Locale locale, Predicate<String> mayIssueFor, Progress progress) {
        try {
            return checkAndIssue(csv, locale, mayIssueFor, progress);
        } catch (RuntimeException e) {
            // Not a bad line (those are refused one by one) but the platform failing, e.g. the database gone: the
            // import ends here, so that whoever follows it is not left waiting, and says so.
            progress.stopped = true;
            log.error("A licence import stopped after {} of {} lines", progress.done(), progress.total(), e);
            throw e;
        } finally {
            progress.finished = true;
        }
    }

    private Progress checkAndIssue(Reader csv, Locale locale, Predicate<String> mayIssueFor, Progress progress) {
        List<Line> good = new ArrayList<>();
        Map<String, Optional<DepartmentView>> departmentsByCode = new HashMap<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).build().parse(csv)) {
            Set<String> header = parser.getHeaderMap().keySet();
            List<String> missing = COLUMNS.stream().filter(c -> !c.equals("identifier") && !c.equals("valid_until")
                    && !c.equals("valid_from") && !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                progress.errors.add(new LineError(1, messages.render("licences.import.missing-columns",
                        Map.of("columns", String.join(", ", missing)), locale)));
                return progress;
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                progress.total.incrementAndGet();
                try {
                    good.add(new Line(line, parse(record, header, mayIssueFor, departmentsByCode)));
                } catch (InvalidInputException e) {
                    refuse(progress, line, e, locale);
                } catch (DomainException e) {
                    progress.errors.add(new LineError(line, messages.render(e.code(), e.arguments(), locale)));
                    progress.done.incrementAndGet();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            progress.errors.add(new LineError(1, messages.render("licences.import.not-csv", Map.of("reason", String.valueOf(e.getMessage())), locale)));
            return progress;
        }
        List<List<Line>> batches = new ArrayList<>();
        for (int from = 0; from < good.size(); from += BATCH) {
            batches.add(good.subList(from, Math.min(good.size(), from + BATCH)));
        }
        issueSideBySide(batches, progress, locale);
        return progress;
    }

    // The workers act as the importer: their audited actions carry the caller's user and request.
    private void issueSideBySide(List<List<Line>> batches, Progress progress, Locale locale) {
        SecurityContext caller = SecurityContextHolder.getContext();
        Map<String, String> request = MDC.getCopyOfContextMap();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, task -> {
            Thread thread = new Thread(task, "licence-import-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> issued = new ArrayList<>();
            for (List<Line> batch : batches) {
                issued.add(workers.submit(() -> {
                    SecurityContextHolder.setContext(caller);
                    if (request != null) {
                        MDC.setContextMap(request);
                    }
                    try {
                        issue(batch, progress, locale);
                    } finally {
                        SecurityContextHolder.clearContext();
                        MDC.clear();
                    }
                }));
            }
            for (Future<?> batch : issued) {
                batch.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    // A batch in one transaction; if any line of it fails after all, each line again on its own, so that one bad
    // line (e.g. an identifier imported meanwhile) costs only itself.
    private void issue(List<Line> batch, Progress progress, Locale locale) {
        try {
            transactions.executeWithoutResult(tx -> library.issueAll(batch.stream().map(Line::licence).toList(), "IMPORT"));
            progress.imported.addAndGet(batch.size());
            progress.done.addAndGet(batch.size());
        } catch (RuntimeException batchFailed) {
            for (Line line : batch) {
                try {
                    transactions.executeWithoutResult(tx -> library.issue(line.licence(), "IMPORT"));
                    progress.imported.incrementAndGet();
                    progress.done.incrementAndGet();
                } catch (InvalidInputException e) {
                    refuse(progress, line.number(), e, locale);
                } catch (DataIntegrityViolationException e) {
                    progress.errors.add(new LineError(line.number(), messages.render(LicencesError.IDENTIFIER_TAKEN,
                            Map.of("identifier", String.valueOf(line.licence().identifier())), locale)));
                    progress.done.incrementAndGet();
                } catch (DomainException e) {
                    progress.errors.add(new LineError(line.number(), messages.render(e.code(), e.arguments(), locale)));
                    progress.done.incrementAndGet();
                }
            }
        }
    }

    private NewLicence parse(CSVRecord record, Set<String> header, Predicate<String> mayIssueFor, Map<String, Optional<DepartmentView>> departmentsByCode) {
        List<FieldViolation> violations = new ArrayList<>();
        String typeCode = record.get("licence_type");
        LicenceType type = types.find(typeCode).orElse(null);
        if (type == null) {
            throw new InvalidInputException(new FieldViolation("licence_type", LicencesError.UNKNOWN_LICENCE_TYPE, Map.of("type", typeCode)));
        }
        String department = record.get("department");
        DepartmentView issuer = departmentsByCode.computeIfAbsent(department, code -> departments.findByCode(code)).orElse(null);
        if (issuer == null) {
            violations.add(new FieldViolation("department", LicencesError.DEPARTMENT_NOT_FOUND, Map.of("department", department)));
        } else if (!mayIssueFor.test(department)) {
            violations.add(new FieldViolation("department", LicencesError.NOT_YOUR_DEPARTMENT, Map.of("department", department)));
        } else {
            library.notTheIssuer(type, issuer).ifPresent(violations::add);
        }
        String holderCode = record.get("holder").toUpperCase(Locale.ROOT);
        HolderKind kind = type.holder();
        UUID holder = (kind == HolderKind.PERSON ? people.findByCitizenId(holderCode).map(p -> p.id())
                : enterprises.findByUscc(holderCode).map(e -> e.id())).orElse(null);
        if (holder == null) {
            violations.add(new FieldViolation("holder", LicencesError.HOLDER_NOT_FOUND, Map.of("holder", holderCode)));
        }
        LocalDate from = date(record, header, "valid_from", violations);
        LocalDate until = date(record, header, "valid_until", violations);
        if (from != null && until != null && until.isBefore(from)) {
            violations.add(new FieldViolation("valid_until", LicencesError.BAD_PERIOD, Map.of("from", from, "until", until)));
        }
        Map<String, String> fields = new HashMap<>();
        for (LicenceType.Field field : type.fields()) {
            if (header.contains(field.name()) && !record.get(field.name()).isBlank()) {
                fields.put(field.name(), record.get(field.name()));
            } else if (field.required()) {
                violations.add(new FieldViolation(field.name(), LicencesError.FIELD_REQUIRED, Map.of("field", field.label().zh())));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String identifier = header.contains("identifier") && !record.get("identifier").isBlank() ? record.get("identifier") : null;
        return new NewLicence(type.code(), kind, holder, department, fields, from, until, null, identifier);
    }

    private static LocalDate date(CSVRecord record, Set<String> header, String column, List<FieldViolation> violations) {
        if (!header.contains(column) || record.get(column).isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(record.get(column));
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(column, LicencesError.BAD_DATE, Map.of("value", record.get(column))));
            return null;
        }
    }

    private void refuse(Progress progress, long line, InvalidInputException e, Locale locale) {
        String reasons = String.join("；", e.violations().stream()
                .map(v -> v.field() + "：" + messages.render(v.code(), v.arguments(), locale)).toList());
        progress.errors.add(new LineError(line, reasons));
        progress.done.incrementAndGet();
    }
}
