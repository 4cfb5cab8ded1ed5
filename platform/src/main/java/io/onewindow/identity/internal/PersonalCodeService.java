package io.onewindow.identity.internal;

import io.onewindow.identity.EnterpriseView;
import io.onewindow.identity.IdentityError;
import io.onewindow.identity.PersonalCodes;
import io.onewindow.identity.SubjectIdentifiedAtCounter;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.crypto.KeyPurpose;
import io.onewindow.kernel.crypto.KeyRing;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.privacy.Masking;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and resolves personal codes. The QR code carries a token signed with the platform's token key
 * (so it cannot be forged or extended); the eight digits are a lookup into a table of unexpired codes. A code
 * identifies its holder once: resolving it, by its digits or its token, deletes its row, so that a code seen
 * over someone's shoulder or a photographed QR code cannot be used again.
 */
@Service
class PersonalCodeService implements PersonalCodes {

    private static final Pattern DIGITS = Pattern.compile("\\d{8}");
    private static final String TOKEN_VERSION = "OW1";

    private final JdbcClient jdbc;
    private final PersonRegister people;
    private final EnterpriseRegister enterprises;
    private final KeyRing keys;
    private final IdentitySettings.PersonalCode settings;
    private final AuditedActions actions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PersonalCodeService(JdbcClient jdbc, PersonRegister people, EnterpriseRegister enterprises, KeyRing keys,
                        IdentitySettings settings, AuditedActions actions, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.enterprises = enterprises;
        this.keys = keys;
        this.settings = settings.personalCode();
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PersonalCode issue(Subject subject, UUID subjectId, UserAccount holder) {
        boolean entitled = switch (subject) {
            case PERSON -> subjectId.equals(holder.personId());
            case ENTERPRISE -> holder.personId() != null
                    && enterprises.find(subjectId).map(e -> e.mayBeActedForBy(holder.personId())).orElse(false);
        };
        if (!entitled) {
            throw new DomainException(IdentityError.NOT_REPRESENTATIVE);
        }
        Instant now = clock.instant();
        Instant expires = now.plus(settings.lifetime());
        String digits;
        do {
            digits = String.format("%08d", random.nextInt(100_000_000));
        } while (jdbc.sql("""
                        insert into identity.personal_code (code, subject_type, subject_id, issued_at, expires_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (code) do update set subject_type = excluded.subject_type, subject_id = excluded.subject_id,
                            issued_at = excluded.issued_at, expires_at = excluded.expires_at
                        where personal_code.expires_at < excluded.issued_at""")
                .params(digits, subject.name(), subjectId, Timestamp.from(now), Timestamp.from(expires))
                .update() == 0);
        String payload = String.join("|", TOKEN_VERSION, subject.name(), subjectId.toString(),
                Long.toString(expires.getEpochSecond()), digits);
        return new PersonalCode(digits, SignedToken.sign(payload, keys.get(KeyPurpose.TOKEN)), expires);
    }

    @Override
    @Transactional
    public Identified identify(String codeOrToken) {
        String typed = codeOrToken == null ? "" : codeOrToken.replaceAll("\\s", "");
        Optional<Reference> found;
        if (DIGITS.matcher(typed).matches()) {
            found = byDigits(typed);
        } else if (typed.indexOf('.') > 0) {
            found = byToken(typed);
        } else {
            throw new DomainException(IdentityError.PERSONAL_CODE_INVALID);
        }
        Reference reference = found.filter(r -> r.expiresAt().isAfter(clock.instant()))
                .orElseThrow(() -> new DomainException(IdentityError.PERSONAL_CODE_UNKNOWN));
        Identified identified = switch (reference.subject()) {
            case PERSON -> people.find(reference.subjectId())
                    .map(p -> new Identified(Subject.PERSON, p.id(), p.name(), Masking.citizenId(p.citizenId().value()), reference.expiresAt()))
                    .orElseThrow(() -> new DomainException(IdentityError.PERSONAL_CODE_UNKNOWN));
            case ENTERPRISE -> enterprises.find(reference.subjectId())
                    .map((EnterpriseView e) -> new Identified(Subject.ENTERPRISE, e.id(), e.name(), e.uscc().value(), reference.expiresAt()))
                    .orElseThrow(() -> new DomainException(IdentityError.PERSONAL_CODE_UNKNOWN));
        };
        actions.publish(trace -> new SubjectIdentifiedAtCounter(identified.subject(), identified.subjectId(), trace));
        return identified;
    }

    private Optional<Reference> byDigits(String digits) {
        return jdbc.sql("delete from identity.personal_code where code = ? returning subject_type, subject_id, expires_at")
                .param(digits)
                .query((rs, i) -> new Reference(Subject.valueOf(rs.getString(1)), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant()))
                .optional();
    }

    /** The token's own code, taken as its digits are: a token whose code was used or has expired is refused. */
    private boolean taken(String digits, UUID subjectId) {
        return jdbc.sql("delete from identity.personal_code where code = ? and subject_id = ?").params(digits, subjectId).update() == 1;
    }

    private Optional<Reference> byToken(String token) {
        return SignedToken.verify(token, keys.get(KeyPurpose.TOKEN)).flatMap(payload -> {
            String[] parts = payload.split("\\|");
            if (parts.length != 5 || !parts[0].equals(TOKEN_VERSION)) {
                return Optional.empty();
            }
            Reference reference = new Reference(Subject.valueOf(parts[1]), UUID.fromString(parts[2]),
                    Instant.ofEpochSecond(Long.parseLong(parts[3])));
            return taken(parts[4], reference.subjectId()) ? Optional.of(reference) : Optional.empty();
        });
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    @Transactional
    public void forgetExpiredCodes() {
        jdbc.sql("delete from identity.personal_code where expires_at < ?").param(Timestamp.from(clock.instant())).update();
    }

    private record Reference(Subject subject, UUID subjectId, Instant expiresAt) {
    }
}
