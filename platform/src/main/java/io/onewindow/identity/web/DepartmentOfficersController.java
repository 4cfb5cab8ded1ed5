package io.onewindow.identity.web;

import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import io.onewindow.identity.NewOfficer;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.web.FormErrors;
import io.onewindow.identity.OfficerView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A department administrator appoints and dismisses the officers of their own department and those under it
 * (the installation's administrator, of any department); the form offers only the roles they may grant.
 */
@Controller
@PreAuthorize("hasAnyRole('DEPT_ADMIN', 'ADMIN')")
class DepartmentOfficersController {

    static final List<Role> APPOINTABLE = List.of(Role.OFFICER, Role.DEPT_ADMIN, Role.DATA_ADMIN, Role.AUDITOR);

    private final Departments departments;
    private final Messages messages;

    DepartmentOfficersController(Departments departments, Messages messages) {
        this.departments = departments;
        this.messages = messages;
    }

    @GetMapping("/departments/{id}/officers")
    String list(@PathVariable UUID id, Model model) {
        return page(administered(id), new OfficerForm("", "", "", Set.of(Role.OFFICER.name()), ""), FormErrors.none(), model);
    }

    @PostMapping("/departments/{id}/officers")
    String appoint(@PathVariable UUID id, OfficerForm form, Locale locale, Model model, RedirectAttributes redirect) {
        DepartmentView department = administered(id);
        try {
            departments.appoint(new NewOfficer(department.id(), form.citizenId(), form.name(), form.title(),
                    form.roles() == null ? Set.of() : form.roles(), form.scopeDivision()));
            redirect.addFlashAttribute("notice", "officers.appointed");
            return "redirect:/departments/" + id + "/officers";
        } catch (InvalidInputException e) {
            return page(department, form, FormErrors.of(e, messages, locale), model);
        }
    }

    /** Dismissal takes the officer's roles away at once: the administrator confirms it first. */
    @GetMapping("/departments/{id}/officers/{officerId}/dismissal")
    String confirmDismissal(@PathVariable UUID id, @PathVariable UUID officerId, Locale locale, Model model) {
        DepartmentView department = administered(id);
        OfficerView officer = departments.officersOf(department.id()).stream().filter(o -> o.id().equals(officerId)).findFirst()
                .orElseThrow(NotFound::new);
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("person.name", officer.personName());
        facts.put("officer.title", officer.title() == null || officer.title().isBlank() ? "-" : officer.title());
        facts.put("department.name", department.name(locale));
        String path = "/departments/" + id + "/officers";
        model.addAttribute("confirmation", new Confirmation("officers.dismiss.confirm.title", facts, "officers.dismiss.confirm.lead",
                path + "/" + officerId + "/dismissal", Map.of(), "officers.dismiss.confirm", path));
        return Confirmation.PAGE;
    }

    @PostMapping("/departments/{id}/officers/{officerId}/dismissal")
    String dismiss(@PathVariable UUID id, @PathVariable UUID officerId, RedirectAttributes redirect) {
        departments.dismiss(officerId, administered(id).id());
        redirect.addFlashAttribute("notice", "officers.dismissed");
        return "redirect:/departments/" + id + "/officers";
    }

    private String page(DepartmentView department, OfficerForm form, FormErrors errors, Model model) {
        model.addAttribute("department", department);
        model.addAttribute("officers", departments.officersOf(department.id()));
        Set<Role> grantable = departments.grantableIn(department.id());
        model.addAttribute("appointable", APPOINTABLE.stream().filter(grantable::contains).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "identity/officers";
    }

    /** The department, if the signed-in person administers it; otherwise 404. */
    private DepartmentView administered(UUID id) {
        return departments.find(id).filter(d -> departments.administers(id)).orElseThrow(NotFound::new);
    }

    /** The appointment form as typed. */
    public record OfficerForm(String citizenId, String name, String title, Set<String> roles, String scopeDivision) {
    }
}
