package io.onewindow.identity.web;

import io.onewindow.identity.Accounts;
import io.onewindow.identity.PersonalCodes;
import io.onewindow.identity.UserAccount;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.web.FormErrors;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own pages: their personal code (一人一码) and their password. */
@Controller
class MeController {

    private final PersonalCodes codes;
    private final PersonalCodePage codePage;
    private final Accounts accounts;
    private final Messages messages;

    MeController(PersonalCodes codes, PersonalCodePage codePage, Accounts accounts, Messages messages) {
        this.codes = codes;
        this.codePage = codePage;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/me/code")
    @PreAuthorize("hasRole('CITIZEN')")
    String personalCode(Model model, Locale locale) {
        UserAccount user = Accounts.current().orElseThrow();
        PersonalCodes.PersonalCode code = codes.issue(PersonalCodes.Subject.PERSON, user.personId(), user);
        return codePage.show(code, user.displayName(), "code.person.title", model, locale);
    }

    @GetMapping("/me/password")
    String passwordForm(Model model) {
        model.addAttribute("errors", FormErrors.none());
        return "identity/password";
    }

    @PostMapping("/me/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String password,
                          @RequestParam(defaultValue = "") String passwordConfirmation, Locale locale, Model model,
                          RedirectAttributes redirect) {
        UserAccount user = Accounts.current().orElseThrow();
        try {
            accounts.changePassword(user.accountId(), currentPassword, password, passwordConfirmation);
            redirect.addFlashAttribute("notice", "password.changed");
            return "redirect:/workbench";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return "identity/password";
        }
    }
}
