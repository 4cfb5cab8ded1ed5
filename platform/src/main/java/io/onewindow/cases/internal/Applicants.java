package io.onewindow.cases.internal;

import io.onewindow.cases.CaseError;
import io.onewindow.cases.RegisteredApplicant;
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

    /** The applicant with the register's record of them (their name as the case shows it, their division, where it is handled). */
    public RegisteredApplicant of(UserAccount user, Set<Audience> audiences) {
        if (user.personId() == null) {
            throw new DomainException(CaseError.AUDIENCE, Map.of());
        }
        if (audiences.contains(Audience.PERSON)) {
            PersonView person = people.find(user.personId()).orElseThrow(() -> new DomainException(CaseError.AUDIENCE, Map.of()));
            return RegisteredApplicant.person(user.accountId(), person);
        }
        // Acting for an enterprise needs a holder whose identity was checked, as the ENTERPRISE role does.
        List<EnterpriseView> actingFor = RealName.verified(user) ? enterprises.actingFor(user.personId()) : List.of();
        if (audiences.contains(Audience.ENTERPRISE) && !actingFor.isEmpty()) {
            return RegisteredApplicant.enterprise(user.accountId(), actingFor.get(0));
        }
        throw new DomainException(CaseError.AUDIENCE, Map.of());
    }
}
