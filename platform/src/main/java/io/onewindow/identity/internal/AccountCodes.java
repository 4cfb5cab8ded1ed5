package io.onewindow.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time codes sent to the holder of an account for one purpose ({@code identity.account_code}): one code per
 * account and purpose at a time, stored as a hash ({@link OneTimeCodes}), each try counted, gone once it works.
 * A password reset stores its code under the reset's id ({@link PasswordResetService}) and checks it by that id.
 * {@link #check} must run in a transaction that commits even when the code is wrong, so that the try counts.
 */
@Component
class AccountCodes {

    /** What became of a code typed. */
    enum Outcome { ACCEPTED, WRONG, EXPIRED, USED_UP, NONE }

    /** The outcome, how many more tries the code allows when it was wrong, and whose code it was (null when none). */
    record Checked(Outcome outcome, int triesLeft, UUID accountId) {

        boolean accepted() {
            return outcome == Outcome.ACCEPTED;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountCodes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new code for the account and purpose, valid for {@code lifetime}; any earlier one stops working. */
    String issue(UUID accountId, String purpose, Duration lifetime) {
        String code = OneTimeCodes.newCode();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("delete from identity.account_code where account_id = ? and purpose = ?").params(accountId, purpose).update();
        jdbc.sql("""
                        insert into identity.account_code (id, account_id, purpose, code_hash, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, accountId, purpose, OneTimeCodes.hash(id, code), Timestamp.from(now), Timestamp.from(now.plus(lifetime)))
                .update();
        return code;
    }

    /** Counts the try and compares the code (in constant time); a code that works is deleted, so it works once. */
    Checked check(UUID accountId, String purpose, String code) {
        return check(jdbc.sql("""
                        select id, account_id, code_hash, attempts, expires_at from identity.account_code
                        where account_id = ? and purpose = ? for update""")
                .params(accountId, purpose), code);
    }

    /** As {@link #check(UUID, String, String)}, for a code known by its own id, such as a reset's; the outcome names its account. */
    Checked checkById(UUID id, String purpose, String code) {
        return check(jdbc.sql("""
                        select id, account_id, code_hash, attempts, expires_at from identity.account_code
                        where id = ? and purpose = ? for update""")
                .params(id, purpose), code);
    }

    private Checked check(JdbcClient.StatementSpec lookup, String code) {
        Optional<Sent> found = lookup
                .query((rs, i) -> new Sent(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getBytes(3), rs.getInt(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
        if (found.isEmpty()) {
            return new Checked(Outcome.NONE, 0, null);
        }
        Sent sent = found.get();
        if (sent.expiresAt().isBefore(clock.instant())) {
            return new Checked(Outcome.EXPIRED, 0, sent.accountId());
        }
        if (sent.attempts() >= OneTimeCodes.MAX_ATTEMPTS) {
            return new Checked(Outcome.USED_UP, 0, sent.accountId());
        }
        jdbc.sql("update identity.account_code set attempts = attempts + 1 where id = ?").param(sent.id()).update();
        if (!OneTimeCodes.matches(sent.codeHash(), sent.id(), code)) {
            int left = OneTimeCodes.MAX_ATTEMPTS - sent.attempts() - 1;
            return new Checked(left > 0 ? Outcome.WRONG : Outcome.USED_UP, left, sent.accountId());
        }
        jdbc.sql("delete from identity.account_code where id = ?").param(sent.id()).update();
        return new Checked(Outcome.ACCEPTED, 0, sent.accountId());
    }

    /** Whether a code for the account and purpose is waiting to be typed: sent, not expired, tries left. */
    boolean waiting(UUID accountId, String purpose) {
        return jdbc.sql("""
                        select count(*) from identity.account_code
                        where account_id = ? and purpose = ? and expires_at > ? and attempts < ?""")
                .params(accountId, purpose, Timestamp.from(clock.instant()), OneTimeCodes.MAX_ATTEMPTS)
                .query(Long.class).single() > 0;
    }

    void forget(UUID accountId, String purpose) {
        jdbc.sql("delete from identity.account_code where account_id = ? and purpose = ?").params(accountId, purpose).update();
    }

    private record Sent(UUID id, UUID accountId, byte[] codeHash, int attempts, Instant expiresAt) {
    }
}
