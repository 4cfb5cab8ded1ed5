package io.onewindow.identity.web;

import io.onewindow.identity.Departments;
import io.onewindow.identity.internal.ReadAlerts;
import io.onewindow.kernel.privacy.Masking;
import java.time.Instant;
import java.util.List;
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
 * The data bureau's list of officers who went beyond the hourly limit of personal-data reads (个人信息查询超限提醒);
 * a user name that is a citizen ID or a phone number is shown masked. An alert looked into is marked handled (已处理) with a
 * note, and leaves the open ones for a list of its own.
 */
@Controller
@PreAuthorize("hasRole('DATA_ADMIN')")
class ReadAlertsController {

    /** A line of the list, as shown. */
    public record Row(UUID id, String officerName, String username, String department, Instant raisedAt, int reads, Instant handledAt,
               String handledBy, String note) {
    }

    private final ReadAlerts alerts;
    private final Departments departments;

    ReadAlertsController(ReadAlerts alerts, Departments departments) {
        this.alerts = alerts;
        this.departments = departments;
    }

    @GetMapping("/registers/read-alerts")
    String list(Model model, Locale locale) {
        model.addAttribute("alerts", rows(alerts.open(), locale));
        model.addAttribute("handled", rows(alerts.handled(), locale));
        return "identity/read-alerts";
    }

    @PostMapping("/registers/read-alerts/{id}/handled")
    String handle(@PathVariable UUID id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        alerts.handle(id, note);
        redirect.addFlashAttribute("notice", "read-alerts.handled.done");
        return "redirect:/registers/read-alerts";
    }

    private List<Row> rows(List<ReadAlerts.ReadAlert> list, Locale locale) {
        return list.stream()
                .map(a -> new Row(a.id(), a.officerName(), Masking.identifiersIn(a.username()),
                        a.departmentId() == null ? null : departments.find(a.departmentId()).map(d -> d.name(locale)).orElse(null),
                        a.raisedAt(), a.reads(), a.handledAt(), a.handledBy() == null ? null : Masking.identifiersIn(a.handledBy()), a.note()))
                .toList();
    }
}
