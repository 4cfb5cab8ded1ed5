package io.onewindow.identity.web;

import io.onewindow.identity.PersonalCodes;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.web.FormErrors;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The counter (窗口): an officer identifies the person or enterprise in front of them by the code they
 * show, typed in or scanned (the QR code opens this page with the token).
 */
@Controller
@PreAuthorize("hasRole('OFFICER')")
class CounterController {

    private final PersonalCodes codes;
    private final Messages messages;

    CounterController(PersonalCodes codes, Messages messages) {
        this.codes = codes;
        this.messages = messages;
    }

    @GetMapping("/counter/identify")
    String form(@RequestParam(required = false) String token, Locale locale, Model model) {
        if (token != null) {
            return identify(token, locale, model);
        }
        model.addAttribute("errors", FormErrors.none());
        return "identity/counter";
    }

    @PostMapping("/counter/identify")
    String identify(@RequestParam(defaultValue = "") String code, Locale locale, Model model) {
        try {
            model.addAttribute("identified", codes.identify(code));
            model.addAttribute("errors", FormErrors.none());
        } catch (DomainException e) {
            model.addAttribute("code", code);
            model.addAttribute("errors", FormErrors.of(List.of(new FieldViolation("code", e.code(), e.arguments())), messages, locale));
        }
        return "identity/counter";
    }
}
