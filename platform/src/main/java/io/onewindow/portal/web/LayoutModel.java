package io.onewindow.portal.web;

import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.portal.Navigation;
import io.onewindow.portal.NavigationEntry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the layout needs on every page: who is signed in ({@code user}), the navigation the modules
 * contribute ({@code headerLinks}, {@code footerLinks}), the text size ({@code elder}), the link to this
 * page in the other language and the current path (to come back to after a switch).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    static final String ELDER_COOKIE = "ow-elder";

    private final PortalSettings settings;
    private final List<Navigation> navigation;
    private final Labels labels;

    LayoutModel(PortalSettings settings, List<Navigation> navigation, Labels labels) {
        this.settings = settings;
        this.navigation = navigation;
        this.labels = labels;
    }

    @ModelAttribute
    void layout(HttpServletRequest request, Locale locale, Model model) {
        if (!answersWithBody(request)) {
            model.addAllAttributes(attributes(request, locale));
        }
    }

    // A @RestController is a @Controller too, so this advice runs before every API call; a JSON answer has no layout.
    private static boolean answersWithBody(HttpServletRequest request) {
        return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && (handler.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class));
    }

    /** The same attributes for pages built outside a handler, such as exception pages. */
    Map<String, Object> attributes(HttpServletRequest request, Locale locale) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("cityName", settings.cityName(locale));
        Optional<UserAccount> user = CurrentUser.get();
        user.ifPresent(u -> attributes.put("user", u));
        List<NavigationEntry> entries = navigation.stream().flatMap(n -> n.entries(user).stream())
                .sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
        attributes.put("headerLinks", links(entries, NavigationEntry.Place.HEADER, locale));
        attributes.put("footerLinks", links(entries, NavigationEntry.Place.FOOTER, locale));
        attributes.put("elder", request.getCookies() != null && Arrays.stream(request.getCookies())
                .anyMatch(c -> ELDER_COOKIE.equals(c.getName()) && "1".equals(c.getValue())));
        String other = "en".equals(locale.getLanguage()) ? "zh-CN" : "en";
        attributes.put("switchLanguageUrl",
                ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", other).build().toUriString());
        String query = request.getQueryString();
        attributes.put("currentPath",
                request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query));
        return attributes;
    }

    private List<Link> links(List<NavigationEntry> entries, NavigationEntry.Place place, Locale locale) {
        return entries.stream().filter(e -> e.place() == place)
                .map(e -> new Link(labels.render(e.label(), locale), e.href())).toList();
    }

    /** A navigation link as the layout shows it. */
    record Link(String label, String href) {
    }
}
