package io.onewindow.exchange.web;

import io.onewindow.audit.AuditObjectNames;
import io.onewindow.exchange.internal.ResourceStore;
import io.onewindow.exchange.internal.SharingStore;
import io.onewindow.http.PublicPaths;
import io.onewindow.portal.Label;
import io.onewindow.portal.Navigation;
import io.onewindow.portal.NavigationEntry;
import io.onewindow.portal.SearchSource;
import io.onewindow.portal.WorkbenchCard;
import io.onewindow.portal.WorkbenchCards;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the exchange brings to the portal: its public catalogue pages, 数据共享 in the main menu, resources
 * among the search's hits, the requests a department must answer on its officers' workbenches and the
 * escalated ones on the data bureau's.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeContributions {

    static final String READ_KIND = "exchange.";

    @Bean
    PublicPaths exchangePublicPaths() {
        return () -> List.of("/exchange", "/exchange/resources/*");
    }

    @Bean
    Navigation exchangeNavigation() {
        return user -> List.of(new NavigationEntry(NavigationEntry.Place.HEADER, 40, Label.of("exchange.nav"), "/exchange"));
    }

    /** A read of a resource's records is recorded as of kind {@code exchange.<resource code in lower case>}. */
    @Bean
    AuditObjectNames exchangeObjectNames(ResourceStore resources) {
        return (type, locale) -> type.startsWith(READ_KIND)
                ? resources.find(type.substring(READ_KIND.length()).toUpperCase(Locale.ROOT)).map(resource -> resource.name(locale))
                : Optional.empty();
    }

    @Bean
    SearchSource exchangeSearch(ResourceStore resources, MessageSource bundles) {
        return new SearchSource() {
            @Override
            public List<SearchHit> search(String text, Locale locale, int limit) {
                return resources.search(text, null, null, null).stream().limit(limit)
                        .map(r -> new SearchHit("exchange.search.kind", r.name(locale), r.providerName(locale) + " · "
                                + bundles.getMessage("exchange.sharing." + r.sharing().name().toLowerCase(Locale.ROOT), null, locale),
                                "/exchange/resources/" + r.code()))
                        .toList();
            }

            @Override
            public int order() {
                return 40;
            }
        };
    }

    @Bean
    WorkbenchCards exchangeWorkbench(SharingStore store) {
        return (role, user, locale) -> switch (role) {
            case OFFICER, DEPT_ADMIN -> user.departmentIds().isEmpty() ? List.of() : List.of(
                    WorkbenchCard.link(40, Label.of("exchange.card.inbox"), Label.of("exchange.card.inbox.text"), "/exchange/requests")
                            .counting(store.openRequestsTo(user.departmentIds().get(0)), Label.of("exchange.card.inbox.caption")));
            case DATA_ADMIN -> List.of(
                    WorkbenchCard.link(40, Label.of("exchange.card.escalated"), Label.of("exchange.card.escalated.text"), "/exchange/requests")
                            .counting(store.escalated().size(), Label.of("exchange.card.escalated.caption")));
            case CITIZEN -> List.of(WorkbenchCard.link(40, Label.of("exchange.card.my-data"), Label.of("exchange.card.my-data.text"),
                    "/me/shared-data"));
            default -> List.of();
        };
    }
}
