package io.onewindow.identity.web;

import io.onewindow.identity.PersonalCodes.PersonalCode;
import io.onewindow.kernel.i18n.Messages;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The page that shows a personal code: the QR code (a link to the counter page carrying the signed token,
 * so any phone camera opens it for a signed-in officer) and the eight digits to read out.
 */
@Component
class PersonalCodePage {

    private final Messages messages;
    private final Clock clock;

    PersonalCodePage(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    String show(PersonalCode code, String holder, String titleKey, Model model, Locale locale) {
        String link = ServletUriComponentsBuilder.fromCurrentContextPath().path("/counter/identify")
                .queryParam("token", code.token()).build().toUriString();
        model.addAttribute("code", code);
        model.addAttribute("holder", holder);
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("qr", QrCode.svg(link, messages.render("code.qr-label", Map.of("name", holder), locale)));
        model.addAttribute("minutes", Math.max(1, Duration.between(clock.instant(), code.expiresAt()).toMinutes()));
        return "identity/code";
    }
}
