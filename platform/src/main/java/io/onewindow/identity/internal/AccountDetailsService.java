package io.onewindow.identity.internal;

import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds the account someone logs in to, by user name or by the citizen ID of the person it belongs to. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final PersonRepository persons;
    private final RoleResolver roles;
    private final AccountStamps stamps;

    AccountDetailsService(AccountRepository accounts, PersonRepository persons, RoleResolver roles, AccountStamps stamps) {
        this.accounts = accounts;
        this.persons = persons;
        this.roles = roles;
        this.stamps = stamps;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String login) {
        Account account = find(login).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return new AccountPrincipal(roles.resolve(account), stamps.of(account.id), account.passwordHash == null ? "" : account.passwordHash,
                account.enabled);
    }

    Optional<Account> find(String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        String typed = login.strip();
        return accounts.findByUsername(typed.toLowerCase(Locale.ROOT))
                .or(() -> accounts.findByUsername(typed.toUpperCase(Locale.ROOT)))
                .or(() -> persons.findByCitizenId(typed.toUpperCase(Locale.ROOT)).flatMap(p -> accounts.findByPersonId(p.id)));
    }
}
