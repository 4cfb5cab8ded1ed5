package io.onewindow.benefits.web;

import io.onewindow.identity.EnterpriseView;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Subjects as an officer's list shows them: the masked citizen ID or the (public) enterprise name and code. */
@Component
class SubjectNames {

    private final People people;
    private final Enterprises enterprises;

    SubjectNames(People people, Enterprises enterprises) {
        this.people = people;
        this.enterprises = enterprises;
    }

    Map<UUID, String> masked(Collection<UUID> subjects) {
        Map<UUID, String> names = new HashMap<>();
        for (PersonView person : people.findAll(subjects)) {
            names.put(person.id(), person.maskedCitizenId());
        }
        for (UUID id : subjects) {
            if (!names.containsKey(id)) {
                enterprises.find(id).ifPresent((EnterpriseView e) -> names.put(id, e.name() + " · " + e.uscc().value()));
            }
        }
        return names;
    }
}
