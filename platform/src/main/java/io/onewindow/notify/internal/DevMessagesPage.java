package io.onewindow.notify.internal;

import io.onewindow.http.PublicPaths;
import io.onewindow.runtime.ConditionalOnMode;
import io.onewindow.runtime.Mode;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Dev mode only: the text messages the platform would have sent, so that one-time codes can be read. */
@Controller
@ConditionalOnMode(Mode.DEV)
class DevMessagesPage {

    private final DevTextMessages messages;

    DevMessagesPage(DevTextMessages messages) {
        this.messages = messages;
    }

    @GetMapping("/dev/messages")
    String messages(Model model) {
        model.addAttribute("messages", messages.sent());
        return "notify/dev-messages";
    }

    @Bean
    static PublicPaths devMessagesPublicPaths() {
        return () -> List.of("/dev/messages");
    }
}
