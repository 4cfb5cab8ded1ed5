package io.onewindow.audit.web;

import io.onewindow.audit.internal.DataUseReports;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.web.FormErrors;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The data bureau and auditors work through citizens' reports of suspicious data use. */
@Controller
@PreAuthorize("hasAnyRole('DATA_ADMIN', 'AUDITOR')")
class ReportsController {

    private final DataUseReports reports;
    private final Messages messages;

    ReportsController(DataUseReports reports, Messages messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping("/audit/reports")
    String list(Model model) {
        return page(model, FormErrors.none(), null);
    }

    @PostMapping("/audit/reports/{id}/resolution")
    String resolve(@PathVariable UUID id, @RequestParam(defaultValue = "") String resolution, Locale locale, Model model,
                   RedirectAttributes redirect) {
        try {
            reports.resolve(id, CurrentUser.require().username(), resolution);
            redirect.addFlashAttribute("notice", "reports.resolved");
            return "redirect:/audit/reports";
        } catch (InvalidInputException e) {
            return page(model, FormErrors.of(e, messages, locale), id);
        }
    }

    private String page(Model model, FormErrors errors, UUID failed) {
        model.addAttribute("open", reports.list(true));
        model.addAttribute("resolved", reports.list(false));
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        return "audit/reports";
    }
}
