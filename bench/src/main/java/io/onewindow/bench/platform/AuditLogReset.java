package io.onewindow.bench.platform;

import java.sql.SQLException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Empties the platform's audit trail and log, so that a run starts from an empty log, and leaves an
 * external database with a consistent, empty log after the proof benchmark has put a tree of random
 * leaves in it.
 */
public final class AuditLogReset {

    private AuditLogReset() {
    }

    /** Empties the log, pausing the integrator meanwhile. */
    public static void emptyTheLog(PlatformUnderTest platform) throws SQLException {
        try (LogPause ignored = LogPause.hold(platform.dataSource())) {
            emptyWhilePaused(platform.jdbc());
        }
    }

    /** Empties the log; the caller holds a {@link LogPause}. */
    static void emptyWhilePaused(JdbcClient jdbc) {
        jdbc.sql("truncate audit.report, audit.batch, audit.record, audit.tile, audit.entry_bundle, audit.checkpoint").update();
        jdbc.sql("update audit.tree set size = 0, root = sha256(''::bytea), integrated_txid = 0,"
                + " integrated_id = 'ffffffff-ffff-ffff-ffff-ffffffffffff', updated_at = now() where id = 1").update();
    }
}
