package io.onewindow.audit.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Readable names of actions and purposes for templates ({@code ${@auditLabels.action(code)}}): from the
 * bundles under {@code action.*} and {@code purpose.*}, or the code itself for one the bundles do not know,
 * so that a record of a newer module still shows something true.
 */
@Component("auditLabels")
public class AuditLabels {

    private final MessageSource messages;

    AuditLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String action(String code) {
        return messages.getMessage("action." + code, null, code, LocaleContextHolder.getLocale());
    }

    public String purpose(String code) {
        return code == null ? "" : messages.getMessage("purpose." + code, null, code, LocaleContextHolder.getLocale());
    }
}
