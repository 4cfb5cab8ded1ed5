package io.onewindow.identity.web;

import io.onewindow.identity.AccountEmails;
import io.onewindow.identity.Accounts;
import io.onewindow.identity.Departments;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonalCodes;
import io.onewindow.identity.internal.CurrentSession;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own pages: what the registers hold about them, their personal code (一人一码), their password. */
@Controller
class MeController {

    private final PersonalCodes codes;
    private final PersonalCodePage codePage;
    private final Accounts accounts;
    private final AccountEmails emails;
    private final People people;
    private final Enterprises enterprises;
    private final Departments departments;
    private final Messages messages;
    private final CurrentSession session;

    MeController(PersonalCodes codes, PersonalCodePage codePage, Accounts accounts, AccountEmails emails, People people,
                 Enterprises enterprises, Departments departments, Messages messages, CurrentSession session) {
        this.codes = codes;
        this.codePage = codePage;
        this.accounts = accounts;
        this.emails = emails;
        this.people = people;
        this.enterprises = enterprises;
        this.departments = departments;
        this.messages = messages;
        this.session = session;
    }

    @GetMapping("/me/profile")
    @PreAuthorize("hasRole('CITIZEN')")
    String profile(Model model) {
        UserAccount user = CurrentUser.require();
        model.addAttribute("person", people.find(user.personId()).orElseThrow());
        model.addAttribute("assurance", user.assurance());
        model.addAttribute("email", emails.of(user.accountId()).orElse(null));
        model.addAttribute("enterprises", enterprises.actingFor(user.personId()));
        var appointments = departments.appointmentsOf(user.personId());
        model.addAttribute("appointments", appointments);
        model.addAttribute("departments", appointments.stream()
                .map(a -> departments.find(a.departmentId()).orElseThrow()).toList());
        return "identity/profile";
    }

    @GetMapping("/me/code")
    @PreAuthorize("hasRole('CITIZEN')")
    String personalCode(Model model, Locale locale) {
        UserAccount user = CurrentUser.require();
        PersonalCodes.PersonalCode code = codes.issue(PersonalCodes.Subject.PERSON, user.personId(), user);
        return codePage.show(code, user.displayName(), "code.person.title", model, locale);
    }

    @GetMapping("/me/password")
    String passwordForm(@RequestParam(required = false) String required, Model model) {
        model.addAttribute("required", required != null);
        model.addAttribute("errors", FormErrors.none());
        return "identity/password";
    }

    @PostMapping("/me/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String password,
                          @RequestParam(defaultValue = "") String passwordConfirmation, Locale locale, Model model,
                          RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        UserAccount user = CurrentUser.require();
        try {
            accounts.changePassword(user.accountId(), currentPassword, password, passwordConfirmation);
            // Every other session of the account has ended; this one goes on.
            session.keep(request, response);
            redirect.addFlashAttribute("notice", "password.changed");
            return "redirect:/workbench";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return "identity/password";
        }
    }
}
