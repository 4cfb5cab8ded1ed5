package io.onewindow.licences.web;

import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.licences.HolderKind;
import io.onewindow.licences.LicenceStatus;
import io.onewindow.licences.LicenceView;
import io.onewindow.licences.LicencesError;
import io.onewindow.licences.internal.LicenceAccess;
import io.onewindow.licences.internal.LicenceLibrary;
import io.onewindow.licences.internal.LicencePdf;
import io.onewindow.licences.internal.Shares;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The wallet (我的证照): the holder's licences and each one's page, with its credential and PDF to download and
 * the links they shared; for an officer of the issuing department, the same page with revoke, suspend and
 * reinstate, and the list of licences their departments issued.
 */
@Controller
class WalletPages {

    private final LicenceLibrary licences;
    private final LicenceAccess access;
    private final Shares shares;
    private final LicencePdf pdf;
    private final AuditedActions actions;
    private final Clock clock;

    WalletPages(LicenceLibrary licences, LicenceAccess access, Shares shares, LicencePdf pdf, AuditedActions actions, Clock clock) {
        this.licences = licences;
        this.access = access;
        this.shares = shares;
        this.pdf = pdf;
        this.actions = actions;
        this.clock = clock;
    }

    @GetMapping("/licences")
    String wallet(Model model) {
        UserAccount user = CurrentUser.require();
        model.addAttribute("holdings", access.wallet(user));
        model.addAttribute("now", clock.instant());
        return "licences/wallet";
    }

    @GetMapping("/licences/issued")
    @PreAuthorize("hasRole('OFFICER')")
    String issued(Model model) {
        UserAccount user = CurrentUser.require();
        model.addAttribute("issued", licences.issuedBy(user.departmentIds(), 200));
        model.addAttribute("now", clock.instant());
        return "licences/issued";
    }

    @GetMapping("/licences/{id}")
    @Transactional
    public String licence(@PathVariable UUID id, Model model) {
        UserAccount user = CurrentUser.require();
        LicenceView licence = readable(user, id);
        model.addAttribute("licence", licence);
        model.addAttribute("holder", access.holds(user, licence));
        model.addAttribute("issuer", access.issues(user, licence));
        model.addAttribute("shares", access.holds(user, licence) ? shares.of(id) : java.util.List.of());
        model.addAttribute("now", clock.instant());
        model.addAttribute("verificationUrl", pdf.verificationUrl(licence, licences.verifyCode(id)));
        return "licences/licence";
    }

    @GetMapping("/licences/{id}/credential.json")
    @Transactional
    public ResponseEntity<String> credential(@PathVariable UUID id) {
        LicenceView licence = readable(CurrentUser.require(), id);
        return ResponseEntity.ok().contentType(PublicDocuments.VC)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(licence, "json"))
                .body(licences.credential(id));
    }

    @GetMapping("/licences/{id}/licence.pdf")
    @Transactional
    public ResponseEntity<byte[]> licencePdf(@PathVariable UUID id) {
        LicenceView licence = readable(CurrentUser.require(), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(licence, "pdf"))
                .body(pdf.render(licence, licences.verifyCode(id)));
    }

    @PostMapping("/licences/{id}/shares")
    String share(@PathVariable UUID id, @RequestParam(defaultValue = "24") int hours, RedirectAttributes redirect) {
        UserAccount user = CurrentUser.require();
        LicenceView licence = held(user, id);
        Shares.Share share = shares.create(licence, user.personId(), Duration.ofHours(hours));
        redirect.addFlashAttribute("shared", share.token());
        return "redirect:/licences/" + id + "#shares";
    }

    @PostMapping("/licences/{id}/shares/{token}/withdraw")
    String withdraw(@PathVariable UUID id, @PathVariable String token) {
        UserAccount user = CurrentUser.require();
        shares.withdraw(token, held(user, id), user.personId());
        return "redirect:/licences/" + id + "#shares";
    }

    @PostMapping("/licences/{id}/status")
    @PreAuthorize("hasRole('OFFICER')")
    String changeStatus(@PathVariable UUID id, @RequestParam LicenceStatus to, @RequestParam(defaultValue = "") String reason,
                        Model model, RedirectAttributes redirect) {
        UserAccount user = CurrentUser.require();
        LicenceView licence = licences.find(id).orElseThrow(() -> notFound(id));
        if (!access.issues(user, licence)) {
            throw new DomainException(LicencesError.NOT_THE_ISSUER);
        }
        try {
            licences.changeStatus(id, to, reason);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("statusError", true);
            return "redirect:/licences/" + id + "#status";
        }
        redirect.addFlashAttribute("changed", to.name());
        return "redirect:/licences/" + id;
    }

    private LicenceView readable(UserAccount user, UUID id) {
        LicenceView licence = licences.find(id).orElseThrow(() -> notFound(id));
        if (access.holds(user, licence)) {
            return licence;
        }
        if (!access.issues(user, licence)) {
            throw new DomainException(LicencesError.NOT_THE_HOLDER);
        }
        if (licence.holderKind() == HolderKind.PERSON) {
            actions.accessed(licence.holderId(), "licence:" + licence.type().code(), "licence-verification");
        }
        return licence;
    }

    private LicenceView held(UserAccount user, UUID id) {
        LicenceView licence = licences.find(id).orElseThrow(() -> notFound(id));
        if (!access.holds(user, licence)) {
            throw new DomainException(LicencesError.NOT_THE_HOLDER);
        }
        return licence;
    }

    private static String attachment(LicenceView licence, String extension) {
        return ContentDisposition.attachment().filename(licence.type().code().toLowerCase() + "-" + licence.identifier() + "." + extension,
                java.nio.charset.StandardCharsets.UTF_8).build().toString();
    }

    private static DomainException notFound(UUID id) {
        return new DomainException(LicencesError.LICENCE_NOT_FOUND, Map.of("id", id));
    }
}
