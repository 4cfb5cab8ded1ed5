package io.onewindow.cases.internal;

import io.onewindow.cases.Applicant;
import io.onewindow.cases.CaseError;
import io.onewindow.catalogue.Audience;
import io.onewindow.identity.EnterpriseView;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.kernel.access.RealName;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.error.DomainException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who applies when a signed-in user starts an application: themselves, where the service is for people, or
 * else the first enterprise they act for (as its representative or authorised agent).
 */
@Component
public class Applicants {

    private final People people;
    private final Enterprises enterprises;

    Applicants(People people, Enterprises enterprises) {
        this.people = people;
        this.enterprises = enterprises;
    }

    /** The applicant, their name as the case shows it, and their division (where the case is handled). */
    public record Resolved(Applicant applicant, String name, String divisionCode) {
    }

    public Resolved of(UserAccount user, Set<Audience> audiences) {
        if (user.personId() == null) {
            throw new DomainException(CaseError.AUDIENCE, Map.of());
        }
        if (audiences.contains(Audience.PERSON)) {
            PersonView person = people.find(user.personId()).orElseThrow(() -> new DomainException(CaseError.AUDIENCE, Map.of()));
            return new Resolved(Applicant.person(user.accountId(), person.id()), person.name(), person.divisionCode());
        }
        // Acting for an enterprise needs a holder whose identity was checked, as the ENTERPRISE role does.
        List<EnterpriseView> actingFor = RealName.verified(user) ? enterprises.actingFor(user.personId()) : List.of();
        if (audiences.contains(Audience.ENTERPRISE) && !actingFor.isEmpty()) {
            EnterpriseView enterprise = actingFor.get(0);
            return new Resolved(Applicant.enterprise(user.accountId(), enterprise.id()), enterprise.name(), enterprise.divisionCode());
        }
        throw new DomainException(CaseError.AUDIENCE, Map.of());
    }
}
