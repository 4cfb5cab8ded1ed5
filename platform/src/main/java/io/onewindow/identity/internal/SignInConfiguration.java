package io.onewindow.identity.internal;

import io.onewindow.http.PublicPaths;
import io.onewindow.http.SignInFirst;
import io.onewindow.http.SignInMethods;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * How people sign in to their accounts: password login with throttling (the login form, and HTTP Basic for
 * API clients), and, when configured, OpenID Connect login through the city's identity provider.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id for new hashes; bcrypt hashes imported from an older system still verify.
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    PublicPaths identityPublicPaths() {
        return () -> List.of("/login", "/register", "/register/**", "/password-reset", "/password-reset/**", "/departments/*",
                "/api/v1/departments", "/api/v1/validation/**", "/api/v1/enterprises/*");
    }

    @Bean
    SignInMethods accountSignIn(AccountDetailsService accounts, Throttle throttle, PasswordEncoder passwords,
                                LoginFailures failures, ObjectProvider<ClientRegistrationRepository> oidcProviders,
                                OidcAccounts oidcAccounts, IdentitySettings settings, AccountStamps stamps,
                                AccountRepository accountRepository, RoleResolver roles) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(accounts);
        passwordCheck.setPasswordEncoder(passwords);
        // Whether an account is disabled is said only to who knows its password: checked before it (Spring's default),
        // any password told a guesser that the account exists and was disabled.
        passwordCheck.setPreAuthenticationChecks(user -> { });
        passwordCheck.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return http -> {
            // No second try by the application-wide manager Spring Security would ask next: it checked the same password
            // again (twice the hashing for every wrong one) with the account's status before the password.
            http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(null);
            http.authenticationProvider(new ThrottledAuthenticationProvider(passwordCheck, throttle, accounts, settings.login()))
                    .formLogin(form -> form
                            .loginPage("/login")
                            .defaultSuccessUrl("/workbench")
                            .failureHandler(failures))
                    .httpBasic(basic -> basic.authenticationEntryPoint(SignInFirst.entryPoint()))
                    .addFilterAfter(new SessionRevalidation(stamps, accountRepository, roles), SecurityContextHolderFilter.class);
            if (oidcProviders.getIfAvailable() != null) {
                http.oauth2Login(oidc -> oidc
                        .loginPage("/login")
                        .defaultSuccessUrl("/workbench")
                        .failureHandler(failures)
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcAccounts)));
            }
        };
    }
}
