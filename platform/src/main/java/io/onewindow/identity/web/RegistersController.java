package io.onewindow.identity.web;

import io.onewindow.divisions.DivisionLevel;
import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import io.onewindow.identity.EnterpriseSize;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.Gb4754Section;
import io.onewindow.identity.NewDepartment;
import io.onewindow.identity.NewEnterprise;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.web.FormErrors;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The big-data bureau's registers of departments and enterprises (数据管理). */
@Controller
@PreAuthorize("hasRole('DATA_ADMIN')")
class RegistersController {

    private final Departments departments;
    private final Enterprises enterprises;
    private final Messages messages;
    private final MessageSource bundles;

    RegistersController(Departments departments, Enterprises enterprises, Messages messages, MessageSource bundles) {
        this.departments = departments;
        this.enterprises = enterprises;
        this.messages = messages;
        this.bundles = bundles;
    }

    @GetMapping("/registers/departments")
    String departments(Model model, Locale locale) {
        return departmentsPage(new NewDepartment("", "", "", "", "", "", "", ""), FormErrors.none(), model, locale);
    }

    @PostMapping("/registers/departments")
    String establish(NewDepartment form, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            departments.establish(form);
            redirect.addFlashAttribute("notice", "departments.established");
            return "redirect:/registers/departments";
        } catch (InvalidInputException e) {
            return departmentsPage(form, FormErrors.of(e, messages, locale), model, locale);
        }
    }

    @GetMapping("/registers/enterprises")
    String enterprises(Model model, Locale locale) {
        return enterprisesPage(new NewEnterprise("", "", "", "", "", "", ""), FormErrors.none(), model, locale);
    }

    @PostMapping("/registers/enterprises")
    String register(NewEnterprise form, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            var registered = enterprises.register(form);
            redirect.addFlashAttribute("notice", "enterprises.registered");
            redirect.addFlashAttribute("registered", registered.name());
            return "redirect:/registers/enterprises";
        } catch (InvalidInputException e) {
            return enterprisesPage(form, FormErrors.of(e, messages, locale), model, locale);
        }
    }

    private String departmentsPage(NewDepartment form, FormErrors errors, Model model, Locale locale) {
        List<DepartmentView> all = departments.all();
        model.addAttribute("departments", all);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("levels", options(Arrays.asList(DivisionLevel.values()), DivisionLevel::name, DivisionLevel::messageKey, locale));
        model.addAttribute("parents", all.stream().map(d -> Map.entry(d.code(), d.name(locale))).toList());
        return "identity/departments";
    }

    private String enterprisesPage(NewEnterprise form, FormErrors errors, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("industries", options(Arrays.asList(Gb4754Section.values()), Gb4754Section::name, Gb4754Section::messageKey, locale));
        model.addAttribute("sizes", options(Arrays.asList(EnterpriseSize.values()), EnterpriseSize::name, EnterpriseSize::messageKey, locale));
        model.addAttribute("count", enterprises.count());
        return "identity/enterprises";
    }

    private <T> List<Map.Entry<String, String>> options(List<T> values, Function<T, String> key, Function<T, String> label, Locale locale) {
        return values.stream().map(v -> Map.entry(key.apply(v), bundles.getMessage(label.apply(v), null, locale))).toList();
    }
}
