package io.onewindow.identity.internal;

import io.onewindow.identity.AccountStatusChanged;
import io.onewindow.identity.IdentityError;
import io.onewindow.identity.PasswordResets;
import io.onewindow.kernel.access.Assurance;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.error.Violations;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.notify.TextMessages;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Password resets by a one-time code to the verified holder's registered mobile number. */
@Service
class PasswordResetService implements PasswordResets {

    static final String PURPOSE = "RESET_PASSWORD";

    private final AccountDetailsService logins;
    private final AccountRepository accounts;
    private final PersonRepository persons;
    private final PasswordEncoder passwords;
    private final TextMessages texts;
    private final Throttle throttle;
    private final IdentitySettings.SignUp limits;
    private final AccountStamps stamps;
    private final Messages messages;
    private final AuditedActions actions;
    private final AccountCodes codes;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PasswordResetService(AccountDetailsService logins, AccountRepository accounts, PersonRepository persons, PasswordEncoder passwords,
                         TextMessages texts, Throttle throttle, IdentitySettings settings, AccountStamps stamps, Messages messages,
                         AuditedActions actions, AccountCodes codes, JdbcClient jdbc, TransactionTemplate transactions,
                         Clock clock) {
        this.logins = logins;
        this.accounts = accounts;
        this.persons = persons;
        this.passwords = passwords;
        this.texts = texts;
        this.throttle = throttle;
        this.limits = settings.signUp();
        this.stamps = stamps;
        this.messages = messages;
        this.actions = actions;
        this.codes = codes;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public UUID start(String login, String clientAddress) {
        if (login == null || login.isBlank()) {
            throw new InvalidInputException(FieldViolation.of("username", IdentityError.REQUIRED));
        }
        String accountKey = "reset-login:" + login.strip().toLowerCase(Locale.ROOT);
        for (String key : new String[] {"reset-addr:" + clientAddress, accountKey}) {
            Optional<Duration> locked = throttle.lockedFor(key);
            if (locked.isPresent()) {
                throw new DomainException(IdentityError.TOO_MANY_ATTEMPTS, Map.of("minutes", Math.max(1, locked.get().toMinutes())));
            }
        }
        return transactions.execute(status -> {
            throttle.count("reset-addr:" + clientAddress, new Throttle.Limit(limits.maxPerAddress(), limits.window(), limits.window()));
            throttle.count(accountKey, new Throttle.Limit(limits.maxPerCitizenId(), limits.window(), limits.window()));
            UUID id = UUID.randomUUID();
            Optional<Account> account = logins.find(login).filter(a -> a.enabled && a.assurance() != Assurance.SELF_DECLARED);
            Optional<String> phone = account.flatMap(a -> Optional.ofNullable(a.personId)).flatMap(persons::findById)
                    .map(p -> p.phone).filter(p -> p != null && !p.isBlank());
            String code = OneTimeCodes.newCode();
            Instant now = clock.instant();
            // A reset that cannot succeed stores nothing; the answer is the same, and any code fails like a wrong one.
            account.ifPresent(a -> jdbc.sql("""
                            insert into identity.account_code (id, account_id, purpose, code_hash, created_at, expires_at)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(id, a.id, PURPOSE, phone.isPresent() ? OneTimeCodes.hash(id, code) : null,
                            Timestamp.from(now), Timestamp.from(now.plus(limits.codeLifetime())))
                    .update());
            if (phone.isPresent() && texts.available()) {
                texts.send(phone.get(), messages.render("identity.sms.reset-code",
                        Map.of("code", code, "minutes", limits.codeLifetime().toMinutes()), Locale.SIMPLIFIED_CHINESE));
            }
            return id;
        });
    }

    @Override
    public void complete(UUID reset, String code, String password, String confirmation) {
        Violations violations = new Violations();
        violations.require(code != null && code.strip().matches("\\d{6}"), "code", IdentityError.CODE_INVALID);
        String newPassword = PasswordRules.check(violations, password, confirmation);
        violations.throwIfAny();
        boolean done = Boolean.TRUE.equals(transactions.execute(status -> {
            // The try counts even when the code is wrong: this transaction commits either way.
            AccountCodes.Checked checked = codes.checkById(reset, PURPOSE, code);
            if (!checked.accepted()) {
                return false;
            }
            Account account = accounts.findById(checked.accountId()).orElseThrow();
            account.passwordHash = passwords.encode(newPassword);
            account.mustChangePassword = false;
            accounts.save(account);
            stamps.credentialsChanged(account.id);
            throttle.clear(Throttle.accountKey(account.username));
            actions.publish(trace -> new AccountStatusChanged(account.id, "password-reset-by-code", trace));
            return true;
        }));
        if (!done) {
            throw new InvalidInputException(FieldViolation.of("code", IdentityError.CODE_WRONG));
        }
    }
}
