package io.onewindow.noticeboard.internal;

import io.onewindow.noticeboard.Notices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public list of notices. */
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
}
