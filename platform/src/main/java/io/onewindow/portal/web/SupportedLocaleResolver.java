package io.onewindow.portal.web;

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
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        return api && request.getHeader("Accept-Language") != null ? supported(request.getLocale()) : PortalWebConfiguration.CHINESE;
    }

    static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : PortalWebConfiguration.CHINESE;
    }
}
