package io.onewindow.http;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/** The identity providers people may sign in with (the city's, by configuration), for the pages that offer them. */
public final class IdentityProviders {

    private IdentityProviders() {
    }

    /** Each configured provider, in configuration order; none when no provider is configured. */
    public static List<ClientRegistration> configured(ObjectProvider<InMemoryClientRegistrationRepository> registrations) {
        List<ClientRegistration> configured = new ArrayList<>();
        InMemoryClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository != null) {
            repository.forEach(configured::add);
        }
        return configured;
    }
}
