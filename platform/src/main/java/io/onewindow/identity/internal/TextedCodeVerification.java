package io.onewindow.identity.internal;

import io.onewindow.identity.IdentityError;
import io.onewindow.identity.VerificationByCode;
import io.onewindow.kernel.access.Assurance;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.privacy.Masking;
import io.onewindow.notify.TextMessages;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link VerificationByCode}: codes in {@code identity.account_code} (purpose VERIFY_PHONE), the raise itself {@link AccountService}'s. */
@Service
class TextedCodeVerification implements VerificationByCode {

    static final String PURPOSE = "VERIFY_PHONE";

    private final AccountRepository accounts;
    private final PersonRepository persons;
    private final AccountService raising;
    private final AccountCodes codes;
    private final TextMessages texts;
    private final Throttle throttle;
    private final IdentitySettings.SignUp limits;
    private final Messages messages;
    private final TransactionTemplate transactions;

    TextedCodeVerification(AccountRepository accounts, PersonRepository persons, AccountService raising, AccountCodes codes,
                           TextMessages texts, Throttle throttle, IdentitySettings settings, Messages messages,
                           TransactionTemplate transactions) {
        this.accounts = accounts;
        this.persons = persons;
        this.raising = raising;
        this.codes = codes;
        this.texts = texts;
        this.throttle = throttle;
        this.limits = settings.signUp();
        this.messages = messages;
        this.transactions = transactions;
    }

    @Override
    public Offer offer(UUID accountId) {
        Account account = account(accountId);
        return new Offer(account.assurance(), registeredPhone(account).map(Masking::phone).orElse(null), texts.available(),
                codes.waiting(accountId, PURPOSE));
    }

    @Override
    public String send(UUID accountId) {
        Account account = account(accountId);
        if (account.assurance() != Assurance.SELF_DECLARED) {
            throw new DomainException(IdentityError.ALREADY_VERIFIED);
        }
        String phone = registeredPhone(account).orElseThrow(() -> new DomainException(IdentityError.NO_PHONE_ON_RECORD));
        if (!texts.available()) {
            throw new DomainException(IdentityError.TEXT_MESSAGES_UNAVAILABLE);
        }
        String key = "verify-code:" + accountId;
        Optional<Duration> locked = throttle.lockedFor(key);
        if (locked.isPresent()) {
            throw new DomainException(IdentityError.TOO_MANY_ATTEMPTS, Map.of("minutes", Math.max(1, locked.get().toMinutes())));
        }
        String code = transactions.execute(status -> {
            throttle.count(key, new Throttle.Limit(limits.maxPerCitizenId(), limits.window(), limits.window()));
            return codes.issue(accountId, PURPOSE, limits.codeLifetime());
        });
        texts.send(phone, messages.render("identity.sms.verify-code",
                Map.of("code", code, "minutes", limits.codeLifetime().toMinutes()), Locale.SIMPLIFIED_CHINESE));
        return Masking.phone(phone);
    }

    @Override
    public void confirm(UUID accountId, String code) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            throw new InvalidInputException(FieldViolation.of("code", IdentityError.CODE_INVALID));
        }
        // One transaction that commits whatever the outcome: a wrong try counts.
        AccountCodes.Checked checked = transactions.execute(status -> {
            AccountCodes.Checked outcome = codes.check(accountId, PURPOSE, code);
            Account account = account(accountId);
            if (outcome.accepted() && account.assurance() == Assurance.SELF_DECLARED) {
                raising.raise(account, Assurance.VERIFIED, "sms");
            }
            return outcome;
        });
        switch (checked.outcome()) {
            case ACCEPTED -> { }
            case WRONG -> throw refused(IdentityError.CODE_WRONG_TRIES_LEFT, Map.of("tries", checked.triesLeft()));
            case EXPIRED -> throw refused(IdentityError.CODE_EXPIRED, Map.of());
            case USED_UP -> throw refused(IdentityError.CODE_USED_UP, Map.of());
            case NONE -> throw refused(IdentityError.CODE_NOT_SENT, Map.of());
        }
    }

    private Account account(UUID accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new DomainException(IdentityError.ACCOUNT_NOT_FOUND));
    }

    // A phone typed at sign-up is on a self-registered record: texting it proves no more than the sign-up did.
    private Optional<String> registeredPhone(Account account) {
        return Optional.ofNullable(account.personId).flatMap(persons::findById)
                .filter(p -> !p.selfRegistered)
                .map(p -> p.phone)
                .filter(p -> !p.isBlank());
    }

    private static InvalidInputException refused(IdentityError error, Map<String, Object> arguments) {
        return new InvalidInputException(new FieldViolation("code", error, arguments));
    }
}
