package io.onewindow.identity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** An enterprise or other organisation with a unified social credit code (一企一照一码). */
@Table(schema = "identity", name = "enterprise")
class Enterprise {

    @Id
    UUID id;
    @Version
    Integer version;
    String uscc;
    String name;
    UUID legalRepresentativeId;
    String industry;
    String divisionCode;
    String size;
    LocalDate establishedOn;
    Instant createdAt;
    @MappedCollection(idColumn = "enterprise_id")
    Set<EnterpriseAgent> agents = new HashSet<>();

    static Enterprise register(String uscc, String name, UUID legalRepresentativeId, String industry,
                               String divisionCode, String size, LocalDate establishedOn, Instant at) {
        Enterprise enterprise = new Enterprise();
        enterprise.id = UUID.randomUUID();
        enterprise.uscc = uscc;
        enterprise.name = name;
        enterprise.legalRepresentativeId = legalRepresentativeId;
        enterprise.industry = industry;
        enterprise.divisionCode = divisionCode;
        enterprise.size = size;
        enterprise.establishedOn = establishedOn;
        enterprise.createdAt = at;
        return enterprise;
    }

    /** Authorises a person to act for the enterprise (经办人); the legal representative needs no authorisation. */
    boolean authorise(UUID personId, Instant at) {
        if (personId.equals(legalRepresentativeId) || agents.stream().anyMatch(a -> a.personId().equals(personId))) {
            return false;
        }
        return agents.add(new EnterpriseAgent(personId, at));
    }

    /** Whether the person was an agent (and no longer is). */
    boolean withdraw(UUID personId) {
        return agents.removeIf(a -> a.personId().equals(personId));
    }
}
