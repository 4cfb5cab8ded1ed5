package cityidp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A city's unified identity provider (统一身份认证) for tests: a real OpenID Connect provider (Spring
 * Authorization Server) on 127.0.0.1, whose ID tokens carry the real-name claims OneWindow maps to people:
 * {@code citizen_id}, {@code name}, {@code phone_number}. Served on 127.0.0.1 so that its session cookie
 * and OneWindow's (on localhost) never meet in the browser. It lives outside {@code io.onewindow} so
 * that the platform's component scan never picks it up.
 */
// Only the web, security and authorization-server parts of the shared classpath: no database, no modules.
@SpringBootApplication(excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.modulith.actuator.autoconfigure.ApplicationModulesEndpointConfiguration",
        "org.springframework.modulith.core.config.ApplicationModuleInitializerRuntimeVerification",
        "org.springframework.modulith.events.config.EventExternalizationAutoConfiguration",
        "org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
        "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration",
        "org.springframework.modulith.moments.autoconfigure.MomentsAutoConfiguration",
        "org.springframework.modulith.runtime.autoconfigure.SpringModulithRuntimeAutoConfiguration"})
public class CityIdentityProvider {

    public static final String CLIENT_ID = "onewindow";
    public static final String CLIENT_SECRET = "onewindow-secret";
    public static final String PASSWORD = "city-password-1";

    /** Users by login name, with the claims their ID token carries. */
    static final Map<String, Map<String, Object>> USERS = new ConcurrentHashMap<>();

    private final ConfigurableApplicationContext context;
    private final int port;

    private CityIdentityProvider(ConfigurableApplicationContext context, int port) {
        this.context = context;
        this.port = port;
    }

    public CityIdentityProvider() {
        this(null, 0);
    }

    /** Where the registered client (OneWindow) is sent back to after login. */
    private static volatile String redirectUri;

    /** Starts the provider on {@code port} for a OneWindow running on localhost:{@code clientPort}. */
    public static CityIdentityProvider start(int port, int clientPort) {
        redirectUri = "http://localhost:" + clientPort + "/login/oauth2/code/city";
        // Command-line arguments, because the shared classpath's application.yml sets server.port too.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CityIdentityProvider.class)
                .run("--server.port=" + port, "--server.address=127.0.0.1", "--spring.application.name=city-identity-provider",
                        "--springdoc.api-docs.enabled=false", "--springdoc.swagger-ui.enabled=false");
        return new CityIdentityProvider(context, port);
    }

    public String issuer() {
        return "http://127.0.0.1:" + port;
    }

    /** A person the provider has verified: they log in with {@code login} and {@link #PASSWORD}. */
    public static void register(String login, String citizenId, String name, String phone) {
        USERS.put(login, Map.of("citizen_id", citizenId, "name", name, "phone_number", phone));
    }

    public void stop() {
        context.close();
    }

    @Bean
    @Order(1)
    SecurityFilterChain protocolEndpoints(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain login(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService users() {
        return login -> {
            if (!USERS.containsKey(login)) {
                throw new org.springframework.security.core.userdetails.UsernameNotFoundException(login);
            }
            return User.withUsername(login).password("{noop}" + PASSWORD).roles("USER").build();
        };
    }

    @Bean
    RegisteredClientRepository clients() {
        return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build());
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> realNameClaims() {
        return context -> {
            if ("id_token".equals(context.getTokenType().getValue())) {
                USERS.getOrDefault(context.getPrincipal().getName(), Map.of()).forEach((claim, value) -> context.getClaims().claim(claim, value));
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }
}
