package io.onewindow.catalogue.web;

import io.onewindow.catalogue.EntryKind;
import io.onewindow.catalogue.EntryState;
import io.onewindow.catalogue.ServiceCatalogue;
import io.onewindow.catalogue.ServiceQuery;
import io.onewindow.catalogue.internal.CatalogueAccess;
import io.onewindow.catalogue.internal.CatalogueOverview;
import io.onewindow.catalogue.internal.EditorScope;
import io.onewindow.http.PublicPaths;
import io.onewindow.portal.Label;
import io.onewindow.portal.Navigation;
import io.onewindow.portal.NavigationEntry;
import io.onewindow.portal.SearchSource;
import io.onewindow.portal.WorkbenchCard;
import io.onewindow.portal.WorkbenchCards;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the catalogue brings to the portal: its public pages and API, 办事服务 in the main menu, its entries
 * first among the search's hits, and cards for the editors (a department's administrator, the data bureau).
 */
@Configuration(proxyBeanMethods = false)
class CatalogueContributions {

    @Bean
    PublicPaths cataloguePublicPaths() {
        return () -> List.of("/services", "/services/**", "/api/v1/services", "/api/v1/services/**");
    }

    @Bean
    Navigation catalogueNavigation() {
        return user -> List.of(new NavigationEntry(NavigationEntry.Place.HEADER, 10, Label.of("catalogue.nav"), "/services"));
    }

    @Bean
    SearchSource catalogueSearch(ServiceCatalogue catalogue, MessageSource bundles) {
        return new SearchSource() {
            @Override
            public List<SearchHit> search(String text, Locale locale, int limit) {
                return catalogue.search(new ServiceQuery(text, null, null, null, null, null, null, 0, limit)).items().stream()
                        .map(s -> new SearchHit(s.kind() == EntryKind.BUNDLE ? "catalogue.search.kind.bundle" : "catalogue.search.kind.item",
                                s.name().in(locale), s.departmentName().in(locale) + " · "
                                + bundles.getMessage("catalogue.promised-days", new Object[] {s.promisedDays()}, locale),
                                "/services/" + s.code()))
                        .toList();
            }

            @Override
            public int order() {
                return 10;
            }
        };
    }

    @Bean
    WorkbenchCards catalogueWorkbench(CatalogueOverview overview, CatalogueAccess access) {
        return (role, user, locale) -> switch (role) {
            case DEPT_ADMIN -> {
                EditorScope scope = access.scopeOf(user);
                yield scope.isEmpty() ? List.of() : List.of(
                        WorkbenchCard.link(20, Label.of("catalogue.card.drafts"), Label.of("catalogue.card.drafts.text"), "/catalogue/admin")
                                .counting(overview.drafts(scope), Label.of("catalogue.card.drafts.caption")),
                        WorkbenchCard.link(21, Label.of("catalogue.card.items"), Label.of("catalogue.card.items.text"), "/catalogue/admin")
                                .counting(overview.count(EntryKind.ITEM, EntryState.PUBLISHED, scope), Label.of("catalogue.card.items.caption")));
            }
            case DATA_ADMIN -> List.of(
                    WorkbenchCard.link(50, Label.of("catalogue.card.overview"), Label.of("catalogue.card.overview.text",
                                    Map.of("bundles", overview.count(EntryKind.BUNDLE, EntryState.PUBLISHED, EditorScope.EVERY_DEPARTMENT),
                                            "drafts", overview.drafts(EditorScope.EVERY_DEPARTMENT))), "/catalogue/admin")
                            .counting(overview.count(EntryKind.ITEM, EntryState.PUBLISHED, EditorScope.EVERY_DEPARTMENT),
                                    Label.of("catalogue.card.items.caption")));
            default -> List.of();
        };
    }
}
