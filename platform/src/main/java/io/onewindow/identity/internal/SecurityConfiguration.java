package io.onewindow.identity.internal;

import io.onewindow.kernel.access.PublicPaths;
import io.onewindow.runtime.Mode;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Login and the web's security: password login with throttling, optional OpenID Connect login through
 * the city's identity provider, CSRF protection for every form, strict security headers. Which paths are
 * public is declared by each module ({@link PublicPaths}); roles are checked on the controllers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id for new hashes; bcrypt hashes imported from an older system still verify.
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    PublicPaths identityPublicPaths() {
        return () -> List.of("/login", "/register", "/register/**", "/departments/*", "/divisions", "/divisions/*",
                "/api/v1/divisions", "/api/v1/divisions/**", "/api/v1/departments", "/api/v1/validation/**", "/api/v1/enterprises/*");
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, List<PublicPaths> publicPaths, AccountDetailsService accounts,
                            LoginThrottle throttle, PasswordEncoder passwords, LoginFailures failures,
                            ObjectProvider<ClientRegistrationRepository> oidcProviders, OidcAccounts oidcAccounts,
                            Environment environment) throws Exception {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(accounts);
        passwordCheck.setPasswordEncoder(passwords);
        String[] open = publicPaths.stream().flatMap(p -> p.patterns().stream()).distinct().toArray(String[]::new);
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

        http.authenticationProvider(new ThrottledAuthenticationProvider(passwordCheck, throttle, accounts))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(open).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/workbench")
                        .failureHandler(failures))
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .logout(logout -> logout.logoutSuccessUrl("/?signed-out"))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api))
                // API clients that send credentials with each request (HTTP Basic) have no session to ride on, and
                // a browser cannot send JSON to another site's API without a CORS preflight, which is refused.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null
                        || (api.matches(request) && request.getContentType() != null
                            && request.getContentType().startsWith("application/json"))))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(self), geolocation=(), microphone=()")));
        if (Mode.of(environment) == Mode.DEV) {
            http.headers(headers -> headers.httpStrictTransportSecurity(hsts -> hsts.disable()));
        }
        if (oidcProviders.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc
                    .loginPage("/login")
                    .defaultSuccessUrl("/workbench")
                    .failureHandler(failures)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcAccounts)));
        }
        return http.build();
    }
}
