package io.onewindow.identity.internal;

import io.onewindow.identity.AccountOpened;
import io.onewindow.identity.AccountStatusChanged;
import io.onewindow.identity.AccountSummary;
import io.onewindow.identity.Accounts;
import io.onewindow.identity.CitizenSignUp;
import io.onewindow.identity.IdentityError;
import io.onewindow.identity.NewAccount;
import io.onewindow.identity.PersonView;
import io.onewindow.kernel.access.UserAccount;
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
import java.util.Set;
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
    private final LoginThrottle throttle;
    private final JdbcClient jdbc;
    private final AuditedActions actions;
    private final Clock clock;

    AccountService(AccountRepository accounts, PersonRepository persons, PersonRegister people, InputRules rules,
                   RoleResolver roles, PasswordEncoder passwords, LoginThrottle throttle, JdbcClient jdbc,
                   AuditedActions actions, Clock clock) {
        this.accounts = accounts;
        this.persons = persons;
        this.people = people;
        this.rules = rules;
        this.roles = roles;
        this.passwords = passwords;
        this.throttle = throttle;
        this.jdbc = jdbc;
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public UserAccount signUp(CitizenSignUp input) {
        SignUpCheck check = check(input);
        check.violations().throwIfAny();
        UUID personId = check.existing().map(p -> p.id).orElseGet(() ->
                people.addSelfRegistered(check.citizenId(), check.name(), check.phone()).id());
        Account account = accounts.save(Account.open(check.citizenId().value(), passwords.encode(check.password()), personId,
                false, clock.instant()));
        actions.publish(trace -> new AccountOpened(account.id, account.username, personId, true, trace));
        return roles.resolve(account);
    }

    @Override
    public List<FieldViolation> checkSignUp(CitizenSignUp answers, Set<String> fields) {
        return check(answers).violations().list().stream().filter(v -> fields.contains(v.field())).toList();
    }

    private SignUpCheck check(CitizenSignUp input) {
        Violations violations = new Violations();
        CitizenId citizenId = rules.citizenId(violations, "citizenId", input.citizenId());
        String name = rules.name(violations, "name", input.name());
        String phone = rules.phone(violations, "phone", input.phone(), true);
        Optional<Person> existing = citizenId == null ? Optional.empty() : persons.findByCitizenId(citizenId.value());
        if (citizenId != null) {
            violations.require(existing.flatMap(p -> accounts.findByPersonId(p.id)).isEmpty()
                    && accounts.findByUsername(citizenId.value()).isEmpty(), "citizenId", IdentityError.ACCOUNT_ALREADY_EXISTS);
        }
        if (existing.isPresent() && name != null) {
            // Someone a department registered already: the name must be theirs (实名).
            violations.require(existing.get().name.equals(name), "name", IdentityError.NAME_DOES_NOT_MATCH);
        }
        String password = PasswordRules.check(violations, input.password(), input.passwordConfirmation(),
                citizenId == null ? null : citizenId.value(), phone);
        return new SignUpCheck(violations, citizenId, name, phone, existing, password);
    }

    private record SignUpCheck(Violations violations, CitizenId citizenId, String name, String phone,
                               Optional<Person> existing, String password) {
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
        Account account = accounts.save(Account.open(username, passwords.encode(password),
                person.map(PersonView::id).orElse(null), input.administrator(), clock.instant()));
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
                               coalesce(f.locked_until > :now, false) as locked
                        from identity.account a
                        left join identity.person p on p.id = a.person_id
                        left join identity.login_failure f on f.throttle_key = :keyPrefix || a.username
                        where %s
                        order by a.created_at, a.username
                        limit :limit""".formatted(condition))
                .params(parameters)
                .param("now", Timestamp.from(clock.instant()))
                .param("keyPrefix", LoginThrottle.accountKey(""))
                .param("limit", limit)
                .query((rs, i) -> new AccountSummary(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("name"), rs.getString("citizen_id") == null ? null : Masking.citizenId(rs.getString("citizen_id")),
                        rs.getBoolean("administrator"), rs.getBoolean("enabled"), rs.getBoolean("locked"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("last_login_at") == null ? null : rs.getTimestamp("last_login_at").toInstant()))
                .list();
    }

    @Override
    @Transactional
    public void setEnabled(UUID accountId, boolean enabled) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new DomainException(IdentityError.ACCOUNT_NOT_FOUND));
        account.enabled = enabled;
        accounts.save(account);
        actions.publish(trace -> new AccountStatusChanged(account.id, enabled ? "enabled" : "disabled", trace));
    }

    @Override
    @Transactional
    public void unlock(UUID accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new DomainException(IdentityError.ACCOUNT_NOT_FOUND));
        throttle.clear(LoginThrottle.accountKey(account.username));
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
        accounts.save(account);
        actions.publish(trace -> new AccountStatusChanged(account.id, "password-changed", trace));
    }
}
