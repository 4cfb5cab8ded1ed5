package io.onewindow.purposes.web;

import io.onewindow.purposes.Purposes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Purposes in words for templates: {@code ${@purposeNames.name(r.purpose())}} gives 窗口身份核验. */
@Component("purposeNames")
public class PurposeNames {

    private final Purposes purposes;

    PurposeNames(Purposes purposes) {
        this.purposes = purposes;
    }

    public String name(String code) {
        return purposes.nameOf(code, LocaleContextHolder.getLocale());
    }
}
