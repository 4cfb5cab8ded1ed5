package io.onewindow.cases.internal;

import io.onewindow.cases.CaseStateChanged;
import io.onewindow.identity.AccountEmails;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.notify.EmailMessages;
import io.onewindow.notify.EmailNotSent;
import io.onewindow.notify.TextMessages;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant of each change of their case outside the platform, after the change has committed (from
 * the outbox, so a change that rolls back sends nothing and one that commits is told after a crash too): a text
 * message to the phone number the application gave, through notify's gateway, and a mail to the address they
 * confirmed, when a mail server is configured, in the language they gave it in. Both name the case and the new
 * state (the mail also the item and the page), nothing else. A message that cannot be sent is logged (number
 * or address masked) and given up: the change and its notice in the inbox ({@link CaseNotices}) stand.
 */
@Component
class CaseMessages {

    private static final Logger log = LoggerFactory.getLogger(CaseMessages.class);

    private final CaseStore store;
    private final AccountEmails emails;
    private final EmailMessages mail;
    private final TextMessages texts;
    private final Messages messages;

    CaseMessages(CaseStore store, AccountEmails emails, EmailMessages mail, TextMessages texts, Messages messages) {
        this.store = store;
        this.emails = emails;
        this.mail = mail;
        this.texts = texts;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(CaseStateChanged change) {
        if (!mail.available() && !texts.available()) {
            return;
        }
        CaseRow row = store.find(change.caseId()).orElse(null);
        if (row == null) {
            return;
        }
        if (texts.available() && row.answers().get("phone") instanceof String phone) {
            text(row, change, phone);
        }
        if (mail.available()) {
            mail(row, change);
        }
    }

    private void text(CaseRow row, CaseStateChanged change, String phone) {
        try {
            String state = messages.render(change.to().messageKey(), Map.of(), Locale.SIMPLIFIED_CHINESE);
            texts.send(phone, messages.render("cases.sms.changed", Map.of("case", row.name().zh(), "state", state), Locale.SIMPLIFIED_CHINESE));
        } catch (RuntimeException e) {
            log.warn("Could not send a text message about case {}: {}", row.id(), e.getMessage());
        }
    }

    private void mail(CaseRow row, CaseStateChanged change) {
        emails.confirmed(row.accountId()).ifPresent(to -> {
            Locale language = to.language();
            Map<String, Object> arguments = Map.of(
                    "number", row.id(),
                    "item", row.name().in(language),
                    "state", messages.render(change.to().messageKey(), Map.of(), language),
                    "link", mail.link("/applications/" + row.applicationId()));
            try {
                mail.send(to.address(), messages.render("cases.mail.changed.subject", arguments, language),
                        messages.render("cases.mail.changed.text", arguments, language));
            } catch (EmailNotSent e) {
                log.warn("Case {} changed to {}: {}", row.id(), change.to(), e.getMessage());
            }
        });
    }
}
