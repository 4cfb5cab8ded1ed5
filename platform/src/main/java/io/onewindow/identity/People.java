package io.onewindow.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The register of natural persons. */
public interface People {

    /** Registers a person; publishes {@link PersonRegistered}. Throws InvalidInputException listing every bad field. */
    PersonView register(NewPerson person);

    Optional<PersonView> find(UUID id);

    Optional<PersonView> findByCitizenId(String citizenId);

    List<PersonView> findAll(Collection<UUID> ids);

    /**
     * Reads a person's data for a stated purpose, which the person will see under "who used my data"
     * (publishes {@link io.onewindow.kernel.audit.PersonalDataAccessed}).
     */
    Optional<PersonView> readForPurpose(String citizenId, String purpose);

    long count();
}
