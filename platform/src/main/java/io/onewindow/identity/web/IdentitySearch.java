package io.onewindow.identity.web;

import io.onewindow.divisions.Divisions;
import io.onewindow.identity.Departments;
import io.onewindow.portal.SearchSource;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Finds departments by name (in either language), for the portal's search box. */
@Component
class IdentitySearch implements SearchSource {

    private final Departments departments;
    private final Divisions divisions;

    IdentitySearch(Departments departments, Divisions divisions) {
        this.departments = departments;
        this.divisions = divisions;
    }

    @Override
    public List<SearchHit> search(String text, Locale locale, int limit) {
        String lower = text.toLowerCase(Locale.ROOT);
        return departments.all().stream()
                .filter(d -> d.name().contains(text) || d.nameEn().toLowerCase(Locale.ROOT).contains(lower))
                .limit(limit)
                .map(d -> new SearchHit("search.kind.department", d.name(locale), divisions.pathName(d.divisionCode()),
                        "/departments/" + d.id()))
                .toList();
    }
}
