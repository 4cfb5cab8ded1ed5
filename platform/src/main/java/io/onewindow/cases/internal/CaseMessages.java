package io.onewindow.cases.internal;

import io.onewindow.cases.ApplicationSubmitted;
import io.onewindow.cases.CaseState;
import io.onewindow.cases.CaseStateChanged;
import io.onewindow.catalogue.Text;
import io.onewindow.identity.AccountEmails;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.notify.EmailMessages;
import io.onewindow.notify.EmailNotSent;
import io.onewindow.notify.TextMessages;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Tells the applicant of each change of their case outside the platform, after the change has committed (from
 * the outbox, so a change that rolls back sends nothing and one that commits is told after a crash too): a text
 * message to the phone number the application gave, through notify's gateway, and a mail to the address they
 * confirmed, when a mail server is configured, in the language they gave it in. Both name the case and the new
 * state (the mail also the item and the page), nothing else; a submission is told once for the application, a
 * bundle's cases at every department together. A message that cannot be sent is logged (number
 * or address masked) and given up: the change and its notice in the inbox ({@link CaseNotices}) stand.
 *
 * <p>The listeners write nothing, so they run without a transaction of their own: the recipient's read is one
 * statement, and a transaction around it would only add its commit's round trip to every change told.
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

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CaseStateChanged change) {
        if (!mail.available() && !texts.available()) {
            return;
        }
        store.recipientOfCase(change.caseId()).ifPresent(recipient -> tell(recipient, change.caseId(), change.to()));
    }

    // A case's filing is told with its application's: one message for a bundle, not one per department.
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ApplicationSubmitted submitted) {
        if (!mail.available() && !texts.available()) {
            return;
        }
        // An item's one case is named by its number; a bundle's cases by their application's.
        UUID number = submitted.caseIds().size() == 1 ? submitted.caseIds().get(0) : submitted.applicationId();
        store.recipientOfApplication(submitted.applicationId()).ifPresent(recipient -> tell(recipient, number, CaseState.SUBMITTED));
    }

    private void tell(CaseStore.Recipient recipient, UUID number, CaseState to) {
        if (texts.available() && recipient.phone() != null) {
            text(number, recipient.name(), to, recipient.phone());
        }
        if (mail.available()) {
            mail(recipient.accountId(), recipient.applicationId(), number, recipient.name(), to);
        }
    }

    private void text(UUID number, Text name, CaseState to, String phone) {
        try {
            String state = messages.render(to.messageKey(), Map.of(), Locale.SIMPLIFIED_CHINESE);
            texts.send(phone, messages.render("cases.sms.changed", Map.of("case", name.zh(), "state", state), Locale.SIMPLIFIED_CHINESE));
        } catch (RuntimeException e) {
            log.warn("Could not send a text message about {}: {}", number, e.getMessage());
        }
    }

    private void mail(UUID accountId, UUID applicationId, UUID number, Text name, CaseState to) {
        emails.confirmed(accountId).ifPresent(address -> {
            Locale language = address.language();
            Map<String, Object> arguments = Map.of(
                    "number", number,
                    "item", name.in(language),
                    "state", messages.render(to.messageKey(), Map.of(), language),
                    "link", mail.link("/applications/" + applicationId));
            try {
                mail.send(address.address(), messages.render("cases.mail.changed.subject", arguments, language),
                        messages.render("cases.mail.changed.text", arguments, language));
            } catch (EmailNotSent e) {
                log.warn("{} changed to {}: {}", number, to, e.getMessage());
            }
        });
    }
}
