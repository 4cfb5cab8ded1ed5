package io.onewindow.benefits.web;

import io.onewindow.benefits.internal.Offers;
import io.onewindow.http.PublicPaths;
import io.onewindow.portal.Label;
import io.onewindow.portal.Navigation;
import io.onewindow.portal.NavigationEntry;
import io.onewindow.portal.WorkbenchCard;
import io.onewindow.portal.WorkbenchCards;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What benefits brings to the portal: the public list of policies in the main menu, "my benefits" for people,
 * and cards for the departments' administrators (run policies, pay).
 */
@Configuration(proxyBeanMethods = false)
class BenefitsContributions {

    @Bean
    PublicPaths benefitsPublicPaths() {
        return () -> List.of("/benefits", "/benefits/policies/*", "/api/v1/policies", "/api/v1/policies/*", "/api/v1/rules/check");
    }

    @Bean
    Navigation benefitsNavigation() {
        return user -> {
            List<NavigationEntry> entries = new ArrayList<>();
            entries.add(new NavigationEntry(NavigationEntry.Place.HEADER, 30, Label.of("benefits.nav"), "/benefits"));
            if (user.isPresent() && user.get().personId() != null) {
                entries.add(new NavigationEntry(NavigationEntry.Place.HEADER, 31, Label.of("benefits.nav.offers"), "/benefits/offers"));
            }
            return entries;
        };
    }

    @Bean
    WorkbenchCards benefitsWorkbench(Offers offers) {
        return (role, user, locale) -> switch (role) {
            case CITIZEN, ENTERPRISE -> user.personId() == null ? List.of() : List.of(
                    WorkbenchCard.link(30, Label.of("benefits.card.offers"), Label.of("benefits.card.offers.text"), "/benefits/offers")
                            .counting(offers.openFor(user.personId()), Label.of("benefits.card.offers.caption")));
            case DEPT_ADMIN, ADMIN -> List.of(
                    WorkbenchCard.link(30, Label.of("benefits.card.policies"), Label.of("benefits.card.policies.text"), "/benefits"),
                    WorkbenchCard.link(31, Label.of("benefits.card.payments"), Label.of("benefits.card.payments.text"), "/benefits/payments"));
            default -> List.of();
        };
    }
}
