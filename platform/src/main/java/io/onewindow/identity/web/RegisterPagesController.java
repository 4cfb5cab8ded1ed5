package io.onewindow.identity.web;

import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import io.onewindow.identity.Division;
import io.onewindow.identity.Divisions;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public pages of the registers: a department (name, level, area, place in the hierarchy) and the division tree. */
@Controller
class RegisterPagesController {

    private final Departments departments;
    private final Divisions divisions;

    RegisterPagesController(Departments departments, Divisions divisions) {
        this.departments = departments;
        this.divisions = divisions;
    }

    @GetMapping("/departments/{id}")
    String show(@PathVariable UUID id, Model model) {
        DepartmentView department = departments.find(id).orElseThrow(NotFound::new);
        model.addAttribute("department", department);
        model.addAttribute("parent", department.parentId() == null ? null : departments.find(department.parentId()).orElse(null));
        model.addAttribute("units", departments.all().stream().filter(d -> id.equals(d.parentId())).toList());
        return "identity/department";
    }

    @GetMapping("/divisions")
    String provinces(Model model) {
        model.addAttribute("path", List.of());
        model.addAttribute("children", divisions.provinces());
        return "identity/divisions";
    }

    @GetMapping("/divisions/{code}")
    String division(@PathVariable String code, Model model) {
        Division division = divisions.find(code).orElseThrow(NotFound::new);
        model.addAttribute("division", division);
        model.addAttribute("path", divisions.path(code));
        model.addAttribute("children", divisions.children(code));
        return "identity/divisions";
    }
}
