package io.onewindow.licences.web;

import io.onewindow.kernel.code.InvalidCodeException;
import io.onewindow.kernel.code.LicenceIdentifier;
import io.onewindow.licences.LicenceView;
import io.onewindow.kernel.i18n.Messages;
import java.util.Locale;
import io.onewindow.licences.internal.LicenceLibrary;
import io.onewindow.licences.internal.Shares;
import io.onewindow.licences.internal.VerifiedLicence;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * Public verification (扫码核验): the page a licence's QR code opens, for anyone, no sign-in. It verifies the
 * licence's credential there and then and says valid, revoked, suspended, expired or unknown, with the issuer;
 * with the code from the QR code it also shows the fields printed on the licence (citizen IDs masked). And the
 * page of a link a holder shared, every view of which the holder sees.
 */
@Controller
class VerificationPages {

    private final LicenceLibrary licences;
    private final VerifiedLicence verified;
    private final Shares shares;
    private final Messages messages;

    VerificationPages(LicenceLibrary licences, VerifiedLicence verified, Shares shares, Messages messages) {
        this.licences = licences;
        this.verified = verified;
        this.shares = shares;
        this.messages = messages;
    }

    @GetMapping("/verify")
    String form(@RequestParam(required = false) String identifier, Model model) {
        if (identifier != null && !identifier.isBlank()) {
            return "redirect:/verify/" + UriUtils.encodePathSegment(identifier.strip(), StandardCharsets.UTF_8);
        }
        return "licences/verify-form";
    }

    @GetMapping("/verify/{identifier}")
    String verify(@PathVariable String identifier, @RequestParam(required = false) String code, Model model, Locale locale) {
        model.addAttribute("identifier", identifier);
        try {
            LicenceIdentifier.parse(identifier);
        } catch (InvalidCodeException e) {
            model.addAttribute("outcome", VerifiedLicence.Outcome.UNKNOWN);
            model.addAttribute("malformed", messages.render(e.code(), e.arguments(), locale));
            return "licences/verify";
        }
        Optional<LicenceView> licence = licences.findByIdentifier(identifier);
        if (licence.isEmpty()) {
            model.addAttribute("outcome", VerifiedLicence.Outcome.UNKNOWN);
            return "licences/verify";
        }
        VerifiedLicence.Result result = verified.check(licence.get());
        model.addAttribute("licence", licence.get());
        model.addAttribute("outcome", result.outcome());
        model.addAttribute("verification", result.verification());
        model.addAttribute("showFields", code != null && sameCode(code, licences.verifyCode(licence.get().id())));
        return "licences/verify";
    }

    @GetMapping("/licences/shared/{token}")
    @Transactional
    public String shared(@PathVariable String token, Model model) {
        LicenceView licence = shares.open(token);
        VerifiedLicence.Result result = verified.check(licence);
        model.addAttribute("identifier", licence.identifier());
        model.addAttribute("licence", licence);
        model.addAttribute("outcome", result.outcome());
        model.addAttribute("verification", result.verification());
        model.addAttribute("showFields", true);
        model.addAttribute("shareToken", token);
        return "licences/verify";
    }

    private static boolean sameCode(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
