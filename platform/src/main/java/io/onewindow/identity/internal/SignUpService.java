package io.onewindow.identity.internal;

import io.onewindow.identity.AccountOpened;
import io.onewindow.identity.AccountVerified;
import io.onewindow.identity.CitizenSignUp;
import io.onewindow.identity.IdentityError;
import io.onewindow.identity.SignUps;
import io.onewindow.kernel.access.Assurance;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.code.CitizenId;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-up with a one-time code. Where the code goes decides what the account may claim:
 * <ul>
 *   <li>nobody is registered under the ID: the code goes to the phone typed, and the account opens at the
 *       lowest level (自主注册) for a new, self-declared person;</li>
 *   <li>a department registered the ID, the name matches and there is no account yet: the code goes to the
 *       phone the register holds, and the account opens verified (实名核验) for that person;</li>
 *   <li>otherwise (an account exists, the name does not match, the register holds no phone): no code is sent,
 *       and any code typed fails exactly like a wrong one.</li>
 * </ul>
 * Attempts are limited per client address and per citizen ID.
 */
@Service
class SignUpService implements SignUps {

    private static final Logger log = LoggerFactory.getLogger(SignUpService.class);

    private final InputRules rules;
    private final PersonRepository persons;
    private final AccountRepository accounts;
    private final PersonRegister people;
    private final PasswordEncoder passwords;
    private final TextMessages texts;
    private final Throttle throttle;
    private final IdentitySettings.SignUp settings;
    private final Messages messages;
    private final AuditedActions actions;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SignUpService(InputRules rules, PersonRepository persons, AccountRepository accounts, PersonRegister people,
                  PasswordEncoder passwords, TextMessages texts, Throttle throttle, IdentitySettings settings, Messages messages,
                  AuditedActions actions, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.rules = rules;
        this.persons = persons;
        this.accounts = accounts;
        this.people = people;
        this.passwords = passwords;
        this.texts = texts;
        this.throttle = throttle;
        this.settings = settings.signUp();
        this.messages = messages;
        this.actions = actions;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<FieldViolation> check(CitizenSignUp answers, Set<String> fields) {
        return checked(answers).violations().list().stream().filter(v -> fields.contains(v.field())).toList();
    }

    private Checked checked(CitizenSignUp input) {
        Violations violations = new Violations();
        CitizenId citizenId = rules.citizenId(violations, "citizenId", input.citizenId());
        String name = rules.name(violations, "name", input.name());
        String phone = rules.phone(violations, "phone", input.phone(), true);
        String password = PasswordRules.check(violations, input.password(), input.passwordConfirmation(),
                citizenId == null ? null : citizenId.value(), phone);
        return new Checked(violations, citizenId, name, phone, password);
    }

    private record Checked(Violations violations, CitizenId citizenId, String name, String phone, String password) {
    }

    @Override
    @Transactional
    public UUID start(CitizenSignUp input, String clientAddress) {
        Checked answers = checked(input);
        answers.violations().throwIfAny();
        Throttle.Limit perAddress = new Throttle.Limit(settings.maxPerAddress(), settings.window(), settings.window());
        Throttle.Limit perId = new Throttle.Limit(settings.maxPerCitizenId(), settings.window(), settings.window());
        for (String key : List.of("signup-addr:" + clientAddress, "signup-id:" + answers.citizenId().value())) {
            Optional<Duration> locked = throttle.lockedFor(key);
            if (locked.isPresent()) {
                throw new DomainException(IdentityError.TOO_MANY_ATTEMPTS, Map.of("minutes", Math.max(1, locked.get().toMinutes())));
            }
        }
        throttle.count("signup-addr:" + clientAddress, perAddress);
        throttle.count("signup-id:" + answers.citizenId().value(), perId);

        UUID id = UUID.randomUUID();
        Optional<Person> registered = persons.findByCitizenId(answers.citizenId().value());
        boolean accountExists = accounts.findByUsername(answers.citizenId().value()).isPresent()
                || registered.flatMap(p -> accounts.findByPersonId(p.id)).isPresent();
        String sendTo = null;
        UUID personId = null;
        if (!accountExists && registered.isEmpty()) {
            sendTo = answers.phone();
        } else if (!accountExists && registered.get().name.equals(answers.name()) && registered.get().phone != null) {
            sendTo = registered.get().phone;
            personId = registered.get().id;
        }
        String code = OneTimeCodes.newCode();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into identity.pending_signup (id, citizen_id, name, phone, password_hash, code_hash, person_id,
                            created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, answers.citizenId().value(), answers.name(), answers.phone(), passwords.encode(answers.password()),
                        sendTo == null ? null : OneTimeCodes.hash(id, code), personId, Timestamp.from(now),
                        Timestamp.from(now.plus(settings.codeLifetime())))
                .update();
        if (sendTo != null && texts.available()) {
            texts.send(sendTo, messages.render("identity.sms.sign-up-code",
                    Map.of("code", code, "minutes", settings.codeLifetime().toMinutes()), Locale.SIMPLIFIED_CHINESE));
        }
        return id;
    }

    @Override
    public String complete(UUID signUp, String code) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            throw new InvalidInputException(FieldViolation.of("code", IdentityError.CODE_INVALID));
        }
        // The attempt counts even when the code is wrong: its own transaction.
        Pending pending = transactions.execute(status -> checkedCode(signUp, code));
        if (pending == null) {
            throw wrongCode();
        }
        try {
            return transactions.execute(status -> {
                jdbc.sql("delete from identity.pending_signup where id = ?").param(signUp).update();
                return open(pending);
            });
        } catch (DbActionExecutionException | DataIntegrityViolationException | InvalidInputException e) {
            // Someone else registered this ID or opened its account meanwhile: the same answer as any failure.
            log.info("A sign-up lost a race for the same citizen ID; refused like a wrong code");
            throw wrongCode();
        }
    }

    /** The pending sign-up if the code is right; null otherwise. */
    private Pending checkedCode(UUID signUp, String code) {
        Optional<Pending> found = jdbc.sql("""
                        select citizen_id, name, phone, password_hash, code_hash, person_id, attempts, expires_at
                        from identity.pending_signup where id = ? for update""")
                .param(signUp)
                .query((rs, i) -> new Pending(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBytes(5),
                        rs.getObject(6, UUID.class), rs.getInt(7), rs.getTimestamp(8).toInstant()))
                .optional();
        if (found.isEmpty() || found.get().expiresAt().isBefore(clock.instant()) || found.get().attempts() >= OneTimeCodes.MAX_ATTEMPTS) {
            return null;
        }
        jdbc.sql("update identity.pending_signup set attempts = attempts + 1 where id = ?").param(signUp).update();
        return OneTimeCodes.matches(found.get().codeHash(), signUp, code) ? found.get() : null;
    }

    private String open(Pending pending) {
        UUID personId = pending.personId();
        Assurance assurance = Assurance.VERIFIED;
        if (personId == null) {
            CitizenId citizenId = new CitizenId(pending.citizenId());
            personId = people.addUnregistered(citizenId, pending.name(), pending.phone(), true).id();
            assurance = Assurance.SELF_DECLARED;
        }
        Account account = Account.open(pending.citizenId(), pending.passwordHash(), personId, false, clock.instant());
        account.assure(assurance, assurance == Assurance.VERIFIED ? "sms" : "sign-up", clock.instant());
        Account saved = accounts.save(account);
        UUID holder = personId;
        actions.publish(trace -> new AccountOpened(saved.id, saved.username, holder, true, trace));
        if (assurance == Assurance.VERIFIED) {
            actions.publish(trace -> new AccountVerified(saved.id, holder, Assurance.VERIFIED, "sms", trace));
        }
        return persons.findById(personId).map(p -> p.name).orElse(pending.name());
    }

    private static InvalidInputException wrongCode() {
        return new InvalidInputException(FieldViolation.of("code", IdentityError.CODE_WRONG));
    }

    private record Pending(String citizenId, String name, String phone, String passwordHash, byte[] codeHash, UUID personId,
                           int attempts, Instant expiresAt) {
    }
}
