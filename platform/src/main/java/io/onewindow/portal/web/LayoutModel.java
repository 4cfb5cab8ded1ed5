package io.onewindow.portal.web;

import io.onewindow.identity.Accounts;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the layout needs on every page: who is signed in ({@code user}), the text size ({@code elder}),
 * the link to this page in the other language and the current path (to come back to after a switch).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    static final String ELDER_COOKIE = "ow-elder";

    private final PortalSettings settings;

    LayoutModel(PortalSettings settings) {
        this.settings = settings;
    }

    @ModelAttribute
    void layout(HttpServletRequest request, Locale locale, Model model) {
        model.addAllAttributes(attributes(request, locale));
    }

    /** The same attributes for pages built outside a handler, such as exception pages. */
    Map<String, Object> attributes(HttpServletRequest request, Locale locale) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("cityName", settings.cityName(locale));
        Accounts.current().ifPresent(user -> attributes.put("user", user));
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
}
