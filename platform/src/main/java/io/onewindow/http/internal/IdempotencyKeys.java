package io.onewindow.http.internal;

import io.onewindow.runtime.CommitStatements;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The store of idempotency keys: each call is one short autocommitted statement, so no connection is held
 * between claiming a key and storing its answer. A claim left by a node that died mid-request goes stale
 * and may be taken over, unless its request had committed changes ({@link CommittedClaims}).
 */
class IdempotencyKeys {

    private final JdbcClient jdbc;
    private final Duration staleAfter;

    IdempotencyKeys(JdbcClient jdbc, Duration staleAfter) {
        this.jdbc = jdbc;
        this.staleAfter = staleAfter;
    }

    /** Claims the key for this request; empty if claimed now, else what is stored under it (an answer, or a claim in progress). */
    Optional<Stored> claim(Claim claim) {
        int claimed = jdbc.sql("""
                        insert into http.idempotency_key (scope, key, fingerprint) values (?, ?, ?)
                        on conflict (scope, key) do update set fingerprint = excluded.fingerprint, created_at = now()
                        where not idempotency_key.done and not idempotency_key.committed
                          and idempotency_key.created_at < now() - make_interval(secs => ?)""")
                .params(claim.scope(), claim.key(), claim.fingerprint(), (double) staleAfter.toSeconds())
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        Optional<Stored> stored = jdbc.sql("""
                        select fingerprint, done, status, content_type, location, body, committed,
                               extract(epoch from now() - created_at) as age
                        from http.idempotency_key where scope = ? and key = ?""")
                .params(claim.scope(), claim.key())
                .query((rs, i) -> new Stored(rs.getBytes(1), rs.getBoolean(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getBytes(6), rs.getBoolean(7), Duration.ofMillis((long) (rs.getDouble(8) * 1000))))
                .optional();
        // Released between the two statements: a failed first attempt, so this one may try.
        return stored.isPresent() ? stored : claim(claim);
    }

    void complete(Claim claim, int status, String contentType, String location, byte[] body) {
        jdbc.sql("""
                        update http.idempotency_key set done = true, status = ?, content_type = ?, location = ?, body = ?
                        where scope = ? and key = ?""")
                .params(status, contentType, location, body, claim.scope(), claim.key())
                .update();
    }

    /** The statement that notes, in the transaction that commits the request's changes, that they were committed. */
    CommitStatements.Statement markCommitted(Claim claim) {
        return new CommitStatements.Statement("update http.idempotency_key set committed = true where scope = ? and key = ?",
                List.of(claim.scope(), claim.key()));
    }

    /** Gives the key up (the request failed or is not worth replaying), so a retry is processed afresh; not once it committed. */
    void release(Claim claim) {
        jdbc.sql("delete from http.idempotency_key where scope = ? and key = ? and not done and not committed")
                .params(claim.scope(), claim.key())
                .update();
    }

    /** Keys are kept a day: long enough for any retry, short enough that the table stays small. */
    void forgetOlderThan(Duration age) {
        jdbc.sql("delete from http.idempotency_key where created_at < now() - make_interval(secs => ?)")
                .param((double) age.toSeconds()).update();
    }

    record Claim(String scope, String key, byte[] fingerprint) {
    }

    /** What is stored under a key: its answer once done; whether its request committed changes; how long ago it was claimed. */
    record Stored(byte[] fingerprint, boolean done, int status, String contentType, String location, byte[] body, boolean committed,
                  Duration age) {

        void replay(HttpServletResponse response) throws IOException {
            response.setStatus(status);
            response.setHeader("Idempotent-Replayed", "true");
            if (contentType != null) {
                response.setContentType(contentType);
            }
            if (location != null) {
                response.setHeader(HttpHeaders.LOCATION, location);
            }
            response.getOutputStream().write(body);
        }
    }
}
