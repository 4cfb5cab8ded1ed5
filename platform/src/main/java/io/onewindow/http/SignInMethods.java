package io.onewindow.http;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How people and systems sign in (password forms, HTTP Basic for API clients, the city's identity
 * provider), contributed by the module that owns accounts. The application-wide security configuration
 * applies it to the one filter chain.
 */
@FunctionalInterface
public interface SignInMethods {

    void configure(HttpSecurity http) throws Exception;
}
