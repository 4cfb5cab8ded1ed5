package io.onewindow.audit.web;

import io.onewindow.purposes.Purposes;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Readable names of actions, purposes and the kinds of things acted on, for templates
 * ({@code ${@auditLabels.action(code)}}). Purposes are named as the managed list names them; actions and
 * kinds from the bundles under {@code action.*} and {@code object.*}. A code nobody names is shown as it
 * is, so that a record of a newer module still shows something true.
 */
@Component("auditLabels")
public class AuditLabels {

    private final MessageSource messages;
    private final Purposes purposes;

    AuditLabels(MessageSource messages, Purposes purposes) {
        this.messages = messages;
        this.purposes = purposes;
    }

    public String action(String code) {
        return messages.getMessage("action." + code, null, code, LocaleContextHolder.getLocale());
    }

    public String purpose(String code) {
        if (code == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return purposes.find(code).map(p -> p.name(locale))
                .orElseGet(() -> messages.getMessage("purpose." + code, null, code, locale));
    }

    /** What kind of thing an action concerned (账户, 部门…), never its identifier. */
    public String object(String type) {
        return type == null ? "" : messages.getMessage("object." + type, null, type, LocaleContextHolder.getLocale());
    }
}
