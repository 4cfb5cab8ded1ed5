package io.onewindow.identity.web;

import io.onewindow.identity.VerificationByCode;
import io.onewindow.kernel.access.CurrentUser;
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

/** "Verify my identity by a code": a self-declared holder gets a code at the phone the register holds and types it back. */
@Controller
@PreAuthorize("hasRole('CITIZEN')")
class VerifyController {

    private final VerificationByCode verification;
    private final Messages messages;

    VerifyController(VerificationByCode verification, Messages messages) {
        this.verification = verification;
        this.messages = messages;
    }

    @GetMapping("/me/verify")
    String page(Model model) {
        return page(model, FormErrors.none());
    }

    @PostMapping("/me/verify/code")
    String send(RedirectAttributes redirect) {
        verification.send(CurrentUser.require().accountId());
        redirect.addFlashAttribute("notice", "verify.code-sent");
        return "redirect:/me/verify";
    }

    @PostMapping("/me/verify")
    String confirm(@RequestParam(defaultValue = "") String code, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            verification.confirm(CurrentUser.require().accountId(), code);
        } catch (InvalidInputException e) {
            return page(model, FormErrors.of(e, messages, locale));
        }
        redirect.addFlashAttribute("notice", "verify.done");
        return "redirect:/me/profile";
    }

    private String page(Model model, FormErrors errors) {
        model.addAttribute("offer", verification.offer(CurrentUser.require().accountId()));
        model.addAttribute("errors", errors);
        return "identity/verify";
    }
}
