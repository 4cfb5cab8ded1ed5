package io.onewindow.cases.internal;

import io.onewindow.calendar.WorkingDays;
import io.onewindow.cases.Applicant;
import io.onewindow.cases.CaseAction;
import io.onewindow.cases.CaseAssigned;
import io.onewindow.cases.CaseConcluded;
import io.onewindow.cases.CaseError;
import io.onewindow.cases.CaseEscalated;
import io.onewindow.cases.CaseState;
import io.onewindow.cases.CaseStateChanged;
import io.onewindow.identity.Departments;
import io.onewindow.identity.OfficerView;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves cases: an officer of the case's department, within their divisions, takes the officer's actions; the
 * applicant takes theirs (resubmit, withdraw). Each action checks the lock version the actor saw, writes the
 * history entry, publishes {@link CaseStateChanged} (and {@link CaseConcluded} when the case ends) and tells the
 * applicant, all in one transaction.
 */
@Service
public class CaseWork {

    private final CaseStore store;
    private final AuditedActions actions;
    private final WorkingDays workingDays;
    private final Departments departments;
    private final CaseNotices notices;
    private final Clock clock;

    CaseWork(CaseStore store, AuditedActions actions, WorkingDays workingDays, Departments departments, CaseNotices notices, Clock clock) {
        this.store = store;
        this.actions = actions;
        this.workingDays = workingDays;
        this.departments = departments;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Takes an action on a case. {@code seenVersion} is the lock version the actor acted on (null: the current
     * one, for an API client that does not track it); a case changed since is refused as stale.
     */
    @Transactional
    public CaseRow act(UUID caseId, CaseAction action, Integer seenVersion, String reason, UserAccount user) {
        CaseRow row = store.find(caseId).orElseThrow(() -> new DomainException(CaseError.NOT_FOUND, Map.of()));
        store.lockApplication(row.applicationId());
        row = store.find(caseId).orElseThrow();
        CaseAction.By by = action.by();
        if (by == CaseAction.By.OFFICER) {
            requireOfficerOf(row, user);
        } else if (!row.accountId().equals(user.accountId())) {
            throw new DomainException(CaseError.NOT_YOURS, Map.of());
        }
        if (seenVersion != null && seenVersion != row.file().lockVersion()) {
            throw new DomainException(CaseError.STALE, Map.of());
        }
        CaseFile before = row.file();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        CaseFile after = before.apply(action, by, why, workingDays.today(), workingDays.calendar());
        Instant now = clock.instant();
        CaseConcluded.Decision decision = switch (action) {
            case REFUSE -> CaseConcluded.Decision.NOT_ACCEPTED;
            case WITHDRAW -> CaseConcluded.Decision.WITHDRAWN;
            case CONCLUDE -> before.state() == CaseState.APPROVED ? CaseConcluded.Decision.APPROVED : CaseConcluded.Decision.REJECTED;
            default -> null;
        };
        Integer used = after.decidedOn() != null && before.decidedOn() == null && after.acceptedOn() != null
                ? workingDays.calendar().countBetween(after.acceptedOn(), after.decidedOn(), after.stops()) : null;
        store.transition(before, after, decision == null ? null : decision.name(), used, after.state().ended() ? now : null);
        store.event(caseId, now, action.name(), before.state(), after.state(), user.displayName(), why);
        CaseRow changed = row;
        actions.publish(trace -> new CaseStateChanged(caseId, changed.applicationId(), action, before.state(), after.state(), why, trace));
        if (decision != null) {
            var application = store.application(row.applicationId()).orElseThrow();
            actions.publish(trace -> new CaseConcluded(caseId, changed.itemCode(), changed.itemVersion(), changed.departmentId(),
                    application.applicant(), decision, changed.answers(), trace));
        }
        notices.caseChanged(row.accountId(), row.applicationId(), row.name().zh(), after.state(), now);
        return store.find(caseId).orElseThrow();
    }

    /** The officer takes the case (领办). */
    @Transactional
    public void claim(UUID caseId, UserAccount user) {
        CaseRow row = officerCase(caseId, user);
        store.assign(caseId, user.personId(), user.displayName());
        actions.publish(trace -> new CaseAssigned(row.id(), user.personId(), user.displayName(), trace));
    }

    /** The department's administrator gives the case to one of its officers (分派, 改派). */
    @Transactional
    public void assign(UUID caseId, UUID officerPersonId, UserAccount user) {
        CaseRow row = officerCase(caseId, user);
        requireAdmin(row, user);
        OfficerView officer = departments.officersOf(row.departmentId()).stream().filter(o -> o.personId().equals(officerPersonId))
                .findFirst().orElseThrow(() -> new DomainException(CaseError.ASSIGNEE_UNKNOWN, Map.of()));
        store.assign(caseId, officer.personId(), officer.personName());
        actions.publish(trace -> new CaseAssigned(caseId, officer.personId(), officer.personName(), trace));
    }

    /** 督办: the administrator escalates an overdue case; it is marked and stays on the data bureau's list until it ends. */
    @Transactional
    public void escalate(UUID caseId, UserAccount user) {
        CaseRow row = officerCase(caseId, user);
        requireAdmin(row, user);
        store.escalate(caseId, clock.instant());
        actions.publish(trace -> new CaseEscalated(caseId, row.departmentId(), trace));
    }

    /** The case, if the user may work it ({@link #mayWork}). */
    public CaseRow officerCase(UUID caseId, UserAccount user) {
        CaseRow row = store.find(caseId).orElseThrow(() -> new DomainException(CaseError.NOT_FOUND, Map.of()));
        requireOfficerOf(row, user);
        return row;
    }

    /**
     * Whether the user may work the case: an officer appointed to its department with a scope that holds the applicant's
     * division (an appointment elsewhere widens nothing here), and not the one who filed it or applies in it.
     */
    public boolean mayWork(CaseRow row, UserAccount user) {
        return user.has(Role.OFFICER) && !ownApplication(row, user) && appointedTo(row, user, null);
    }

    private void requireOfficerOf(CaseRow row, UserAccount user) {
        if (!user.has(Role.OFFICER) || !appointedTo(row, user, null)) {
            throw new DomainException(CaseError.NOT_AN_OFFICER, Map.of());
        }
        if (ownApplication(row, user)) {
            throw new DomainException(CaseError.OWN_APPLICATION, Map.of());
        }
    }

    private void requireAdmin(CaseRow row, UserAccount user) {
        if (!user.has(Role.DEPT_ADMIN) || !appointedTo(row, user, Role.DEPT_ADMIN)) {
            throw new DomainException(CaseError.NOT_THE_DEPARTMENTS_ADMIN, Map.of());
        }
    }

    /** The departments the user is an administrator of, by their appointments (not every department they serve in). */
    public List<UUID> administered(UserAccount user) {
        return departments.appointmentsOf(user.personId()).stream().filter(a -> a.roles().contains(Role.DEPT_ADMIN))
                .map(OfficerView::departmentId).filter(user.departmentIds()::contains).distinct().toList();
    }

    private boolean appointedTo(CaseRow row, UserAccount user, Role role) {
        return user.departmentIds().contains(row.departmentId()) && departments.appointmentsOf(user.personId()).stream()
                .anyMatch(a -> a.departmentId().equals(row.departmentId()) && (role == null || a.roles().contains(role))
                        && row.divisionCode().startsWith(a.scopeDivision()));
    }

    private boolean ownApplication(CaseRow row, UserAccount user) {
        if (row.accountId().equals(user.accountId())) {
            return true;
        }
        Applicant applicant = store.application(row.applicationId()).map(a -> a.applicant()).orElse(null);
        return applicant != null && applicant.kind() == Applicant.SubjectKind.PERSON && applicant.subjectId().equals(user.personId());
    }
}
