package io.onewindow.portal.web;

import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.portal.Navigation;
import io.onewindow.portal.NavigationEntry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.UrlBasedViewResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout needs on every page: who is signed in ({@code user}), the navigation the modules
 * contribute ({@code headerLinks}, {@code footerLinks}), the text size ({@code elder}), the link to this
 * page in the other language and the current path (to come back to after a switch). Added once a handler has
 * chosen its page (what the handler put in the model wins), and not to a redirect or a JSON answer, which
 * have no layout: as a model attribute of a controller advice it was computed before every API call too.
 */
@Component
class LayoutModel implements WebMvcConfigurer {

    static final String ELDER_COOKIE = "ow-elder";

    private final PortalSettings settings;
    private final List<Navigation> navigation;
    private final Labels labels;

    LayoutModel(PortalSettings settings, List<Navigation> navigation, Labels labels) {
        this.settings = settings;
        this.navigation = navigation;
        this.labels = labels;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
                if (page != null && !redirects(page)) {
                    page.getModelMap().mergeAttributes(attributes(request, RequestContextUtils.getLocale(request)));
                }
            }
        });
    }

    private static boolean redirects(ModelAndView page) {
        return page.getViewName() != null ? page.getViewName().startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX)
                : page.getView() instanceof SmartView view && view.isRedirectView();
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
        // A path, not an absolute address: the Host header a client sends is not written back into the page.
        attributes.put("switchLanguageUrl", UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang", other).build().toUriString());
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
    public record Link(String label, String href) {
    }
}
