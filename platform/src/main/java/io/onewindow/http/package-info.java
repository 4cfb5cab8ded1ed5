/**
 * HTTP: what every request passes through before a module handles it. A request id for the logs and the
 * audit trace; the security filter chain (which paths are public, as each module declares with
 * {@link io.onewindow.http.PublicPaths}; CSRF; security headers), into which the module that owns accounts
 * plugs its sign-in methods ({@link io.onewindow.http.SignInMethods}), and the identity providers configured for
 * them that pages offer ({@link io.onewindow.http.IdentityProviders}); and idempotent POSTs, whose answers it
 * keeps in its one table, {@code http.idempotency_key}. It also finds a request's handler, reads its plain
 * parameters and checks its headers' characters more cheaply than Spring's defaults do, with the same outcome.
 * Publishes and listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "HTTP")
package io.onewindow.http;
