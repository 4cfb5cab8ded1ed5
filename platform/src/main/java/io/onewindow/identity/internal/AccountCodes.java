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
 * {@link #check} must run in a transaction that commits even when the code is wrong, so that the try counts.
 */
@Component
class AccountCodes {

    /** What became of a code typed. */
    enum Outcome { ACCEPTED, WRONG, EXPIRED, USED_UP, NONE }

    /** The outcome, and how many more tries the code allows when it was wrong. */
    record Checked(Outcome outcome, int triesLeft) {

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
        Optional<Sent> found = jdbc.sql("""
                        select id, code_hash, attempts, expires_at from identity.account_code
                        where account_id = ? and purpose = ? for update""")
                .params(accountId, purpose)
                .query((rs, i) -> new Sent(rs.getObject(1, UUID.class), rs.getBytes(2), rs.getInt(3), rs.getTimestamp(4).toInstant()))
                .optional();
        if (found.isEmpty()) {
            return new Checked(Outcome.NONE, 0);
        }
        Sent sent = found.get();
        if (sent.expiresAt().isBefore(clock.instant())) {
            return new Checked(Outcome.EXPIRED, 0);
        }
        if (sent.attempts() >= OneTimeCodes.MAX_ATTEMPTS) {
            return new Checked(Outcome.USED_UP, 0);
        }
        jdbc.sql("update identity.account_code set attempts = attempts + 1 where id = ?").param(sent.id()).update();
        if (!OneTimeCodes.matches(sent.codeHash(), sent.id(), code)) {
            int left = OneTimeCodes.MAX_ATTEMPTS - sent.attempts() - 1;
            return new Checked(left > 0 ? Outcome.WRONG : Outcome.USED_UP, left);
        }
        jdbc.sql("delete from identity.account_code where id = ?").param(sent.id()).update();
        return new Checked(Outcome.ACCEPTED, 0);
    }

    void forget(UUID accountId, String purpose) {
        jdbc.sql("delete from identity.account_code where account_id = ? and purpose = ?").params(accountId, purpose).update();
    }

    private record Sent(UUID id, byte[] codeHash, int attempts, Instant expiresAt) {
    }
}
