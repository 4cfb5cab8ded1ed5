package io.onewindow.portal.web;

import io.onewindow.portal.SearchSource.SearchHit;
import io.onewindow.portal.SearchSource;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page and the search every module contributes to. */
@Controller
class HomeController {

    static final int MAX_QUERY_LENGTH = 100;
    private static final int HITS_PER_SOURCE = 20;

    private final List<SearchSource> sources;

    HomeController(List<SearchSource> sources) {
        this.sources = sources.stream().sorted(java.util.Comparator.comparingInt(SearchSource::order)).toList();
    }

    @GetMapping("/")
    String home() {
        return "portal/home";
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", defaultValue = "") String query, Locale locale, Model model) {
        String text = query.strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            text = text.substring(0, MAX_QUERY_LENGTH);
        }
        String needle = text;
        List<SearchHit> hits = needle.isEmpty() ? List.of()
                : sources.stream().flatMap(s -> s.search(needle, locale, HITS_PER_SOURCE).stream()).toList();
        model.addAttribute("q", text);
        model.addAttribute("hits", hits);
        return "portal/search";
    }
}
