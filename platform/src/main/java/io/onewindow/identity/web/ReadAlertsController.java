package io.onewindow.identity.web;

import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import io.onewindow.identity.internal.ReadAlerts;
import io.onewindow.kernel.privacy.Masking;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The data bureau's list of officers who went beyond the hourly limit of personal-data reads (个人信息查询超限提醒);
 * a user name that is a citizen ID or a phone number is shown masked.
 */
@Controller
@PreAuthorize("hasRole('DATA_ADMIN')")
class ReadAlertsController {

    /** A line of the list, as shown. */
    record Row(String officerName, String username, String department, Instant raisedAt, int reads) {
    }

    private final ReadAlerts alerts;
    private final Departments departments;

    ReadAlertsController(ReadAlerts alerts, Departments departments) {
        this.alerts = alerts;
        this.departments = departments;
    }

    @GetMapping("/registers/read-alerts")
    String list(Model model, Locale locale) {
        List<Row> rows = alerts.open().stream()
                .map(a -> new Row(a.officerName(), Masking.identifiersIn(a.username()),
                        a.departmentId() == null ? null : departments.find(a.departmentId()).map(d -> d.name(locale)).orElse(null),
                        a.raisedAt(), a.reads()))
                .toList();
        model.addAttribute("alerts", rows);
        return "identity/read-alerts";
    }
}
