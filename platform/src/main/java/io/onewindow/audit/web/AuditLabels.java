package io.onewindow.audit.web;

import io.onewindow.audit.AuditObjectNames;
import io.onewindow.purposes.Purposes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Readable names of actions, purposes and the kinds of things acted on, for templates
 * ({@code ${@auditLabels.action(code)}}). Purposes are named as the managed list names them; actions and
 * kinds from the bundles under {@code action.*} and {@code object.*}, kinds that are a module's data by its
 * {@link AuditObjectNames}. A code nobody names is shown as it is, so that a record of a newer module still
 * shows something true.
 */
@Component("auditLabels")
public class AuditLabels {

    private final MessageSource messages;
    private final Purposes purposes;
    private final List<AuditObjectNames> objectNames;

    AuditLabels(MessageSource messages, Purposes purposes, List<AuditObjectNames> objectNames) {
        this.messages = messages;
        this.purposes = purposes;
        this.objectNames = List.copyOf(objectNames);
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

    /** What kind of thing an action concerned (账户, 部门, 社会保险参保信息…), never its identifier. */
    public String object(String type) {
        if (type == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return objectNames.stream().map(names -> names.name(type, locale)).flatMap(Optional::stream).findFirst()
                .orElseGet(() -> messages.getMessage("object." + type, null, type, locale));
    }
}
