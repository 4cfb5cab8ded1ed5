package io.onewindow.noticeboard.internal;

import io.onewindow.noticeboard.Notices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public list of notices, and posting one for the data bureau. The form's bad input is left to the platform,
 * which answers it with its messages: a module need not catch what its service refuses.
 */
@Controller
class NoticeBoardPage {

    private final Notices notices;

    NoticeBoardPage(Notices notices) {
        this.notices = notices;
    }

    @GetMapping("/notices")
    String notices(Model model) {
        model.addAttribute("notices", notices.latest(50));
        return "noticeboard/notices";
    }

    @PostMapping("/notices")
    @PreAuthorize("hasRole('DATA_ADMIN')")
    String post(@RequestParam(defaultValue = "") String title) {
        notices.post("qd-dsj", title);
        return "redirect:/notices";
    }
}
