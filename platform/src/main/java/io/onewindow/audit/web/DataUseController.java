package io.onewindow.audit.web;

import io.onewindow.audit.internal.DataUse;
import io.onewindow.audit.internal.DataUseReports;
import io.onewindow.audit.internal.RecordStore;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.RealName;
import io.onewindow.kernel.access.UserAccount;
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

/**
 * "Who used my data": every use of the signed-in person's data by others, each with its receipt, and where each
 * report they made about one stands, with the data bureau's answer once it is resolved. Shown once the holder's
 * identity was verified: which departments read what about a citizen ID tells what their registers hold about it.
 */
@Controller
@PreAuthorize("hasRole('CITIZEN')")
class DataUseController {

    private final DataUse dataUse;
    private final DataUseReports reports;
    private final RecordStore records;
    private final Messages messages;
    private final ReadFor readFor;

    DataUseController(DataUse dataUse, DataUseReports reports, RecordStore records, Messages messages, ReadFor readFor) {
        this.dataUse = dataUse;
        this.reports = reports;
        this.records = records;
        this.messages = messages;
        this.readFor = readFor;
    }

    @GetMapping("/me/data-use")
    String list(@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        UserAccount user = RealName.require(CurrentUser.require());
        var uses = dataUse.of(user.personId(), user.accountId(), page);
        model.addAttribute("uses", uses);
        model.addAttribute("readFor", readFor.of(uses.stream().map(RecordStore.StoredRecord::record).toList(), locale));
        model.addAttribute("reports", reports.outcomesFor(user.personId()));
        model.addAttribute("page", page);
        model.addAttribute("more", uses.size() == DataUse.PAGE);
        return "audit/data-use";
    }

    @GetMapping("/me/data-use/{id}/report")
    String reportForm(@PathVariable UUID id, Model model) {
        return reportPage(mine(id), "", FormErrors.none(), model);
    }

    @PostMapping("/me/data-use/{id}/report")
    String report(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Locale locale, Model model,
                  RedirectAttributes redirect) {
        UserAccount user = CurrentUser.require();
        RecordStore.StoredRecord record = mine(id);
        try {
            reports.report(id, user.personId(), user.accountId(), reason);
            redirect.addFlashAttribute("notice", "data-use.reported");
            return "redirect:/me/data-use";
        } catch (InvalidInputException e) {
            return reportPage(record, reason, FormErrors.of(e, messages, locale), model);
        }
    }

    private String reportPage(RecordStore.StoredRecord record, String reason, FormErrors errors, Model model) {
        model.addAttribute("use", record);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "audit/report";
    }

    /** A record about the signed-in person's data; anyone else's is not found. */
    private RecordStore.StoredRecord mine(UUID id) {
        UserAccount user = RealName.require(CurrentUser.require());
        return records.find(id).filter(r -> user.personId().equals(r.record().subject())).orElseThrow(NotFound::new);
    }
}
