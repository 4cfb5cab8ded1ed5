package io.onewindow.identity.internal;

import io.onewindow.identity.AccountOpened;
import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import io.onewindow.identity.IdentityError;
import io.onewindow.identity.NewDepartment;
import io.onewindow.identity.NewOfficer;
import io.onewindow.identity.NewPerson;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.identity.RegisterImports;
import io.onewindow.kernel.access.Assurance;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports through the registers' own checks, line by line, in one transaction that is rolled back unless
 * every line passed: what an import stores is exactly what the same entries typed one by one would store,
 * audited alike.
 */
@Service
class CsvRegisterImports implements RegisterImports {

    static final List<String> DEPARTMENT_COLUMNS = List.of("code", "name", "name_en", "uscc", "level", "division", "parent_code", "function");
    static final List<String> OFFICER_COLUMNS = List.of("department_code", "citizen_id", "name", "phone", "division", "title", "roles",
            "scope_division", "username");
    private static final int MAX_LINES = 10_000;

    private final Departments departments;
    private final People people;
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Messages messages;
    private final AuditedActions actions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CsvRegisterImports(Departments departments, People people, AccountRepository accounts, PasswordEncoder passwords,
                       Messages messages, AuditedActions actions, TransactionTemplate transactions, Clock clock) {
        this.departments = departments;
        this.people = people;
        this.accounts = accounts;
        this.passwords = passwords;
        this.messages = messages;
        this.actions = actions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result departments(String csv) {
        return importAll(csv, DEPARTMENT_COLUMNS, (row, credentials) -> departments.establish(new NewDepartment(
                row.get("code"), row.get("name"), row.get("name_en"), row.get("uscc"), row.get("level"), row.get("division"),
                row.get("parent_code"), row.get("function"))));
    }

    @Override
    public Result officers(String csv) {
        return importAll(csv, OFFICER_COLUMNS, this::officer);
    }

    private void officer(CSVRecord row, List<Credential> credentials) {
        DepartmentView department = departments.findByCode(row.get("department_code").strip())
                .orElseThrow(() -> new InvalidInputException(FieldViolation.of("department_code", IdentityError.DEPARTMENT_NOT_FOUND)));
        PersonView person = people.findByCitizenId(row.get("citizen_id"))
                .orElseGet(() -> people.register(new NewPerson(row.get("citizen_id"), row.get("name"), row.get("phone"),
                        row.get("division"), null)));
        Set<String> roles = Arrays.stream(row.get("roles").split("[;|]")).map(String::strip).filter(r -> !r.isEmpty())
                .collect(Collectors.toSet());
        departments.appoint(new NewOfficer(department.id(), person.citizenId().value(), row.get("name"), row.get("title"), roles,
                row.get("scope_division").isBlank() ? department.divisionCode() : row.get("scope_division")));
        if (accounts.findByPersonId(person.id()).isEmpty()) {
            String username = row.get("username").isBlank() ? person.citizenId().value() : row.get("username").strip().toLowerCase(Locale.ROOT);
            if (accounts.findByUsername(username).isPresent()) {
                throw new InvalidInputException(FieldViolation.of("username", IdentityError.USERNAME_TAKEN));
            }
            String temporary = TemporaryPasswords.next();
            Account account = Account.open(username, passwords.encode(temporary), person.id(), false, clock.instant());
            // The importing administrator vouches for the officers their departments listed.
            account.assure(Assurance.VERIFIED, "administrator", clock.instant());
            account.mustChangePassword = true;
            Account saved = accounts.save(account);
            actions.publish(trace -> new AccountOpened(saved.id, saved.username, person.id(), false, trace));
            credentials.add(new Credential(username, person.name(), temporary));
        }
    }

    @FunctionalInterface
    private interface LineImport {
        void importLine(CSVRecord row, List<Credential> credentials);
    }

    private Result importAll(String csv, List<String> columns, LineImport line) {
        Locale locale = LocaleContextHolder.getLocale();
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(csv == null ? "" : csv.strip()))) {
            List<String> missing = columns.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                return failed(1, messages.render("registers.import.columns-missing", java.util.Map.of("columns", String.join(", ", missing)), locale));
            }
            rows = parser.getRecords();
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return failed(1, messages.render("registers.import.unreadable", java.util.Map.of(), locale));
        }
        if (rows.isEmpty()) {
            return failed(1, messages.render("registers.import.empty", java.util.Map.of(), locale));
        }
        if (rows.size() > MAX_LINES) {
            return failed(1, messages.render("registers.import.too-many", java.util.Map.of("max", MAX_LINES), locale));
        }
        List<LineError> errors = new ArrayList<>();
        List<Credential> credentials = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            for (CSVRecord row : rows) {
                long number = row.getRecordNumber() + 1;
                if (!row.isConsistent()) {
                    errors.add(new LineError(number, messages.render("registers.import.wrong-width",
                            java.util.Map.of("expected", columns.size(), "found", row.size()), locale)));
                    continue;
                }
                Object savepoint = status.createSavepoint();
                try {
                    line.importLine(row, credentials);
                    status.releaseSavepoint(savepoint);
                } catch (InvalidInputException e) {
                    status.rollbackToSavepoint(savepoint);
                    e.violations().forEach(v -> errors.add(new LineError(number,
                            column(v.field()) + ": " + messages.render(v.code(), v.arguments(), locale))));
                } catch (DomainException e) {
                    status.rollbackToSavepoint(savepoint);
                    errors.add(new LineError(number, messages.render(e.code(), e.arguments(), locale)));
                }
            }
            if (!errors.isEmpty()) {
                status.setRollbackOnly();
            }
        });
        return errors.isEmpty() ? new Result(rows.size(), List.of(), List.copyOf(credentials)) : new Result(0, List.copyOf(errors), List.of());
    }

    /** The CSV column a register's field is read from, so that a line's error names what to correct: parentCode → parent_code. */
    static String column(String field) {
        return field.equals("divisionCode") ? "division" : field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static Result failed(long line, String message) {
        return new Result(0, List.of(new LineError(line, message)), List.of());
    }
}
