package io.onewindow.purposes.web;

import io.onewindow.http.PublicPaths;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.web.FormErrors;
import io.onewindow.portal.Label;
import io.onewindow.portal.WorkbenchCard;
import io.onewindow.portal.WorkbenchCards;
import io.onewindow.purposes.NewPurpose;
import io.onewindow.purposes.Purposes;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of purposes, public for transparency; the data bureau adds and retires them on the same page. */
@Controller
class PurposesPage {

    private final Purposes purposes;
    private final Messages messages;

    PurposesPage(Purposes purposes, Messages messages) {
        this.purposes = purposes;
        this.messages = messages;
    }

    @GetMapping("/purposes")
    String list(Model model) {
        return page(model, new NewPurpose("", "", "", ""), FormErrors.none());
    }

    @PostMapping("/purposes")
    @PreAuthorize("hasRole('DATA_ADMIN')")
    String define(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "") String legalBasis,
                  Locale locale, Model model, RedirectAttributes redirect) {
        NewPurpose form = new NewPurpose(code, name, nameEn, legalBasis);
        try {
            purposes.define(form);
            redirect.addFlashAttribute("notice", "purposes.defined");
            return "redirect:/purposes";
        } catch (InvalidInputException e) {
            return page(model, form, FormErrors.of(e, messages, locale));
        }
    }

    @PostMapping("/purposes/{code}/retirement")
    @PreAuthorize("hasRole('DATA_ADMIN')")
    String retire(@PathVariable String code, RedirectAttributes redirect) {
        purposes.retire(code);
        redirect.addFlashAttribute("notice", "purposes.retired");
        return "redirect:/purposes";
    }

    private String page(Model model, NewPurpose form, FormErrors errors) {
        model.addAttribute("purposes", purposes.all());
        model.addAttribute("manage", CurrentUser.get().map(u -> u.has(Role.DATA_ADMIN)).orElse(false));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "purposes/purposes";
    }

    @Bean
    static PublicPaths purposesPublicPaths() {
        return () -> List.of("/purposes");
    }

    @Bean
    static WorkbenchCards purposesWorkbench() {
        return (role, user, locale) -> role != Role.DATA_ADMIN ? List.of()
                : List.of(WorkbenchCard.link(60, Label.of("purposes.title"), Label.of("purposes.card.text"), "/purposes"));
    }
}
