package io.onewindow.benefits.internal;

import io.onewindow.identity.EnterpriseRegistered;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every person and enterprise identity registers gets a row of facts here, in the same transaction as the
 * registration, so that a matching run covers the whole register and a run's snapshot never misses a
 * subject registered before it. Only what identity publishes is copied (birth date, division, industry, size);
 * the rest comes from the departments' data (the facts import) and stays unknown until then.
 */
@Component
class SubjectRegistrations {

    private final People people;
    private final Enterprises enterprises;
    private final FactsStore facts;

    SubjectRegistrations(People people, Enterprises enterprises, FactsStore facts) {
        this.people = people;
        this.enterprises = enterprises;
        this.facts = facts;
    }

    @EventListener
    void on(PersonRegistered registered) {
        people.find(registered.personId()).ifPresent(p -> facts.registerPerson(p.id(), p.birthDate(), p.divisionCode()));
    }

    @EventListener
    void on(EnterpriseRegistered registered) {
        enterprises.find(registered.enterpriseId()).ifPresent(e -> facts.registerEnterprise(e.id(), e.establishedOn(), e.divisionCode(),
                e.industry().name(), e.size().name()));
    }
}
