package io.onewindow.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The register of enterprises and of the people who may act for them. */
public interface Enterprises {

    /** Registers an enterprise whose legal representative is a registered person; publishes {@link EnterpriseRegistered}. */
    EnterpriseView register(NewEnterprise enterprise);

    Optional<EnterpriseView> find(UUID id);

    Optional<EnterpriseView> findByUscc(String uscc);

    /** Enterprises the person represents or is authorised to act for. */
    List<EnterpriseView> actingFor(UUID personId);

    /**
     * The legal representative {@code by} authorises another registered person, named by citizen ID and
     * name, to act for the enterprise (经办人授权). Publishes {@link EnterpriseAgentAuthorised}.
     */
    void authoriseAgent(UUID enterpriseId, UUID by, String agentCitizenId, String agentName);

    /**
     * The legal representative {@code by} withdraws an agent's authorisation: from the agent's next request on, on every
     * node, they no longer act for the enterprise. Publishes {@link EnterpriseAgentWithdrawn}; an agent not (or no
     * longer) authorised changes nothing.
     */
    void withdrawAgent(UUID enterpriseId, UUID by, UUID agentPersonId);

    long count();
}
