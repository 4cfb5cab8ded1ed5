package io.onewindow.licences;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The e-licence library (电子证照库). */
public interface Licences {

    /** Issues a licence and its signed credential; publishes {@link LicenceIssued}. */
    LicenceView issue(NewLicence licence);

    Optional<LicenceView> find(UUID id);

    Optional<LicenceView> findByIdentifier(String identifier);

    /** The licences a person or an enterprise holds, newest first. */
    List<LicenceView> heldBy(UUID holderId);

    /** How many licences these people and enterprises hold together. */
    long countHeldBy(Collection<UUID> holderIds);

    /** The credential (VC JSON) as issued. */
    String credential(UUID id);

    /**
     * The issuing department revokes (final), suspends or reinstates (lifts a suspension) a licence, with a
     * reason; the status list changes in the same transaction. Publishes {@link LicenceStatusChanged}.
     */
    LicenceView changeStatus(UUID id, LicenceStatus to, String reason);
}
