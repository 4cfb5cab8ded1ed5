package io.onewindow.exchange.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;

/**
 * How department systems authenticate to the exchange: OAuth2 client credentials. By default the platform
 * is its own authorization server (Spring Authorization Server, {@code POST /oauth2/token}), with the
 * registered clients in the exchange's schema and tokens signed with the installation's key; with
 * {@code onewindow.exchange.issuer-uri} set, tokens come from that external server instead, and a token's
 * client ({@code client_id}, {@code azp} or {@code sub}) must still be registered here with its department.
 * Both chains come before the platform's main chain; the query API is stateless (no session, no CSRF).
 */
@Configuration(proxyBeanMethods = false)
class ExchangeSecurityConfiguration {

    static final String ISSUER_URI = "onewindow.exchange.issuer-uri";

    @Bean
    @Order(2)
    SecurityFilterChain exchangeApiSecurity(HttpSecurity http, JwtDecoder exchangeTokens, ClientRegistry clients) throws Exception {
        JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(exchangeTokens);
        tokens.setJwtAuthenticationConverter(token -> authenticate(token, clients));
        // Without the application's authentication event publisher: nothing listens for a department system's
        // token being accepted or refused, and publishing the event took 2 % of every query.
        AuthenticationManager tokenAuthentication = new ProviderManager(tokens);
        http.securityMatcher("/api/v1/exchange/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/exchange/resources", "/api/v1/exchange/resources/*",
                                "/api/v1/exchange/catalogue.jsonld").permitAll()
                        .anyRequest().hasAuthority(ExchangeClientAuthentication.AUTHORITY))
                .oauth2ResourceServer(server -> server.bearerTokenResolver(new HeaderBearerToken())
                        .jwt(jwt -> jwt.authenticationManager(tokenAuthentication)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    private static AbstractAuthenticationToken authenticate(Jwt token, ClientRegistry clients) {
        String clientId = token.hasClaim("client_id") ? token.getClaimAsString("client_id")
                : token.hasClaim("azp") ? token.getClaimAsString("azp") : token.getSubject();
        ExchangeClient client = clients.find(clientId).orElseThrow(() -> new OAuth2AuthenticationException(
                new OAuth2Error("invalid_token", "The token's client is not registered with the exchange", null)));
        return new ExchangeClientAuthentication(client, token);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${onewindow.exchange.issuer-uri:}' != ''")
    static class External {

        @Bean
        JwtDecoder exchangeTokens(Environment environment) {
            return JwtDecoders.fromIssuerLocation(environment.getRequiredProperty(ISSUER_URI));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${onewindow.exchange.issuer-uri:}' == ''")
    static class Embedded {

        @Bean
        TokenKeys exchangeTokenKeys(JdbcClient jdbc, Clock clock) {
            return new TokenKeys(jdbc, clock);
        }

        @Bean
        @Order(1)
        SecurityFilterChain exchangeAuthorizationServer(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> http.securityMatcher(server.getEndpointsMatcher()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
            return http.build();
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }

        @Bean
        JwtDecoder exchangeTokens(TokenKeys keys) {
            // The authorization server stamps its tokens with the system clock.
            return new LazyDecoder(keys, Clock.systemUTC());
        }

        @Bean
        RegisteredClientRepository exchangeClients(ClientRegistry clients, Environment environment) {
            Duration lifetime = Duration.ofMinutes(environment.getProperty("onewindow.exchange.token-minutes", Integer.class, 30));
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient registeredClient) {
                    throw new UnsupportedOperationException("Department systems are registered through the exchange");
                }

                @Override
                public RegisteredClient findById(String id) {
                    return clients.clientIdOf(UUID.fromString(id)).map(this::findByClientId).orElse(null);
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return clients.find(clientId).flatMap(client -> clients.secretHash(clientId).map(secret ->
                            RegisteredClient.withId(client.id().toString())
                                    .clientId(client.clientId())
                                    .clientName(client.name())
                                    .clientSecret(secret)
                                    .clientAuthenticationMethods(methods -> methods.addAll(List.of(
                                            ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST)))
                                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                                    .scope("exchange.query")
                                    .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(lifetime).build())
                                    .build()))
                            .orElse(null);
                }
            };
        }
    }

    /**
     * Checks tokens with the installation's key, read when the first token arrives (after the migrations). A
     * department system sends the same token on every call for half an hour: its signature, which cannot
     * change, is verified once, and the rest (expiry, not-before, type, certificate binding) on every call, as the
     * first time.
     */
    static final class LazyDecoder implements JwtDecoder {
        /** Tokens whose signature was verified: a few per department system at a time; emptied when full. */
        static final int REMEMBERED = 1_000;

        private final TokenKeys keys;
        /** What NimbusJwtDecoder checks by default (times, type, certificate binding), on the given clock. */
        private final OAuth2TokenValidator<Jwt> checks;
        private final Map<String, Jwt> verified = new ConcurrentHashMap<>();
        private volatile JwtDecoder decoder;

        LazyDecoder(TokenKeys keys, Clock clock) {
            this.keys = keys;
            JwtTimestampValidator times = new JwtTimestampValidator();
            times.setClock(clock);
            this.checks = JwtValidators.createDefaultWithValidators(times);
        }

        @Override
        public Jwt decode(String token) {
            Jwt known = verified.get(token);
            if (known == null) {
                Jwt checked = decoder().decode(token);
                if (verified.size() >= REMEMBERED) {
                    verified.clear();
                }
                verified.put(token, checked);
                return checked;
            }
            OAuth2TokenValidatorResult result = checks.validate(known);
            if (result.hasErrors()) {
                verified.remove(token);
                throw new JwtValidationException("An error occurred while attempting to decode the Jwt: "
                        + result.getErrors().iterator().next().getDescription(), result.getErrors());
            }
            return known;
        }

        private JwtDecoder decoder() {
            JwtDecoder current = decoder;
            if (current == null) {
                try {
                    NimbusJwtDecoder built = NimbusJwtDecoder.withPublicKey(keys.key().toRSAPublicKey()).build();
                    built.setJwtValidator(checks);
                    current = built;
                } catch (com.nimbusds.jose.JOSEException e) {
                    throw new IllegalStateException(e);
                }
                decoder = current;
            }
            return current;
        }
    }

    /**
     * The token of the {@code Authorization: Bearer} header (RFC 6750 §2.1), accepted and refused as Spring
     * Security's default resolver does (a token elsewhere in the request is not looked for), but checked
     * character by character instead of by a regular expression, which cost a twentieth of every query.
     */
    static final class HeaderBearerToken implements BearerTokenResolver {
        private static final String SCHEME = "Bearer ";

        @Override
        public String resolve(HttpServletRequest request) {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length() - 1)) {
                return null;
            }
            if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length()) || !b64token(header, SCHEME.length())) {
                throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
            }
            return header.substring(SCHEME.length());
        }

        /** b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=" */
        static boolean b64token(String text, int from) {
            int end = text.length();
            while (end > from && text.charAt(end - 1) == '=') {
                end--;
            }
            if (end == from) {
                return false;
            }
            for (int i = from; i < end; i++) {
                char c = text.charAt(i);
                if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~+/".indexOf(c) >= 0)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** An API call authenticated as a registered department system. */
    static final class ExchangeClientAuthentication extends AbstractAuthenticationToken {
        static final String AUTHORITY = "EXCHANGE_CLIENT";
        private final ExchangeClient client;
        private final Jwt token;

        ExchangeClientAuthentication(ExchangeClient client, Jwt token) {
            super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
            this.client = client;
            this.token = token;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public ExchangeClient getPrincipal() {
            return client;
        }
    }
}
