package io.onewindow.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface PersonRepository extends CrudRepository<Person, UUID> {

    Optional<Person> findByCitizenId(String citizenId);

    boolean existsByCitizenId(String citizenId);
}
