package io.onewindow.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface PersonRepository extends CrudRepository<Person, UUID> {

    // Written out: a query derived from the method name is rendered anew on every call, and this one runs on
    // every read of a person by ID (sign-in, counters, the exchange's population queries).
    @Query("select * from identity.person where citizen_id = :citizenId")
    Optional<Person> findByCitizenId(String citizenId);

    boolean existsByCitizenId(String citizenId);
}
