package io.onewindow.audit.web;

import io.onewindow.audit.internal.AuditSettings;
import io.onewindow.audit.internal.CheckpointSigners;
import io.onewindow.audit.internal.LogStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The log explained to the public: what it is, its current checkpoint and key, how to check it. */
@Controller
class LogPageController {

    private final LogStore log;
    private final CheckpointSigners signers;
    private final AuditSettings settings;

    LogPageController(LogStore log, CheckpointSigners signers, AuditSettings settings) {
        this.log = log;
        this.signers = signers;
        this.settings = settings;
    }

    @GetMapping("/log")
    String log(Model model) {
        model.addAttribute("origin", settings.origin());
        model.addAttribute("checkpoint", log.latestCheckpoint().orElse(null));
        model.addAttribute("vkey", signers.verifierKey());
        model.addAttribute("vkeySm2", signers.sm2VerifierKey().orElse(null));
        return "audit/log";
    }
}
