package io.onewindow.divisions.web;

import io.onewindow.divisions.Division;
import io.onewindow.divisions.Divisions;
import io.onewindow.http.PublicPaths;
import io.onewindow.portal.SearchSource;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public pages of the division tree, from the provinces down to a village, and what the portal's search finds of it. */
@Controller
class DivisionPages {

    private final Divisions divisions;

    DivisionPages(Divisions divisions) {
        this.divisions = divisions;
    }

    @GetMapping("/divisions")
    String provinces(Model model) {
        model.addAttribute("path", List.of());
        model.addAttribute("children", divisions.provinces());
        return "divisions/divisions";
    }

    @GetMapping("/divisions/{code}")
    String division(@PathVariable String code, Model model) {
        Division division = divisions.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("division", division);
        model.addAttribute("path", divisions.path(code));
        model.addAttribute("children", divisions.children(code));
        return "divisions/divisions";
    }

    @Bean
    static PublicPaths divisionPublicPaths() {
        return () -> List.of("/divisions", "/divisions/*", "/api/v1/divisions", "/api/v1/divisions/**");
    }

    @Bean
    static SearchSource divisionSearch(Divisions divisions) {
        return (String text, Locale locale, int limit) -> divisions.search(text, limit).stream()
                .map(d -> new SearchSource.SearchHit("search.kind.division", d.name(), divisions.pathName(d.code()),
                        "/divisions/" + d.code()))
                .toList();
    }
}
