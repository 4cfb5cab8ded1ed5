package io.onewindow.cases.internal;

import io.onewindow.cases.CaseStateChanged;
import io.onewindow.identity.AccountEmails;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.notify.EmailMessages;
import io.onewindow.notify.EmailNotSent;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the applicant each change of their case, like the notice in their inbox and the text message, when a mail
 * server is configured and they confirmed an address: after the change has committed (from the outbox), in the
 * language they gave the address in. The mail names the case, the item, the new state and the page, nothing
 * else. A mail that cannot be sent is logged (address masked) and given up: the change and its notice stand.
 */
@Component
class CaseMails {

    private static final Logger log = LoggerFactory.getLogger(CaseMails.class);

    private final CaseStore store;
    private final AccountEmails emails;
    private final EmailMessages mail;
    private final Messages messages;

    CaseMails(CaseStore store, AccountEmails emails, EmailMessages mail, Messages messages) {
        this.store = store;
        this.emails = emails;
        this.mail = mail;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(CaseStateChanged change) {
        if (!mail.available()) {
            return;
        }
        CaseRow row = store.find(change.caseId()).orElse(null);
        if (row == null) {
            return;
        }
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
