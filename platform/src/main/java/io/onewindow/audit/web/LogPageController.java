package io.onewindow.audit.web;

import io.onewindow.audit.internal.AuditSettings;
import io.onewindow.audit.internal.CheckpointSigners;
import io.onewindow.audit.internal.LogStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The log explained to the public: what it is, its current checkpoint and key, how to check it with the verifier. */
@Controller
class LogPageController {

    private final LogStore log;
    private final CheckpointSigners signers;
    private final AuditSettings settings;
    private final VerifierDownload verifier;

    LogPageController(LogStore log, CheckpointSigners signers, AuditSettings settings, VerifierDownload verifier) {
        this.log = log;
        this.signers = signers;
        this.settings = settings;
        this.verifier = verifier;
    }

    @GetMapping("/log")
    String log(Model model) {
        model.addAttribute("origin", settings.origin());
        model.addAttribute("checkpoint", log.latestCheckpoint().orElse(null));
        model.addAttribute("vkey", signers.verifierKey());
        model.addAttribute("vkeySm2", signers.sm2VerifierKey().orElse(null));
        model.addAttribute("verifier", verifier.shipped().orElse(null));
        return "audit/log";
    }
}
