package io.onewindow.portal.web;

import io.onewindow.http.PublicPaths;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Language (zh-CN unless the reader chose English, remembered in a cookie), the portal's public paths, and
 * its static assets: files are served under their own folders only, at addresses that carry a hash of
 * their content.
 */
@Configuration(proxyBeanMethods = false)
class PortalWebConfiguration implements WebMvcConfigurer {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

    // A changed file gets a new address, so any address may be kept for a year without asking again.
    static final CacheControl ASSET_CACHE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Bean
    LocaleResolver localeResolver() {
        return new SupportedLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    // Spring Boot's own mapping of /** is off (spring.web.resources.add-mappings): every link a page
    // renders is offered to the resource handlers, and with /** among them every page link cost a
    // class-path search. Only links under these folders are looked up, and each is found once. No
    // /favicon.ico: browsers ask for it only when a page names no icon, and the layout names one.
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // Asked before any controller's mapping: an asset's address names no controller, and offered to them first
        // it was matched against every one of their patterns before reaching these folders (two fifths of the
        // processor time of serving a stylesheet). A page's path matches none of these four patterns.
        registry.setOrder(Ordered.HIGHEST_PRECEDENCE);
        asset(registry, "/css/**", "classpath:/static/css/");
        asset(registry, "/js/**", "classpath:/static/js/");
        asset(registry, "/images/**", "classpath:/static/images/");
        asset(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/");
    }

    private static void asset(ResourceHandlerRegistry registry, String pattern, String location) {
        registry.addResourceHandler(pattern)
                .addResourceLocations(location)
                .setCacheControl(ASSET_CACHE)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }

    /** Rewrites the links templates render to assets into their hashed addresses. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    PublicPaths portalPublicPaths() {
        return () -> List.of("/", "/search", "/preferences/**", "/error", "/favicon.ico", "/css/**", "/js/**",
                "/images/**", "/webjars/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**");
    }
}
