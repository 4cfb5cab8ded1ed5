package io.onewindow.identity.web;

import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public page of a department: its name, level, area and place in the hierarchy. */
@Controller
class RegisterPagesController {

    private final Departments departments;

    RegisterPagesController(Departments departments) {
        this.departments = departments;
    }

    @GetMapping("/departments/{id}")
    String show(@PathVariable UUID id, Model model) {
        DepartmentView department = departments.find(id).orElseThrow(NotFound::new);
        model.addAttribute("department", department);
        model.addAttribute("parent", department.parentId() == null ? null : departments.find(department.parentId()).orElse(null));
        model.addAttribute("units", departments.all().stream().filter(d -> id.equals(d.parentId())).toList());
        return "identity/department";
    }
}
