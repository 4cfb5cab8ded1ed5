package io.onewindow.licences.internal;

import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.licences.HolderKind;
import io.onewindow.licences.LicenceShareViewed;
import io.onewindow.licences.LicenceShareWithdrawn;
import io.onewindow.licences.LicenceShared;
import io.onewindow.licences.LicenceView;
import io.onewindow.licences.LicencesError;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links a holder makes to show a licence (亮证): a random token, valid for a time the holder chooses, withdrawn
 * whenever they like. Every view through a link is an access to the holder's data they see in "who used my data".
 */
@Service
public class Shares {

    public static final List<Duration> CHOICES = List.of(Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7));

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final LicenceStore store;
    private final AuditedActions actions;
    private final Clock clock;

    Shares(JdbcClient jdbc, LicenceStore store, AuditedActions actions, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.actions = actions;
        this.clock = clock;
    }

    public record Share(String token, UUID licenceId, Instant createdAt, Instant expiresAt, Instant revokedAt) {
        public boolean activeAt(Instant now) {
            return revokedAt == null && now.isBefore(expiresAt);
        }
    }

    /** A new link to the licence, valid for one of {@link #CHOICES}; the person sharing is the holder (or acts for the enterprise). */
    @Transactional
    public Share create(LicenceView licence, UUID personId, Duration validity) {
        Duration chosen = CHOICES.contains(validity) ? validity : CHOICES.get(1);
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        Instant expires = now.plus(chosen);
        jdbc.sql("insert into licences.share (token, licence_id, created_at, expires_at) values (:token, :licence, :now, :expires)")
                .param("token", token).param("licence", licence.id()).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expires)).update();
        actions.publish(trace -> new LicenceShared(licence.id(), personId, expires, trace));
        return new Share(token, licence.id(), now, expires, null);
    }

    @Transactional
    public void withdraw(String token, LicenceView licence, UUID personId) {
        int changed = jdbc.sql("update licences.share set revoked_at = :now where token = :token and licence_id = :licence and revoked_at is null")
                .param("now", Timestamp.from(clock.instant())).param("token", token).param("licence", licence.id()).update();
        if (changed == 0) {
            throw new DomainException(LicencesError.SHARE_NOT_FOUND);
        }
        actions.publish(trace -> new LicenceShareWithdrawn(licence.id(), personId, trace));
    }

    @Transactional(readOnly = true)
    public List<Share> of(UUID licenceId) {
        return jdbc.sql("select token, licence_id, created_at, expires_at, revoked_at from licences.share where licence_id = :licence "
                        + "order by created_at desc")
                .param("licence", licenceId).query((rs, n) -> new Share(rs.getString(1), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant())).list();
    }

    /**
     * The licence behind an active link, its view recorded as an access to the holder's data (for an enterprise's
     * licence, which is nobody's personal data, as {@link LicenceShareViewed}). Throws {@code SHARE_NOT_FOUND} for an expired,
     * withdrawn or unknown link.
     */
    @Transactional
    public LicenceView open(String token) {
        Optional<Share> share = jdbc.sql("select token, licence_id, created_at, expires_at, revoked_at from licences.share where token = :token")
                .param("token", token).query((rs, n) -> new Share(rs.getString(1), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant())).optional();
        if (share.isEmpty() || !share.get().activeAt(clock.instant())) {
            throw new DomainException(LicencesError.SHARE_NOT_FOUND);
        }
        LicenceView licence = store.find(share.get().licenceId()).orElseThrow().view();
        if (licence.holderKind() == HolderKind.PERSON) {
            actions.accessed(licence.holderId(), "licence:" + licence.type().code(), "licence-sharing");
        } else {
            actions.publish(trace -> new LicenceShareViewed(licence.id(), licence.holderId(), trace));
        }
        return licence;
    }
}
