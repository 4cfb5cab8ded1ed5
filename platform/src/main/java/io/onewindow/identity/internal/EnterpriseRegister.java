package io.onewindow.identity.internal;

import io.onewindow.divisions.Divisions;
import io.onewindow.identity.EnterpriseAgentAuthorised;
import io.onewindow.identity.EnterpriseAgentWithdrawn;
import io.onewindow.identity.EnterpriseRegistered;
import io.onewindow.identity.EnterpriseSize;
import io.onewindow.identity.EnterpriseView;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.Gb4754Section;
import io.onewindow.identity.IdentityError;
import io.onewindow.identity.NewEnterprise;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.code.CitizenId;
import io.onewindow.kernel.code.UnifiedSocialCreditCode;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.error.Violations;
import io.onewindow.runtime.NodeCache;
import io.onewindow.runtime.NodeCaches;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of enterprises. */
@Service
class EnterpriseRegister implements Enterprises {

    /** What an {@link EnterpriseView} shows, with the enterprise's agents, in one statement (see {@link #actingFor}). */
    private static final String VIEW = """
            select e.id, e.uscc, e.name, e.legal_representative_id, e.industry, e.division_code, e.size, e.established_on,
                   array(select a.person_id from identity.enterprise_agent a where a.enterprise_id = e.id) as agents
            from identity.enterprise e""";
    /** The enterprises a person acts for, each as {@link #VIEW} shows it, by name. */
    static final String ACTING_FOR_VIEW = VIEW + " where e.id in (" + EnterpriseRepository.ACTING_FOR + ") order by e.name";

    private final EnterpriseRepository enterprises;
    private final JdbcClient jdbc;
    private final PersonRepository persons;
    private final InputRules rules;
    private final Divisions divisions;
    private final AuditedActions actions;
    private final AccountStamps stamps;
    private final Clock clock;
    /**
     * The enterprises each person acts for, kept on each node until an enterprise or an agent of theirs changes (a
     * trigger, {@code identity/V5__node_cache_notices.sql}); this node forgets a change it made when it commits.
     */
    private final NodeCache<List<EnterpriseView>> actingFor;

    EnterpriseRegister(EnterpriseRepository enterprises, JdbcClient jdbc, PersonRepository persons, InputRules rules, Divisions divisions,
                       AuditedActions actions, AccountStamps stamps, Clock clock, NodeCaches caches) {
        this.enterprises = enterprises;
        this.jdbc = jdbc;
        this.persons = persons;
        this.rules = rules;
        this.divisions = divisions;
        this.actions = actions;
        this.stamps = stamps;
        this.clock = clock;
        this.actingFor = caches.cache("acting-for", 50_000, Duration.ofMinutes(5));
    }

    @Override
    @Transactional
    public EnterpriseView register(NewEnterprise input) {
        Violations violations = new Violations();
        UnifiedSocialCreditCode uscc = null;
        if (violations.require(InputRules.present(input.uscc()), "uscc", IdentityError.REQUIRED)) {
            uscc = violations.parse("uscc", () -> UnifiedSocialCreditCode.parse(input.uscc(), divisions));
        }
        if (uscc != null) {
            violations.require(enterprises.findByUscc(uscc.value()).isEmpty(), "uscc", IdentityError.ENTERPRISE_ALREADY_REGISTERED);
        }
        String name = rules.text(violations, "name", input.name(), 200, true);
        CitizenId representativeId = rules.citizenId(violations, "legalRepresentativeCitizenId", input.legalRepresentativeCitizenId());
        Optional<Person> representative = Optional.empty();
        if (representativeId != null) {
            representative = persons.findByCitizenId(representativeId.value());
            violations.require(representative.isPresent(), "legalRepresentativeCitizenId", IdentityError.PERSON_NOT_REGISTERED);
        }
        Gb4754Section industry = rules.oneOf(violations, "industry", input.industry(), Gb4754Section.class, IdentityError.INDUSTRY_UNKNOWN);
        String division = rules.division(violations, "divisionCode", input.divisionCode(), null);
        EnterpriseSize size = rules.oneOf(violations, "size", input.size(), EnterpriseSize.class, IdentityError.SIZE_UNKNOWN);
        LocalDate established = rules.pastDate(violations, "establishedOn", input.establishedOn());
        violations.throwIfAny();

        Enterprise enterprise = enterprises.save(Enterprise.register(uscc.value(), name, representative.get().id,
                industry.name(), division, size.name(), established, clock.instant()));
        actions.publish(trace -> new EnterpriseRegistered(enterprise.id, enterprise.uscc, trace));
        stamps.rolesChangedOf(enterprise.legalRepresentativeId);
        actingFor.evictAfterCommit(enterprise.legalRepresentativeId.toString());
        return view(enterprise);
    }

