package io.onewindow.portal.web;

import io.onewindow.kernel.access.Role;
import io.onewindow.portal.Label;
import io.onewindow.portal.Navigation;
import io.onewindow.portal.NavigationEntry;
import io.onewindow.portal.WorkbenchCard;
import io.onewindow.portal.WorkbenchCards;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The portal's own links: search and the API documentation in the footer; health and the API on the administrator's workbench. */
@Configuration(proxyBeanMethods = false)
class PortalContributions {

    @Bean
    Navigation portalNavigation() {
        return user -> List.of(
                new NavigationEntry(NavigationEntry.Place.FOOTER, 10, Label.of("layout.footer.search"), "/search"),
                new NavigationEntry(NavigationEntry.Place.FOOTER, 20, Label.of("layout.footer.api"), "/swagger-ui.html"));
    }

    @Bean
    WorkbenchCards portalWorkbench() {
        return (role, user, locale) -> role != Role.ADMIN ? List.of() : List.of(
                WorkbenchCard.link(80, Label.of("workbench.admin.health"), Label.of("workbench.admin.health.text"), "/actuator/health"),
                WorkbenchCard.link(90, Label.of("layout.footer.api"), Label.of("workbench.admin.api.text"), "/swagger-ui.html"));
    }
}
