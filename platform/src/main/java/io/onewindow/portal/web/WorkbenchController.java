package io.onewindow.portal.web;

import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The landing page of each role (工作台): the cards the modules contribute for that role. Everyone lands on
 * the workbench of the highest role they hold and can switch to the others from the navigation.
 */
@Controller
class WorkbenchController {

    private final Workbenches workbenches;

    WorkbenchController(Workbenches workbenches) {
        this.workbenches = workbenches;
    }

    /** Sends the user on to their workbench, passing on any notice or receipts meant for the next page. */
    @GetMapping("/workbench")
    String workbench(Model model, RedirectAttributes next) {
        UserAccount user = CurrentUser.require();
        for (String carried : new String[] {"notice", "receipts"}) {
            if (model.containsAttribute(carried)) {
                next.addFlashAttribute(carried, model.getAttribute(carried));
            }
        }
        return "redirect:" + Workbenches.path(user.primaryRole());
    }

    @GetMapping("/{role:citizen|enterprise|officer|dept-admin|data-admin|auditor|admin}")
    String workbenchOf(@PathVariable String role, Locale locale, Model model) {
        Role shown = Workbenches.role(role);
        UserAccount user = CurrentUser.require();
        if (!user.has(shown)) {
            throw new org.springframework.security.access.AccessDeniedException("not a " + shown);
        }
        model.addAttribute("role", shown);
        model.addAttribute("titleKey", "workbench." + role + ".title");
        model.addAttribute("cards", workbenches.cards(shown, user, locale));
        return "portal/workbench";
    }
}
