package io.onewindow.identity.internal;

import io.onewindow.identity.AccountEmails;
import io.onewindow.identity.AccountStatusChanged;
import io.onewindow.identity.IdentityError;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.error.Violations;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.privacy.Masking;
import io.onewindow.notify.EmailMessages;
import io.onewindow.notify.EmailNotSent;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The holder's e-mail address: set, confirmed with a six-digit code mailed to it (stored as a hash in
 * {@code identity.account_code}, five tries, the sign-up codes' lifetime), removed. The confirmation mail goes out
 * after the address is stored and committed; codes mailed to one account are limited like the sign-up's codes.
 */
@Service
class AccountEmailService implements AccountEmails {

    static final String PURPOSE = "CONFIRM_EMAIL";
    static final int MAX_LENGTH = 254;
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Logger log = LoggerFactory.getLogger(AccountEmailService.class);

    private final AccountRepository accounts;
    private final EmailMessages mail;
    private final Throttle throttle;
    private final IdentitySettings.SignUp limits;
    private final Messages messages;
    private final AuditedActions actions;
    private final AccountCodes codes;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AccountEmailService(AccountRepository accounts, EmailMessages mail, Throttle throttle, IdentitySettings settings, Messages messages,
                        AuditedActions actions, AccountCodes codes, TransactionTemplate transactions, Clock clock) {
        this.accounts = accounts;
        this.mail = mail;
        this.throttle = throttle;
        this.limits = settings.signUp();
        this.messages = messages;
        this.actions = actions;
        this.codes = codes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<AccountEmail> of(UUID accountId) {
        return accounts.findById(accountId).filter(a -> a.email != null)
                .map(a -> new AccountEmail(a.email, a.emailConfirmedAt != null, a.emailLanguage == null ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(a.emailLanguage)));
    }

    @Override
    public void set(UUID accountId, String address, Locale language) {
        String email = checked(address);
        if (!mail.available()) {
            throw new DomainException(IdentityError.EMAIL_UNAVAILABLE);
        }
        String throttleKey = "email-code:" + accountId;
        Optional<Duration> locked = throttle.lockedFor(throttleKey);
        if (locked.isPresent()) {
            throw new DomainException(IdentityError.TOO_MANY_ATTEMPTS, Map.of("minutes", Math.max(1, locked.get().toMinutes())));
        }
        Locale writeIn = "en".equals(language.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        String code = transactions.execute(status -> {
            Account account = accounts.findById(accountId).orElseThrow(() -> new DomainException(IdentityError.ACCOUNT_NOT_FOUND));
            if (email.equals(account.email) && account.emailConfirmedAt != null) {
                return null;
            }
            throttle.count(throttleKey, new Throttle.Limit(limits.maxPerCitizenId(), limits.window(), limits.window()));
            account.email = email;
            account.emailConfirmedAt = null;
            account.emailLanguage = writeIn.toLanguageTag();
            accounts.save(account);
            String issued = codes.issue(accountId, PURPOSE, limits.codeLifetime());
            actions.publish(trace -> new AccountStatusChanged(accountId, "email-set", trace));
            return issued;
        });
        if (code == null) {
            return;
        }
        Map<String, Object> arguments = Map.of("code", code, "minutes", limits.codeLifetime().toMinutes(), "link", mail.link("/me/email"));
        try {
            mail.send(email, messages.render("identity.mail.confirm.subject", arguments, writeIn),
                    messages.render("identity.mail.confirm.text", arguments, writeIn));
        } catch (EmailNotSent e) {
            // The address stays, unconfirmed; the holder can ask for a new code.
            log.warn("{}", e.getMessage());
            throw new DomainException(IdentityError.EMAIL_NOT_SENT);
        }
    }

    @Override
    public void confirm(UUID accountId, String code) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            throw new InvalidInputException(FieldViolation.of("code", IdentityError.CODE_INVALID));
        }
        boolean confirmed = Boolean.TRUE.equals(transactions.execute(status -> {
            // The try counts even when the code is wrong: this transaction commits either way.
            if (!codes.check(accountId, PURPOSE, code).accepted()) {
                return false;
            }
            Account account = accounts.findById(accountId).orElseThrow();
            account.emailConfirmedAt = clock.instant();
            accounts.save(account);
            actions.publish(trace -> new AccountStatusChanged(accountId, "email-confirmed", trace));
            log.info("E-mail address {} confirmed for account {}", Masking.email(account.email), accountId);
            return true;
        }));
        if (!confirmed) {
            throw new InvalidInputException(FieldViolation.of("code", IdentityError.CODE_WRONG));
        }
    }

    @Override
    public void remove(UUID accountId) {
        transactions.executeWithoutResult(status -> {
            Account account = accounts.findById(accountId).orElseThrow(() -> new DomainException(IdentityError.ACCOUNT_NOT_FOUND));
            if (account.email == null) {
                return;
            }
            account.email = null;
            account.emailConfirmedAt = null;
            account.emailLanguage = null;
            accounts.save(account);
            codes.forget(accountId, PURPOSE);
            actions.publish(trace -> new AccountStatusChanged(accountId, "email-removed", trace));
        });
    }

    /** The address as it will be stored (the domain in lower case), or the field's error. */
    private static String checked(String address) {
        Violations violations = new Violations();
        String email = address == null ? "" : address.strip();
        if (violations.require(!email.isEmpty(), "email", IdentityError.REQUIRED)
                && violations.require(email.length() <= MAX_LENGTH, "email", IdentityError.TOO_LONG, Map.of("max", MAX_LENGTH))) {
            violations.require(ADDRESS.matcher(email).matches(), "email", IdentityError.EMAIL_INVALID);
        }
        violations.throwIfAny();
        int at = email.lastIndexOf('@');
        return email.substring(0, at) + email.substring(at).toLowerCase(Locale.ROOT);
    }
}
