package io.onewindow.identity.web;

import io.onewindow.identity.AccountSummary;
import io.onewindow.identity.Accounts;
import io.onewindow.identity.NewAccount;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.web.FormErrors;
import io.onewindow.kernel.privacy.Masking;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
 * The administrator's account list: search, open an account, disable or enable it, lift a login lock, reset its
 * password. Disabling and resetting are confirmed on a page of their own first.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccountsController {

    private static final int PAGE = 100;

    private final Accounts accounts;
    private final Messages messages;

    AccountsController(Accounts accounts, Messages messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/admin/accounts")
    String list(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
        return page(query, new NewAccount("", "", "", false), FormErrors.none(), model);
    }

    @PostMapping("/admin/accounts")
    String open(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String citizenId,
                @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "false") boolean administrator,
                Locale locale, Model model, RedirectAttributes redirect) {
        NewAccount form = new NewAccount(username, citizenId, password, administrator);
        try {
            accounts.open(form);
            redirect.addFlashAttribute("notice", "accounts.opened");
            return "redirect:/admin/accounts";
        } catch (InvalidInputException e) {
            return page("", new NewAccount(username, citizenId, "", administrator), FormErrors.of(e, messages, locale), model);
        }
    }

    /** Disabling ends every session of the account: the administrator confirms it first. */
    @GetMapping("/admin/accounts/{id}/status")
    String confirmStatus(@PathVariable UUID id, @RequestParam String action, Model model) {
        if (!"disable".equals(action)) {
            throw new NotFound();
        }
        return confirm(id, "accounts.disable.confirm.title", "accounts.disable.confirm.lead", "/admin/accounts/" + id + "/status",
                Map.of("action", "disable"), "accounts.disable.confirm", model);
    }

    @GetMapping("/admin/accounts/{id}/password-reset")
    String confirmPasswordReset(@PathVariable UUID id, Model model) {
        return confirm(id, "accounts.reset.confirm.title", "accounts.reset.confirm.lead", "/admin/accounts/" + id + "/password-reset",
                Map.of(), "accounts.reset.confirm", model);
    }

    private String confirm(UUID id, String question, String consequence, String action, Map<String, String> fields, String button,
                           Model model) {
        AccountSummary account = accounts.find(id).orElseThrow(NotFound::new);
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("accounts.username", Masking.identifiersIn(account.username()));
        facts.put("person.name", account.personName() == null ? "-" : account.personName());
        facts.put("person.citizen-id", account.maskedCitizenId() == null ? "-" : account.maskedCitizenId());
        model.addAttribute("confirmation", new Confirmation(question, facts, consequence, action, fields, button, "/admin/accounts"));
        return Confirmation.PAGE;
    }

    @PostMapping("/admin/accounts/{id}/status")
    String status(@PathVariable UUID id, @RequestParam String action, RedirectAttributes redirect) {
        switch (action) {
            case "enable" -> accounts.setEnabled(id, true);
            case "disable" -> accounts.setEnabled(id, false);
            case "unlock" -> accounts.unlock(id);
            default -> throw new NotFound();
        }
        redirect.addFlashAttribute("notice", "accounts.notice." + action);
        return "redirect:/admin/accounts";
    }

    /** Resets the password: the temporary one is shown to the administrator once, to hand over; every session of the account ends. */
    @PostMapping("/admin/accounts/{id}/password-reset")
    String resetPassword(@PathVariable UUID id, Model model) {
        AccountSummary account = accounts.find(id).orElseThrow(NotFound::new);
        model.addAttribute("account", account);
        model.addAttribute("temporaryPassword", accounts.resetPassword(id));
        return "identity/account-reset";
    }

    private String page(String query, NewAccount form, FormErrors errors, Model model) {
        model.addAttribute("q", query);
        model.addAttribute("accounts", accounts.list(query, PAGE));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "identity/accounts";
    }
}
