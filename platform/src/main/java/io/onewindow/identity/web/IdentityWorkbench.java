package io.onewindow.identity.web;

import io.onewindow.divisions.Divisions;
import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import io.onewindow.identity.EnterpriseView;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.OfficerView;
import io.onewindow.identity.People;
import io.onewindow.identity.internal.ReadAlerts;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.portal.Label;
import io.onewindow.portal.WorkbenchCard;
import io.onewindow.portal.WorkbenchCards;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Identity's cards on the workbenches: one's own code, profile and password; the enterprises one acts for;
 * the counter, one's appointments and the officers of the departments one administers; the registers and the
 * alerts of reads beyond the limit for the data bureau; the accounts for the installation's administrator.
 */
@Component
class IdentityWorkbench implements WorkbenchCards {

    private final People people;
    private final Enterprises enterprises;
    private final Departments departments;
    private final Divisions divisions;
    private final ReadAlerts readAlerts;

    IdentityWorkbench(People people, Enterprises enterprises, Departments departments, Divisions divisions, ReadAlerts readAlerts) {
        this.people = people;
        this.enterprises = enterprises;
        this.departments = departments;
        this.divisions = divisions;
        this.readAlerts = readAlerts;
    }

    @Override
    public List<WorkbenchCard> cards(Role role, UserAccount user, Locale locale) {
        return switch (role) {
            case CITIZEN -> List.of(
                    WorkbenchCard.link(10, Label.of("code.person.title"), Label.of("identity.card.code.text"), "/me/code"),
                    WorkbenchCard.link(20, Label.of("identity.card.profile"), Label.of("identity.card.profile.text"), "/me/profile"),
                    WorkbenchCard.link(80, Label.of("email.title"), Label.of("identity.card.email.text"), "/me/email"),
                    WorkbenchCard.link(90, Label.of("password.title"), Label.of("identity.card.password.text"), "/me/password"));
            case ENTERPRISE -> enterprises.actingFor(user.personId()).stream().map(e -> enterprise(e, user)).toList();
            case OFFICER -> officer(user, locale);
            case DEPT_ADMIN -> administeredDepartments(user, locale);
            case DATA_ADMIN -> List.of(
                    WorkbenchCard.link(10, Label.of("workbench.data-admin.people"), null, null)
                            .counting(people.count(), Label.of("identity.card.people.caption")),
                    WorkbenchCard.link(20, Label.of("workbench.data-admin.enterprises"), null, "/registers/enterprises")
                            .counting(enterprises.count(), Label.of("identity.card.enterprises.caption")),
                    WorkbenchCard.link(30, Label.of("workbench.data-admin.departments"), null, "/registers/departments")
                            .counting(departments.all().size(), Label.of("identity.card.departments.caption")),
                    WorkbenchCard.link(40, Label.of("divisions.title"), Label.of("workbench.data-admin.divisions.text"), "/divisions"),
                    WorkbenchCard.link(50, Label.of("identity.card.read-alerts"), null, "/registers/read-alerts")
                            .counting(readAlerts.openCount(), Label.of("identity.card.read-alerts.caption")));
            case ADMIN -> List.of(
                    WorkbenchCard.link(10, Label.of("accounts.title"), Label.of("workbench.admin.accounts.text"), "/admin/accounts"),
                    WorkbenchCard.link(20, Label.of("setup.title"), Label.of("setup.card.text"), "/admin/setup"));
            case AUDITOR -> List.of();
        };
    }

    private static WorkbenchCard enterprise(EnterpriseView enterprise, UserAccount user) {
        String capacity = enterprise.legalRepresentativeId().equals(user.personId())
                ? "identity.card.enterprise.representative" : "identity.card.enterprise.agent";
        return WorkbenchCard.link(10, Label.text(enterprise.name()), Label.of(capacity, Map.of("uscc", enterprise.uscc().value())),
                "/enterprises/" + enterprise.id());
    }

    private List<WorkbenchCard> officer(UserAccount user, Locale locale) {
        List<WorkbenchCard> cards = new ArrayList<>();
        cards.add(WorkbenchCard.link(10, Label.of("counter.title"), Label.of("workbench.officer.counter.text"), "/counter/identify"));
        cards.add(WorkbenchCard.link(15, Label.of("counter.verify.title"), Label.of("counter.verify.card.text"), "/counter/verify"));
        for (OfficerView appointment : departments.appointmentsOf(user.personId())) {
            DepartmentView department = departments.find(appointment.departmentId()).orElseThrow();
            cards.add(WorkbenchCard.link(80, Label.text(department.name(locale)), Label.of("identity.card.appointment.text",
                    Map.of("title", appointment.title(), "scope", divisions.pathName(appointment.scopeDivision()))),
                    "/departments/" + department.id()));
        }
        return cards;
    }

    private List<WorkbenchCard> administeredDepartments(UserAccount user, Locale locale) {
        return departments.appointmentsOf(user.personId()).stream()
                .filter(a -> a.roles().contains(Role.DEPT_ADMIN))
                .map(a -> {
                    DepartmentView department = departments.find(a.departmentId()).orElseThrow();
                    return WorkbenchCard.link(10, Label.text(department.name(locale)), Label.of("workbench.dept-admin.officers.text"),
                                    "/departments/" + department.id() + "/officers")
                            .counting(departments.officersOf(department.id()).size(), Label.of("identity.card.officers.caption"));
                })
                .toList();
    }
}
