package io.onewindow.identity.web;

import io.onewindow.identity.Departments;
import io.onewindow.identity.RegisterImports;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The installation's administrator sets up the departments and their officers on day one, by pasting the
 * CSV the organisation department provides; and staffs any department afterwards.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SetupController {

    private final RegisterImports imports;
    private final Departments departments;

    SetupController(RegisterImports imports, Departments departments) {
        this.imports = imports;
        this.departments = departments;
    }

    @GetMapping("/admin/setup")
    String setup(Model model) {
        return page(model, "", "", null, null);
    }

    @PostMapping("/admin/setup/departments")
    String importDepartments(@RequestParam(defaultValue = "") String csv, Model model) {
        return page(model, csv, "", imports.departments(csv), null);
    }

    @PostMapping("/admin/setup/officers")
    String importOfficers(@RequestParam(defaultValue = "") String csv, Model model) {
        return page(model, "", csv, null, imports.officers(csv));
    }

    private String page(Model model, String departmentsCsv, String officersCsv, RegisterImports.Result departmentsResult,
                        RegisterImports.Result officersResult) {
        model.addAttribute("departmentsCsv", departmentsResult != null && departmentsResult.succeeded() ? "" : departmentsCsv);
        model.addAttribute("officersCsv", officersResult != null && officersResult.succeeded() ? "" : officersCsv);
        model.addAttribute("departmentsResult", departmentsResult);
        model.addAttribute("officersResult", officersResult);
        model.addAttribute("departments", departments.all());
        return "identity/setup";
    }
}
