package io.onewindow.identity.internal;

import io.onewindow.identity.IdentityError;
import io.onewindow.identity.NewPerson;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonRegistered;
import io.onewindow.identity.PersonView;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.code.CitizenId;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.error.Violations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The register of natural persons. */
@Service
@Transactional(readOnly = true)
class PersonRegister implements People {

    /** What a {@link PersonView} shows, read by hand (see {@link #find}). */
    private static final String VIEW = "select id, citizen_id, name, phone, division_code, address_detail from identity.person";

    private final PersonRepository persons;
    private final JdbcClient jdbc;
    private final InputRules rules;
    private final AuditedActions actions;
    private final PersonalDataReads reads;
    private final Clock clock;

    PersonRegister(PersonRepository persons, JdbcClient jdbc, InputRules rules, AuditedActions actions, PersonalDataReads reads,
                   Clock clock) {
        this.persons = persons;
        this.jdbc = jdbc;
        this.rules = rules;
        this.actions = actions;
        this.reads = reads;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PersonView register(NewPerson input) {
        Violations violations = new Violations();
        CitizenId citizenId = rules.citizenId(violations, "citizenId", input.citizenId());
        if (citizenId != null) {
            violations.require(!persons.existsByCitizenId(citizenId.value()), "citizenId", IdentityError.PERSON_ALREADY_REGISTERED);
        }
        String name = rules.name(violations, "name", input.name());
        String phone = rules.phone(violations, "phone", input.phone(), false);
        String division = rules.division(violations, "divisionCode", input.divisionCode(), null);
        String address = rules.text(violations, "addressDetail", input.addressDetail(), 200, false);
        violations.throwIfAny();
        return add(citizenId, name, phone, division, address);
    }

    /** Adds a person whose details were already checked. */
    PersonView add(CitizenId citizenId, String name, String phone, String divisionCode, String address) {
        return add(citizenId, name, phone, divisionCode, address, false);
    }

    private PersonView add(CitizenId citizenId, String name, String phone, String divisionCode, String address, boolean selfDeclared) {
        Person registered = Person.register(citizenId.value(), name, phone, divisionCode, address, clock.instant());
        registered.selfRegistered = selfDeclared;
        Person person = save(registered);
        actions.publish(trace -> new PersonRegistered(person.id, trace));
        return view(person);
    }

    /**
     * Adds a person no department registered: one who signed up ({@code selfDeclared}: their name and ID were
     * never checked) or whom the city's identity provider vouched for. Until they give an address they are
     * placed in the county that issued their ID, or its city if that code was retired.
     */
    PersonView addUnregistered(CitizenId citizenId, String name, String phone, boolean selfDeclared) {
        String county = citizenId.divisionCode();
        String residence = rules.knownDivision(county).or(() -> rules.knownDivision(county.substring(0, 4)))
                .orElse(county.substring(0, 2));
        return add(citizenId, name, phone, residence, null, selfDeclared);
    }

    // The unique citizen ID is the check that holds when two registrations of one person arrive at once; the
    // look-up before it only gives the usual case a friendlier path.
    private Person save(Person person) {
        try {
            return persons.save(person);
        } catch (DbActionExecutionException | DuplicateKeyException e) {
            if (e instanceof DuplicateKeyException || e.getCause() instanceof DuplicateKeyException) {
                throw new InvalidInputException(FieldViolation.of("citizenId", IdentityError.PERSON_ALREADY_REGISTERED));
            }
            throw e;
        }
    }

    // The reads of a person run on every prefill, exchange query and counter check: one statement each, in the
    // caller's transaction if it has one, mapped by hand (the repository's entity mapping cost several times the
    // query itself).
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<PersonView> find(UUID id) {
        return jdbc.sql(VIEW + " where id = ?").param(id).query(PersonRegister::fromRow).optional();
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<PersonView> findByCitizenId(String citizenId) {
        if (citizenId == null) {
            return Optional.empty();
        }
        return jdbc.sql(VIEW + " where citizen_id = ?").param(citizenId.strip().toUpperCase(java.util.Locale.ROOT))
                .query(PersonRegister::fromRow).optional();
    }

    @Override
    // A refusal over the hourly limit is itself recorded, with the data bureau's alert: it must commit.
    @Transactional(noRollbackFor = DomainException.class)
    public Optional<PersonView> readForPurpose(String citizenId, String purpose) {
        Optional<UserAccount> reader = CurrentUser.get();
        reads.allow(reader, purpose);
        Optional<PersonView> person = findByCitizenId(citizenId);
        if (person.isEmpty()) {
            reads.foundNobody(citizenId == null ? "" : citizenId, purpose);
            return person;
        }
        reads.requireWithinScope(reader, person.get().divisionCode());
        actions.accessed(person.get().id(), "identity.person", purpose.strip());
        return person;
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<PersonView> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(VIEW + " where id in (:ids)").param("ids", ids).query(PersonRegister::fromRow).list();
    }

    @Override
    public long count() {
        return persons.count();
    }

    private static PersonView fromRow(ResultSet rs, int row) throws SQLException {
        return new PersonView(rs.getObject("id", UUID.class), new CitizenId(rs.getString("citizen_id")), rs.getString("name"),
                rs.getString("phone"), rs.getString("division_code"), rs.getString("address_detail"));
    }

    PersonView view(Person person) {
        // Stored IDs were checked on the way in; the division register may have changed since, so they
        // are re-read without the division check.
        return new PersonView(person.id, new CitizenId(person.citizenId), person.name, person.phone,
                person.divisionCode, person.addressDetail);
    }
}
