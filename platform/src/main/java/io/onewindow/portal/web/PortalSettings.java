package io.onewindow.portal.web;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code onewindow.portal.*}: the name of the city (or province, county) running the platform, in both languages. */
@ConfigurationProperties("onewindow.portal")
public record PortalSettings(@DefaultValue("青岛市") String cityName, @DefaultValue("Qingdao") String cityNameEn) {

    String cityName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? cityNameEn : cityName;
    }
}
