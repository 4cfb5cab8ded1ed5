package io.onewindow.identity.web;

import io.onewindow.identity.PasswordResets;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Resetting a forgotten password from the login page, by a code sent to the registered mobile number. */
@Controller
class PasswordResetController {

    static final String SESSION_KEY = PasswordResetController.class.getName() + ".reset";

    private final PasswordResets resets;
    private final Messages messages;

    PasswordResetController(PasswordResets resets, Messages messages) {
        this.resets = resets;
        this.messages = messages;
    }

    @GetMapping("/password-reset")
    String start(Model model) {
        model.addAttribute("errors", FormErrors.none());
        return "identity/reset";
    }

    @PostMapping("/password-reset")
    String send(@RequestParam(defaultValue = "") String username, HttpServletRequest request, HttpSession session, Locale locale,
                Model model) {
        try {
            session.setAttribute(SESSION_KEY, resets.start(username, request.getRemoteAddr()));
            return "redirect:/password-reset/code";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return "identity/reset";
        }
    }

    @GetMapping("/password-reset/code")
    String codeForm(HttpSession session, Model model) {
        if (!(session.getAttribute(SESSION_KEY) instanceof UUID)) {
            return "redirect:/password-reset";
        }
        model.addAttribute("errors", FormErrors.none());
        return "identity/reset-code";
    }

    @PostMapping("/password-reset/code")
    String reset(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String password,
                 @RequestParam(defaultValue = "") String passwordConfirmation, HttpSession session, Locale locale, Model model,
                 RedirectAttributes redirect) {
        if (!(session.getAttribute(SESSION_KEY) instanceof UUID reset)) {
            return "redirect:/password-reset";
        }
        try {
            resets.complete(reset, code, password, passwordConfirmation);
            session.removeAttribute(SESSION_KEY);
            redirect.addFlashAttribute("notice", "reset.done");
            return "redirect:/login";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return "identity/reset-code";
        }
    }
}
