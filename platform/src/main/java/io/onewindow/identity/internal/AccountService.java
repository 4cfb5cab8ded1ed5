package io.onewindow.identity.internal;

import io.onewindow.identity.AccountOpened;
import io.onewindow.identity.AccountStatusChanged;
import io.onewindow.identity.AccountSummary;
import io.onewindow.identity.AccountVerified;
import io.onewindow.identity.Accounts;
import io.onewindow.identity.IdentityError;
import io.onewindow.identity.NewAccount;
import io.onewindow.identity.PersonView;
import io.onewindow.kernel.access.Assurance;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.code.CitizenId;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.error.Violations;
import io.onewindow.kernel.privacy.Masking;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-up and the administration of accounts. */
@Service
@Transactional(readOnly = true)
class AccountService implements Accounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");

    private final AccountRepository accounts;
    private final PersonRepository persons;
    private final PersonRegister people;
    private final InputRules rules;
    private final RoleResolver roles;
    private final PasswordEncoder passwords;
    private final Throttle throttle;
    private final AccountStamps stamps;
    private final JdbcClient jdbc;
    private final AuditedActions actions;
    private final Clock clock;

    AccountService(AccountRepository accounts, PersonRepository persons, PersonRegister people, InputRules rules,
                   RoleResolver roles, PasswordEncoder passwords, Throttle throttle, AccountStamps stamps, JdbcClient jdbc,
                   AuditedActions actions, Clock clock) {
        this.accounts = accounts;
        this.persons = persons;
        this.people = people;
        this.rules = rules;
        this.roles = roles;
        this.passwords = passwords;
        this.throttle = throttle;
        this.stamps = stamps;
        this.jdbc = jdbc;
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AccountSummary open(NewAccount input) {
        Violations violations = new Violations();
        String username = null;
        if (violations.require(InputRules.present(input.username()), "username", IdentityError.REQUIRED)) {
            username = input.username().strip().toLowerCase(Locale.ROOT);
            if (violations.require(USERNAME.matcher(username).matches(), "username", IdentityError.USERNAME_INVALID)) {
                violations.require(accounts.findByUsername(username).isEmpty(), "username", IdentityError.USERNAME_TAKEN);
            }
        }
        Optional<PersonView> person = Optional.empty();
        if (InputRules.present(input.citizenId()) || !input.administrator()) {
            CitizenId citizenId = rules.citizenId(violations, "citizenId", input.citizenId());
            if (citizenId != null) {
                person = people.findByCitizenId(citizenId.value());
                if (violations.require(person.isPresent(), "citizenId", IdentityError.PERSON_NOT_REGISTERED)) {
                    violations.require(accounts.findByPersonId(person.get().id()).isEmpty(), "citizenId", IdentityError.ACCOUNT_ALREADY_EXISTS);
                }
            }
        }
        String password = PasswordRules.check(violations, input.password(), input.password(), username,
                person.map(p -> p.citizenId().value()).orElse(null));
        violations.throwIfAny();
        Account opened = Account.open(username, passwords.encode(password), person.map(PersonView::id).orElse(null),
                input.administrator(), clock.instant());
        // An administrator opens accounts for people a department registered and identified.
        opened.assure(Assurance.VERIFIED, "administrator", clock.instant());
        Account account = accounts.save(opened);
        actions.publish(trace -> new AccountOpened(account.id, account.username, account.personId, false, trace));
        return find(account.id).orElseThrow();
    }

    @Override
    public List<AccountSummary> list(String query, int limit) {
        String like = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
        return summaries("lower(a.username) like :like or p.name like :like", Map.of("like", like), limit);
    }

    @Override
    public Optional<AccountSummary> find(UUID accountId) {
        return summaries("a.id = :id", Map.of("id", accountId), 1).stream().findFirst();
    }

    private List<AccountSummary> summaries(String condition, Map<String, Object> parameters, int limit) {
        return jdbc.sql("""
                        select a.id, a.username, p.name, p.citizen_id, a.administrator, a.enabled, a.created_at, a.last_login_at,
                               a.assurance_level,
                               coalesce(f.locked_until > :now, false) as locked
                        from identity.account a
                        left join identity.person p on p.id = a.person_id
                        left join identity.throttle f on f.throttle_key = :keyPrefix || a.username
                        where %s
                        order by a.created_at, a.username
                        limit :limit""".formatted(condition))
                .params(parameters)
                .param("now", Timestamp.from(clock.instant()))
                .param("keyPrefix", Throttle.accountKey(""))
                .param("limit", limit)
                .query((rs, i) -> new AccountSummary(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("name"), rs.getString("citizen_id") == null ? null : Masking.citizenId(rs.getString("citizen_id")),
                        rs.getBoolean("administrator"), rs.getBoolean("enabled"), rs.getBoolean("locked"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("last_login_at") == null ? null : rs.getTimestamp("last_login_at").toInstant(),
                        Assurance.ofLevel(rs.getInt("assurance_level"))))
                .list();
    }

    @Override
    @Transactional
    public void setEnabled(UUID accountId, boolean enabled) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new DomainException(IdentityError.ACCOUNT_NOT_FOUND));
        account.enabled = enabled;
        accounts.save(account);
        if (!enabled) {
            stamps.credentialsChanged(account.id);
        }
        actions.publish(trace -> new AccountStatusChanged(account.id, enabled ? "enabled" : "disabled", trace));
    }

    @Override
    @Transactional
    public void unlock(UUID accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new DomainException(IdentityError.ACCOUNT_NOT_FOUND));
        throttle.clear(Throttle.accountKey(account.username));
        actions.publish(trace -> new AccountStatusChanged(account.id, "unlocked", trace));
    }

    @Override
    @Transactional
    public void changePassword(UUID accountId, String current, String next, String confirmation) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new DomainException(IdentityError.ACCOUNT_NOT_FOUND));
        if (account.passwordHash == null || current == null || !passwords.matches(current, account.passwordHash)) {
            throw new InvalidInputException(FieldViolation.of("currentPassword", IdentityError.PASSWORD_WRONG));
        }
        Violations violations = new Violations();
        String password = PasswordRules.check(violations, next, confirmation, account.username);
        violations.throwIfAny();
        account.passwordHash = passwords.encode(password);
        account.mustChangePassword = false;
        accounts.save(account);
        stamps.credentialsChanged(account.id);
        actions.publish(trace -> new AccountStatusChanged(account.id, "password-changed", trace));
    }

    @Override
    @Transactional
    public String resetPassword(UUID accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new DomainException(IdentityError.ACCOUNT_NOT_FOUND));
        String temporary = TemporaryPasswords.next();
        account.passwordHash = passwords.encode(temporary);
        account.mustChangePassword = true;
        accounts.save(account);
        stamps.credentialsChanged(account.id);
        throttle.clear(Throttle.accountKey(account.username));
        actions.publish(trace -> new AccountStatusChanged(account.id, "password-reset", trace));
        return temporary;
    }

    @Override
    @Transactional
    public Optional<AccountSummary> forInPersonVerification(String citizenId) {
        return people.readForPurpose(citizenId, "identity-verification")
                .flatMap(person -> accounts.findByPersonId(person.id()))
                .flatMap(account -> find(account.id));
    }

    @Override
    @Transactional
    public void verifyInPerson(UUID accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new DomainException(IdentityError.ACCOUNT_NOT_FOUND));
        if (account.assurance() == Assurance.IN_PERSON) {
            throw new DomainException(IdentityError.ALREADY_VERIFIED);
        }
        if (account.personId != null) {
            // Read through the register's own rules (purpose, the officer's area), and recorded for the person.
            people.readForPurpose(persons.findById(account.personId).orElseThrow().citizenId, "identity-verification");
        }
        raise(account, Assurance.IN_PERSON, "counter");
    }

    /**
     * The holder of the account was identified to {@code level} by {@code method} (counter, sms): the person's record
     * stops being self-declared, the account's roles are re-evaluated at its next request, and the action is audited.
     */
    @Transactional
    void raise(Account account, Assurance level, String method) {
        if (account.personId != null) {
            Person person = persons.findById(account.personId).orElseThrow();
            if (person.selfRegistered) {
                person.selfRegistered = false;
                persons.save(person);
            }
        }
        account.assure(level, method, clock.instant());
        accounts.save(account);
        stamps.rolesChanged(account.id);
        actions.publish(trace -> new AccountVerified(account.id, account.personId, level, method, trace));
    }
}
