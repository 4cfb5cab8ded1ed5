package io.onewindow.benefits.internal;

import io.onewindow.benefits.Audience;
import io.onewindow.benefits.BenefitsError;
import io.onewindow.identity.Departments;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.EnterpriseView;
import io.onewindow.kernel.access.RealName;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.error.DomainException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may do what: a department's administrators write, run and pay its own policies (the platform's
 * administrator any); officers read policies and check them for a subject; a person acts for themselves and
 * for the enterprises they represent or are authorised for, once their identity was verified: their offers and
 * the facts behind them come from departments' registers, which a self-declared account does not see
 * ({@link RealName}).
 */
@Component
public class BenefitsAccess {

    private final Departments departments;
    private final Enterprises enterprises;

    BenefitsAccess(Departments departments, Enterprises enterprises) {
        this.departments = departments;
        this.enterprises = enterprises;
    }

    public boolean administers(UserAccount user, String departmentCode) {
        if (user.has(Role.ADMIN)) {
            return true;
        }
        // An administrator's appointment in that department: roles merged over all appointments would let an administrator
        // elsewhere administer where they are only an officer.
        return user.has(Role.DEPT_ADMIN) && departments.findByCode(departmentCode)
                .filter(d -> user.departmentIds().contains(d.id()))
                .map(d -> departments.appointmentsOf(user.personId()).stream()
                        .anyMatch(a -> a.departmentId().equals(d.id()) && a.roles().contains(Role.DEPT_ADMIN)))
                .orElse(false);
    }

    /** Whether the user works in the department (or administers the installation). */
    public boolean worksFor(UserAccount user, String departmentCode) {
        return user.has(Role.ADMIN) || (user.has(Role.OFFICER) || user.has(Role.DEPT_ADMIN))
                && departments.findByCode(departmentCode).map(d -> user.departmentIds().contains(d.id())).orElse(false);
    }

    public void requireAdministers(UserAccount user, String departmentCode) {
        if (!administers(user, departmentCode)) {
            throw new DomainException(BenefitsError.NOT_ALLOWED, Map.of());
        }
    }

    /** Whether the user acts for the subject; refuses a person whose identity was never verified. */
    public boolean actsFor(UserAccount user, Audience audience, UUID subject) {
        if (user.personId() == null) {
            return false;
        }
        boolean acts = audience == Audience.PERSON ? user.personId().equals(subject)
                : enterprises.find(subject).map(e -> e.mayBeActedForBy(user.personId())).orElse(false);
        if (acts) {
            RealName.require(user);
        }
        return acts;
    }

    /** The user and the enterprises they act for, by id, with the names their offers show; refused until verified. */
    public Map<UUID, String> ownSubjects(UserAccount user) {
        RealName.require(user);
        Map<UUID, String> subjects = new LinkedHashMap<>();
        if (user.personId() != null) {
            subjects.put(user.personId(), user.displayName());
            for (EnterpriseView e : enterprises.actingFor(user.personId())) {
                subjects.put(e.id(), e.name());
            }
        }
        return subjects;
    }
}
