package io.onewindow.http.internal;

import io.onewindow.http.PublicPaths;
import io.onewindow.http.SignInFirst;
import io.onewindow.http.SignInMethods;
import io.onewindow.runtime.Mode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security of every request: the paths each module declares public ({@link PublicPaths}) are open, all
 * others need a signed-in user (roles are checked on the controllers); CSRF protection for every form;
 * strict security headers. How one signs in is contributed ({@link SignInMethods}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static AuthorizationManager<RequestAuthorizationContext> onManagementPortOrAdmin(Environment environment) {
        AuthorizationManager<RequestAuthorizationContext> admin = AuthorityAuthorizationManager.hasRole("ADMIN");
        Integer managementPort = environment.getProperty("management.server.port", Integer.class);
        Integer serverPort = environment.getProperty("server.port", Integer.class);
        return (authentication, context) -> managementPort != null && managementPort > 0 && !managementPort.equals(serverPort)
                && context.getRequest().getLocalPort() == managementPort
                ? new AuthorizationDecision(true) : admin.authorize(authentication, context);
    }

    static boolean apiCredential(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && (authorization.regionMatches(true, 0, "Basic ", 0, 6)
                || authorization.regionMatches(true, 0, "Bearer ", 0, 7));
    }

    /**
     * No observation of each security filter: nobody reads those traces, and the decorator that makes them
     * wraps every filter of every request (measured at 6–7 % of a signed-in page's time even with the
     * observations filtered out afterwards). Requests are still observed as a whole.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's strict firewall, its character checks made cheaper ({@link FirewallCharacters}). */
    @Bean
    static StrictHttpFirewall httpFirewall() {
        return FirewallCharacters.firewall();
    }

    private static RequestCache pagesOnly(RequestMatcher api) {
        HttpSessionRequestCache pages = new HttpSessionRequestCache();
        return new RequestCache() {
            @Override
            public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
                if (!api.matches(request)) {
                    pages.saveRequest(request, response);
                }
            }

            @Override
            public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
                return pages.getRequest(request, response);
            }

            @Override
            public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
                return pages.getMatchingRequest(request, response);
            }

            @Override
            public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
                pages.removeRequest(request, response);
            }
        };
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, List<PublicPaths> publicPaths, List<SignInMethods> signIn,
                            Environment environment) throws Exception {
        String[] open = publicPaths.stream().flatMap(p -> p.patterns().stream()).distinct().toArray(String[]::new);
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // Metrics and the module structure: for the installation's administrator, or for a scraper on
                        // the management port when one is configured apart (management.server.port).
                        .requestMatchers("/actuator/**").access(onManagementPortOrAdmin(environment))
                        .requestMatchers(open).permitAll()
                        .anyRequest().authenticated())
                .logout(logout -> logout.logoutSuccessUrl("/?signed-out"))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(SignInFirst.entryPoint(), api))
                // A page asked before signing in is remembered in the session to return to it afterwards; an API call is
                // not returned to, and remembering it would create a session for every refused call.
                .requestCache(cache -> cache.requestCache(pagesOnly(api)))
                // A forged request rides on the victim's session cookie. One that carries no session cookie and is
                // authenticated by its own credential (HTTP Basic, a bearer token) has nothing to forge, nor has an
                // API call with no credential at all (it is refused). With a session cookie, the token is always
                // required, whatever Authorization header comes with it.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getRequestedSessionId() == null
                        && request.getSession(false) == null && (apiCredential(request) || api.matches(request))))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(self), geolocation=(), microphone=()")));
        if (Mode.of(environment) == Mode.DEV) {
            http.headers(headers -> headers.httpStrictTransportSecurity(hsts -> hsts.disable()));
        }
        for (SignInMethods methods : signIn) {
            methods.configure(http);
        }
        return http.build();
    }
}
