package io.onewindow.identity.internal;

import io.onewindow.divisions.Divisions;
import io.onewindow.identity.AccountOpened;
import io.onewindow.identity.AccountVerified;
import io.onewindow.kernel.access.Assurance;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.code.CitizenId;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.time.CivilTime;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Login through the city's unified identity provider (统一身份认证). The provider has verified the
 * person's real name; its ID token carries their citizen ID, which links the login to the person in the
 * register. A first login opens an account (and registers the person, if new); later logins find it by
 * issuer and subject.
 */
@Component
class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(OidcAccounts.class);

    private final OidcUserService provider = new OidcUserService();
    private final AccountRepository accounts;
    private final PersonRepository persons;
    private final PersonRegister people;
    private final Divisions divisions;
    private final RoleResolver roles;
    private final AccountStamps stamps;
    private final IdentitySettings.Oidc claims;
    private final TransactionTemplate transactions;
    private final AuditedActions actions;
    private final Clock clock;

    OidcAccounts(AccountRepository accounts, PersonRepository persons, PersonRegister people, Divisions divisions,
                 RoleResolver roles, AccountStamps stamps, IdentitySettings settings, TransactionTemplate transactions,
                 AuditedActions actions, Clock clock) {
        this.accounts = accounts;
        this.persons = persons;
        this.people = people;
        this.divisions = divisions;
        this.roles = roles;
        this.stamps = stamps;
        this.claims = settings.oidc();
        this.transactions = transactions;
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        Account account = transactions.execute(status -> accountOf(user));
        if (!account.enabled) {
            throw refused("account_disabled", "the account is disabled");
        }
        return new AccountOidcUser(user, roles.resolve(account), stamps.of(account.id));
    }

    private Account accountOf(OidcUser user) {
        String issuer = user.getIssuer().toString();
        Optional<Account> linked = accounts.findByOidcIssuerAndOidcSubject(issuer, user.getSubject());
        if (linked.isPresent()) {
            return verified(linked.get());
        }
        CitizenId citizenId = citizenId(user);
        Person person = persons.findByCitizenId(citizenId.value()).orElseGet(() -> register(user, citizenId));
        if (person.selfRegistered) {
            // The provider has checked who this is: the record someone typed in under this ID takes the
            // verified name.
            person.selfRegistered = false;
            Optional.ofNullable(user.getClaimAsString(claims.nameClaim())).map(String::strip).filter(n -> !n.isEmpty())
                    .ifPresent(name -> person.name = name);
            persons.save(person);
        }
        Account account = accounts.findByPersonId(person.id).map(existing -> {
            if (existing.assurance() == Assurance.SELF_DECLARED && existing.oidcSubject == null) {
                // Whoever typed this ID at sign-up chose that password; the verified holder does not inherit it.
                existing.passwordHash = null;
                stamps.credentialsChanged(existing.id);
                log.info("Account {} was self-declared; its password is void now that its holder signed in verified", existing.id);
            }
            return existing;
        }).orElseGet(() -> {
            Account opened = Account.open(citizenId.value(), null, person.id, false, clock.instant());
            actions.publish(trace -> new AccountOpened(opened.id, opened.username, person.id, true, trace));
            return opened;
        });
        account.oidcIssuer = issuer;
        account.oidcSubject = user.getSubject();
        log.info("Linked the OIDC subject of {} to account {}", issuer, account.id);
        return verified(account);
    }

    // The city's provider has verified the holder's real name (实名核验).
    private Account verified(Account account) {
        Assurance before = account.assurance();
        account.assure(Assurance.VERIFIED, "oidc", clock.instant());
        Account saved = accounts.save(account);
        if (saved.assurance() != before) {
            stamps.rolesChanged(saved.id);
            actions.publish(trace -> new AccountVerified(saved.id, saved.personId, Assurance.VERIFIED, "oidc", trace));
        }
        return saved;
    }

    private CitizenId citizenId(OidcUser user) {
        String claim = user.getClaimAsString(claims.citizenIdClaim());
        if (claim == null) {
            throw refused("no_citizen_id", "the identity provider sent no '" + claims.citizenIdClaim() + "' claim");
        }
        try {
            return CitizenId.parse(claim, divisions, CivilTime.today(clock));
        } catch (DomainException e) {
            throw refused("invalid_citizen_id", "the identity provider sent an invalid citizen ID");
        }
    }

    private Person register(OidcUser user, CitizenId citizenId) {
        String name = user.getClaimAsString(claims.nameClaim());
        if (name == null || name.isBlank()) {
            throw refused("no_name", "the identity provider sent no '" + claims.nameClaim() + "' claim");
        }
        people.addUnregistered(citizenId, name.strip(), user.getClaimAsString(claims.phoneClaim()), false);
        return persons.findByCitizenId(citizenId.value()).orElseThrow();
    }

    private static OAuth2AuthenticationException refused(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null), description);
    }
}
