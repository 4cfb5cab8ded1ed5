package io.onewindow.identity.web;

import io.onewindow.identity.AccountSummary;
import io.onewindow.identity.Accounts;
import io.onewindow.identity.IdentityError;
import io.onewindow.identity.PersonalCodes;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.web.FormErrors;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The counter (窗口): an officer identifies the person or enterprise in front of them by the code they
 * show, typed in or scanned (the QR code opens this page with the token).
 */
@Controller
@PreAuthorize("hasRole('OFFICER')")
class CounterController {

    private final PersonalCodes codes;
    private final Accounts accounts;
    private final Messages messages;

    CounterController(PersonalCodes codes, Accounts accounts, Messages messages) {
        this.codes = codes;
        this.accounts = accounts;
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

    /** Verifying an account's holder in person (实人核验): the officer looks the account up by citizen ID… */
    @GetMapping("/counter/verify")
    String verifyForm(Model model) {
        model.addAttribute("errors", FormErrors.none());
        return "identity/counter-verify";
    }

    @PostMapping("/counter/verify")
    String lookUp(@RequestParam(defaultValue = "") String citizenId, Locale locale, Model model) {
        model.addAttribute("citizenId", citizenId);
        if (citizenId.isBlank()) {
            model.addAttribute("errors", FormErrors.of(List.of(FieldViolation.of("citizenId", IdentityError.REQUIRED)), messages, locale));
            return "identity/counter-verify";
        }
        try {
            Optional<AccountSummary> account = accounts.forInPersonVerification(citizenId.strip());
            model.addAttribute("errors", account.isPresent() ? FormErrors.none()
                    : FormErrors.of(List.of(FieldViolation.of("citizenId", IdentityError.ACCOUNT_NOT_FOUND)), messages, locale));
            account.ifPresent(a -> model.addAttribute("account", a));
        } catch (DomainException e) {
            model.addAttribute("errors", FormErrors.of(List.of(new FieldViolation("citizenId", e.code(), e.arguments())), messages, locale));
        }
        return "identity/counter-verify";
    }

    /** …and, having compared them with their identity card, confirms. */
    @PostMapping("/counter/verify/{accountId}")
    String verify(@PathVariable UUID accountId, RedirectAttributes redirect) {
        accounts.verifyInPerson(accountId);
        redirect.addFlashAttribute("notice", "counter.verify.done");
        return "redirect:/counter/verify";
    }
}
