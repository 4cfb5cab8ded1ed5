package io.onewindow.portal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * zh-CN unless English was chosen: pages follow the reader's choice (a cookie set by the language switch),
 * never the browser's language, because many readers' phones are set to English while they read Chinese;
 * the API follows {@code Accept-Language}. Anything other than English is Chinese.
 */
class SupportedLocaleResolver extends CookieLocaleResolver {

    SupportedLocaleResolver() {
        super("ow-lang");
        setCookieMaxAge(Duration.ofDays(365));
        setDefaultLocaleFunction(SupportedLocaleResolver::whenNotChosen);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return supported(super.resolveLocale(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        super.setLocale(request, response, locale == null ? null : supported(locale));
    }

    private static Locale whenNotChosen(HttpServletRequest request) {
        // An API refusal answered by the error dispatch is in the language of the call it refuses.
        Object refused = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = refused instanceof String uri ? uri : request.getRequestURI();
        boolean api = path.startsWith(request.getContextPath() + "/api/");
        return api && request.getHeader("Accept-Language") != null ? supported(request.getLocale()) : PortalWebConfiguration.CHINESE;
    }

    static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : PortalWebConfiguration.CHINESE;
    }
}
