package io.onewindow.licences.web;

import io.onewindow.audit.AuditObjectNames;
import io.onewindow.http.PublicPaths;
import io.onewindow.portal.Label;
import io.onewindow.portal.Navigation;
import io.onewindow.portal.NavigationEntry;
import io.onewindow.portal.WorkbenchCard;
import io.onewindow.portal.WorkbenchCards;
import io.onewindow.licences.LicenceTypes;
import io.onewindow.licences.internal.LicenceAccess;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the licence library brings to the portal: its public documents and verification (no sign-in), 我的证照
 * in the header for people signed in, a wallet card on the citizen's and the enterprise's workbench and a card
 * of issued licences on the officer's.
 */
@Configuration(proxyBeanMethods = false)
class LicencesContributions {

    static final String SHOWN_KIND = "licence:";

    @Bean
    PublicPaths licencesPublicPaths() {
        return () -> List.of("/.well-known/did.json", "/ns/licences/v1", "/licences/status/**", "/verify", "/verify/**",
                "/licences/shared/**", "/api/v1/credentials/verify", "/api/v1/credentials/verify/batch");
    }

    /** A licence shown to a verifier or through a share is recorded as a read of kind {@code licence:<type code>}. */
    @Bean
    AuditObjectNames licencesObjectNames(LicenceTypes types) {
        return (type, locale) -> type.startsWith(SHOWN_KIND)
                ? types.find(type.substring(SHOWN_KIND.length())).map(licence -> licence.name().in(locale))
                : Optional.empty();
    }

    @Bean
    Navigation licencesNavigation() {
        NavigationEntry verify = new NavigationEntry(NavigationEntry.Place.FOOTER, 30, Label.of("licences.nav.verify"), "/verify");
        return user -> user.filter(u -> u.personId() != null)
                .map(u -> List.of(new NavigationEntry(NavigationEntry.Place.HEADER, 30, Label.of("licences.nav"), "/licences"), verify))
                .orElse(List.of(verify));
    }

    @Bean
    WorkbenchCards licencesWorkbench(LicenceAccess access) {
        return (role, user, locale) -> switch (role) {
            case CITIZEN, ENTERPRISE -> List.of(WorkbenchCard.link(15, Label.of("licences.card.wallet"),
                            Label.of("licences.card.wallet.text"), "/licences")
                    .counting(access.walletSize(user), Label.of("licences.card.wallet.caption")));
            case OFFICER, DEPT_ADMIN -> List.of(WorkbenchCard.link(40, Label.of("licences.card.issued"),
                    Label.of("licences.card.issued.text"), "/licences/issued"),
                    WorkbenchCard.link(41, Label.of("licences.card.import"), Label.of("licences.card.import.text"), "/licences/import"));
            default -> List.of();
        };
    }
}
