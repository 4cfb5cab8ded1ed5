package io.onewindow.portal.web;

import io.onewindow.identity.Accounts;
import io.onewindow.identity.Departments;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.People;
import io.onewindow.identity.UserAccount;
import io.onewindow.kernel.access.Role;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The landing page of each role (工作台). Everyone lands on the workbench of the highest role they hold
 * and can switch to the others from the navigation.
 */
@Controller
class WorkbenchController {

    private final People people;
    private final Enterprises enterprises;
    private final Departments departments;

    WorkbenchController(People people, Enterprises enterprises, Departments departments) {
        this.people = people;
        this.enterprises = enterprises;
        this.departments = departments;
    }

    /** Sends the user on to their workbench, passing on any notice or receipts meant for the next page. */
    @GetMapping("/workbench")
    String workbench(Model model, RedirectAttributes next) {
        UserAccount user = Accounts.current().orElseThrow();
        for (String carried : new String[] {"notice", "receipts"}) {
            if (model.containsAttribute(carried)) {
                next.addFlashAttribute(carried, model.getAttribute(carried));
            }
        }
        return "redirect:" + path(user.primaryRole());
    }

    /** Where the workbench of a role lives. */
    static String path(Role role) {
        return "/" + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @GetMapping("/citizen")
    @PreAuthorize("hasRole('CITIZEN')")
    String citizen(Model model) {
        UserAccount user = Accounts.current().orElseThrow();
        model.addAttribute("person", people.find(user.personId()).orElseThrow());
        model.addAttribute("enterprises", enterprises.actingFor(user.personId()));
        return "portal/workbench-citizen";
    }

    @GetMapping("/enterprise")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String enterprise(Model model) {
        UserAccount user = Accounts.current().orElseThrow();
        model.addAttribute("enterprises", enterprises.actingFor(user.personId()));
        return "portal/workbench-enterprise";
    }

    @GetMapping("/officer")
    @PreAuthorize("hasRole('OFFICER')")
    String officer(Model model) {
        addAppointments(model);
        return "portal/workbench-officer";
    }

    @GetMapping("/dept-admin")
    @PreAuthorize("hasRole('DEPT_ADMIN')")
    String departmentAdministrator(Model model) {
        addAppointments(model);
        return "portal/workbench-dept-admin";
    }

    @GetMapping("/data-admin")
    @PreAuthorize("hasRole('DATA_ADMIN')")
    String dataAdministrator(Model model) {
        model.addAttribute("personCount", people.count());
        model.addAttribute("enterpriseCount", enterprises.count());
        model.addAttribute("departmentCount", departments.all().size());
        return "portal/workbench-data-admin";
    }

    @GetMapping("/auditor")
    @PreAuthorize("hasRole('AUDITOR')")
    String auditor() {
        return "portal/workbench-auditor";
    }

    @GetMapping("/admin")
    @PreAuthorize("hasRole('ADMIN')")
    String administrator() {
        return "portal/workbench-admin";
    }

    private void addAppointments(Model model) {
        UserAccount user = Accounts.current().orElseThrow();
        var appointments = departments.appointmentsOf(user.personId());
        model.addAttribute("appointments", appointments);
        model.addAttribute("departments", appointments.stream()
                .map(a -> departments.find(a.departmentId()).orElseThrow()).toList());
    }
}
