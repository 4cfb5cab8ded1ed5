package io.onewindow.identity.internal;

import io.onewindow.identity.IdentityError;
import io.onewindow.identity.NewPerson;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonRegistered;
import io.onewindow.identity.PersonView;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.code.CitizenId;
import io.onewindow.kernel.error.Violations;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of natural persons. */
@Service
@Transactional(readOnly = true)
class PersonRegister implements People {

    private final PersonRepository persons;
    private final InputRules rules;
    private final AuditedActions actions;
    private final Clock clock;

    PersonRegister(PersonRepository persons, InputRules rules, AuditedActions actions, Clock clock) {
        this.persons = persons;
        this.rules = rules;
        this.actions = actions;
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
        Person person = persons.save(Person.register(citizenId.value(), name, phone, divisionCode, address, clock.instant()));
        actions.publish(trace -> new PersonRegistered(person.id, trace));
        return view(person);
    }

    /**
     * Adds a person who registered themselves (sign-up or the identity provider). Until they give an
     * address they are placed in the county that issued their ID, or its city if that code was retired.
     */
    PersonView addSelfRegistered(CitizenId citizenId, String name, String phone) {
        String county = citizenId.divisionCode();
        String residence = rules.knownDivision(county).or(() -> rules.knownDivision(county.substring(0, 4)))
                .orElse(county.substring(0, 2));
        return add(citizenId, name, phone, residence, null);
    }

    @Override
    public Optional<PersonView> find(UUID id) {
        return persons.findById(id).map(this::view);
    }

    @Override
    public Optional<PersonView> findByCitizenId(String citizenId) {
        if (citizenId == null) {
            return Optional.empty();
        }
        return persons.findByCitizenId(citizenId.strip().toUpperCase(java.util.Locale.ROOT)).map(this::view);
    }

    @Override
    @Transactional
    public Optional<PersonView> readForPurpose(String citizenId, String purpose) {
        Optional<PersonView> person = findByCitizenId(citizenId);
        person.ifPresent(p -> actions.accessed(p.id(), "identity.person", purpose));
        return person;
    }

    @Override
    public List<PersonView> findAll(Collection<UUID> ids) {
        return StreamSupport.stream(persons.findAllById(ids).spliterator(), false).map(this::view).toList();
    }

    @Override
    public long count() {
        return persons.count();
    }

    PersonView view(Person person) {
        // Stored IDs were checked on the way in; the division register may have changed since, so they
        // are re-read without the division check.
        return new PersonView(person.id, new CitizenId(person.citizenId), person.name, person.phone,
                person.divisionCode, person.addressDetail);
    }
}