    @Override
    @Transactional
    public void authoriseAgent(UUID enterpriseId, UUID by, String agentCitizenId, String agentName) {
        Enterprise enterprise = enterprises.findById(enterpriseId)
                .orElseThrow(() -> new DomainException(IdentityError.NOT_REPRESENTATIVE));
        if (!enterprise.legalRepresentativeId.equals(by)) {
            throw new DomainException(IdentityError.NOT_REPRESENTATIVE);
        }
        Violations violations = new Violations();
        CitizenId citizenId = rules.citizenId(violations, "citizenId", agentCitizenId);
        String name = rules.name(violations, "name", agentName);
        violations.throwIfAny();
        // One answer whether nobody has the number or somebody else's name was given: a representative learns from the
        // form only that this pair names nobody, not who is registered under a number.
        Optional<Person> agent = persons.findByCitizenId(citizenId.value()).filter(p -> p.name.equals(name));
        if (agent.isEmpty()) {
            throw new InvalidInputException(FieldViolation.of("citizenId", IdentityError.AGENT_NOT_MATCHED));
        }
        if (!enterprise.authorise(agent.get().id, clock.instant())) {
            throw new InvalidInputException(FieldViolation.of("citizenId", IdentityError.AGENT_ALREADY_AUTHORISED));
        }
        enterprises.save(enterprise);
        actions.publish(trace -> new EnterpriseAgentAuthorised(enterprise.id, agent.get().id, by, trace));
        stamps.rolesChangedOf(agent.get().id);
        actingFor.evictAfterCommit(agent.get().id.toString());
    }

    @Override
    @Transactional
    public void withdrawAgent(UUID enterpriseId, UUID by, UUID agentPersonId) {
        Enterprise enterprise = enterprises.findById(enterpriseId)
                .orElseThrow(() -> new DomainException(IdentityError.NOT_REPRESENTATIVE));
        if (!enterprise.legalRepresentativeId.equals(by)) {
            throw new DomainException(IdentityError.NOT_REPRESENTATIVE);
        }
        if (!enterprise.withdraw(agentPersonId)) {
            return;
        }
        enterprises.save(enterprise);
        actions.publish(trace -> new EnterpriseAgentWithdrawn(enterprise.id, agentPersonId, by, trace));
        stamps.rolesChangedOf(agentPersonId);
        actingFor.evictAfterCommit(agentPersonId.toString());
    }

    @Override
    public Optional<EnterpriseView> find(UUID id) {
        return jdbc.sql(VIEW + " where e.id = ?").param(id).query(EnterpriseRegister::fromRow).optional();
    }

    @Override
    public Optional<EnterpriseView> findByUscc(String uscc) {
        return uscc == null ? Optional.empty()
                : jdbc.sql(VIEW + " where e.uscc = ?").param(uscc.strip().toUpperCase(Locale.ROOT)).query(EnterpriseRegister::fromRow).optional();
    }

    // Asked on every page of a signed-in person (the workbench, the wallet): kept on the node; when read, one statement
    // with the agents, mapped by hand, no transaction of its own (through the repository, a query for the enterprises,
    // one for each one's agents, and entity mapping that cost more than the queries).
    @Override
    public List<EnterpriseView> actingFor(UUID personId) {
        return actingFor.get(personId.toString(),
                () -> List.copyOf(jdbc.sql(ACTING_FOR_VIEW).param("personId", personId).query(EnterpriseRegister::fromRow).list()));
    }

    @Override
    public long count() {
        return enterprises.count();
    }

    private static EnterpriseView fromRow(ResultSet rs, int row) throws SQLException {
        return new EnterpriseView(rs.getObject("id", UUID.class), new UnifiedSocialCreditCode(rs.getString("uscc")), rs.getString("name"),
                rs.getObject("legal_representative_id", UUID.class), Gb4754Section.valueOf(rs.getString("industry")),
                rs.getString("division_code"), EnterpriseSize.valueOf(rs.getString("size")), rs.getObject("established_on", LocalDate.class),
                // Sorted as UUIDs sort in Java, as the view of a loaded aggregate is.
                Arrays.stream((UUID[]) rs.getArray("agents").getArray()).sorted().toList());
    }

    private static EnterpriseView view(Enterprise e) {
        return new EnterpriseView(e.id, new UnifiedSocialCreditCode(e.uscc), e.name, e.legalRepresentativeId,
                Gb4754Section.valueOf(e.industry), e.divisionCode, EnterpriseSize.valueOf(e.size), e.establishedOn,
                e.agents.stream().map(EnterpriseAgent::personId).sorted().toList());
    }
}
