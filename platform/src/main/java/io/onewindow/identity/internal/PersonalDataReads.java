package io.onewindow.identity.internal;

import io.onewindow.divisions.Divisions;
import io.onewindow.identity.IdentityError;
import io.onewindow.identity.PersonLookupFoundNobody;
import io.onewindow.identity.PersonalDataReadLimitReached;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.privacy.Masking;
import io.onewindow.purposes.Purposes;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rules every read of a person's data by an officer follows (数据铁笼): a purpose from the managed list; a
 * person within the area the reader's appointments cover; no more reads in an hour than the limit, beyond
 * which reads are refused and the data bureau alerted; and a record of every read, including look-ups that
 * found nobody.
 */
@Component
class PersonalDataReads {

    private static final Duration HOUR = Duration.ofHours(1);

    private final Purposes purposes;
    private final Divisions divisions;
    private final Throttle throttle;
    private final IdentitySettings.Reads settings;
    private final AuditedActions actions;
    private final JdbcClient jdbc;
    private final Clock clock;

    PersonalDataReads(Purposes purposes, Divisions divisions, Throttle throttle, IdentitySettings settings, AuditedActions actions,
                      JdbcClient jdbc, Clock clock) {
        this.purposes = purposes;
        this.divisions = divisions;
        this.throttle = throttle;
        this.settings = settings.reads();
        this.actions = actions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Before the look-up: the purpose is listed and the reader is within their hourly limit (else refused, and reported once). */
    void allow(Optional<UserAccount> reader, String purpose) {
        purposes.require(purpose);
        if (reader.isEmpty()) {
            return;
        }
        UserAccount user = reader.get();
        String key = "reads:" + user.accountId();
        if (throttle.lockedFor(key).isPresent()) {
            throw new DomainException(IdentityError.READ_LIMIT_REACHED);
        }
        int reads = throttle.count(key, new Throttle.Limit(settings.maxPerHour() + 1, HOUR, HOUR));
        if (reads > settings.maxPerHour()) {
            UUID alert = UUID.randomUUID();
            jdbc.sql("""
                            insert into identity.read_alert (id, account_id, username, actor_name, department_id, raised_at, reads)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(alert, user.accountId(), user.username(), user.displayName(),
                            user.departmentIds().isEmpty() ? null : user.departmentIds().get(0), Timestamp.from(clock.instant()), reads)
                    .update();
            actions.publish(trace -> new PersonalDataReadLimitReached(alert, user.accountId(), reads, trace));
            throw new DomainException(IdentityError.READ_LIMIT_REACHED);
        }
    }

    /** A look-up that found nobody is recorded too. */
    void foundNobody(String citizenId, String purpose) {
        actions.publish(trace -> new PersonLookupFoundNobody(Masking.citizenId(citizenId.strip()), purpose.strip(), trace));
    }

    /** An officer reads only people living within the area their appointments cover. */
    void requireWithinScope(Optional<UserAccount> reader, String personDivision) {
        if (reader.isEmpty() || !isStaff(reader.get())) {
            return;
        }
        boolean covered = reader.get().scopeDivisions().stream().anyMatch(scope -> divisions.within(personDivision, scope));
        if (!covered) {
            throw new DomainException(IdentityError.OUTSIDE_SCOPE);
        }
    }

    private static boolean isStaff(UserAccount user) {
        return user.has(Role.OFFICER) || user.has(Role.DATA_ADMIN) || user.has(Role.DEPT_ADMIN) || user.has(Role.AUDITOR);
    }
}
