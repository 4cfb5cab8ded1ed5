package io.onewindow.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface AccountRepository extends CrudRepository<Account, UUID> {

    Optional<Account> findByUsername(String username);

    Optional<Account> findByPersonId(UUID personId);

    Optional<Account> findByOidcIssuerAndOidcSubject(String issuer, String subject);
}
