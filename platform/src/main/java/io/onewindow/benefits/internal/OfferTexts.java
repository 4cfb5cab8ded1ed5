package io.onewindow.benefits.internal;

import io.onewindow.benefits.Audience;
import io.onewindow.benefits.OfferMade;
import io.onewindow.identity.People;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.notify.TextMessages;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Tells a person by text message that a benefit was found for them (政策找人), after the offer is committed,
 * when a gateway is configured and the person has a mobile number on file. The text names the policy and
 * the page, never an amount's account or an ID number. It writes nothing, so it runs without a transaction of
 * its own (one would only add a commit's round trip to every offer told).
 */
@Component
class OfferTexts {

    private final TextMessages texts;
    private final People people;
    private final PolicyStore policies;
    private final Messages messages;

    OfferTexts(TextMessages texts, People people, PolicyStore policies, Messages messages) {
        this.texts = texts;
        this.people = people;
        this.policies = policies;
        this.messages = messages;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OfferMade offer) {
        if (offer.audience() != Audience.PERSON || !texts.available()) {
            return;
        }
        people.find(offer.subjectId()).filter(p -> p.phone() != null && !p.phone().isBlank()).ifPresent(person -> {
            String key = offer.confirmed() ? "benefits.text.paid" : "benefits.text.offered";
            texts.send(person.phone(), messages.render(key, Map.of("policy", policies.require(offer.policyCode()).name(),
                    "amount", BigDecimal.valueOf(offer.amountFen(), 2).toPlainString()), Locale.SIMPLIFIED_CHINESE));
        });
    }
}
