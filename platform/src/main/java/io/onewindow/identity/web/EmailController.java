package io.onewindow.identity.web;

import io.onewindow.identity.AccountEmails;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.web.FormErrors;
import io.onewindow.notify.EmailMessages;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in holder's e-mail address for notifications: give one, confirm it with the code mailed to it, remove it. */
@Controller
class EmailController {

    private final AccountEmails emails;
    private final EmailMessages mail;
    private final Messages messages;

    EmailController(AccountEmails emails, EmailMessages mail, Messages messages) {
        this.emails = emails;
        this.mail = mail;
        this.messages = messages;
    }

    @GetMapping("/me/email")
    String page(Model model) {
        return page(model, FormErrors.none(), null);
    }

    @PostMapping("/me/email")
    String set(@RequestParam(defaultValue = "") String email, Locale locale, Model model, RedirectAttributes redirect) {
        UserAccount user = CurrentUser.require();
        try {
            emails.set(user.accountId(), email, locale);
        } catch (InvalidInputException e) {
            return page(model, FormErrors.of(e, messages, locale), email);
        }
        redirect.addFlashAttribute("notice", "email.code-sent");
        return "redirect:/me/email";
    }

    @PostMapping("/me/email/confirm")
    String confirm(@RequestParam(defaultValue = "") String code, Locale locale, Model model, RedirectAttributes redirect) {
        UserAccount user = CurrentUser.require();
        try {
            emails.confirm(user.accountId(), code);
        } catch (InvalidInputException e) {
            return page(model, FormErrors.of(e, messages, locale), null);
        }
        redirect.addFlashAttribute("notice", "email.confirmed");
        return "redirect:/me/email";
    }

    @PostMapping("/me/email/remove")
    String remove(RedirectAttributes redirect) {
        emails.remove(CurrentUser.require().accountId());
        redirect.addFlashAttribute("notice", "email.removed");
        return "redirect:/me/email";
    }

    private String page(Model model, FormErrors errors, String typed) {
        var current = emails.of(CurrentUser.require().accountId());
        model.addAttribute("current", current.orElse(null));
        model.addAttribute("available", mail.available());
        model.addAttribute("typed", typed != null ? typed : current.map(AccountEmails.AccountEmail::address).orElse(""));
        model.addAttribute("errors", errors);
        return "identity/email";
    }
}
