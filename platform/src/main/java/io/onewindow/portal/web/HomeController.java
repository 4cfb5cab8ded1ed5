package io.onewindow.portal.web;

import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.portal.SearchSource.SearchHit;
import io.onewindow.portal.SearchSource;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    /** The ways in a visitor is offered: every role's for someone not signed in, their own for someone who is. */
    static final List<Role> ENTRIES = List.of(Role.CITIZEN, Role.ENTERPRISE, Role.OFFICER, Role.DEPT_ADMIN, Role.DATA_ADMIN, Role.AUDITOR,
            Role.ADMIN);

    @GetMapping("/")
    String home(Model model) {
        Optional<UserAccount> user = CurrentUser.get();
        model.addAttribute("entries", ENTRIES.stream().filter(role -> user.map(u -> u.has(role)).orElse(role != Role.DEPT_ADMIN))
                .map(Entry::of).toList());
        return "portal/home";
    }

    /** A way in: the role's workbench and the bundle key of its name ({@code .text} after it: what is done there). */
    public record Entry(String path, String key) {

        static Entry of(Role role) {
            String slug = Workbenches.path(role).substring(1);
            return new Entry("/" + slug, "home.entry." + slug);
        }
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
