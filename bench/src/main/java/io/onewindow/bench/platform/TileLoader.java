package io.onewindow.bench.platform;

import io.onewindow.bench.tree.TileSet;
import io.onewindow.tlog.TreeHead;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Puts a whole tree into the platform's log tables in one go: every tile into {@code audit.tile} with
 * PostgreSQL's binary COPY (far faster than the integrator's batches, which would take hours for ten
 * million entries), then the tree head into {@code audit.tree}. The rows are exactly those the
 * integrator would have written; the log must be paused and empty.
 */
final class TileLoader {

    private static final byte[] COPY_SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final int FLUSH_BYTES = 1 << 20;

    private TileLoader() {
    }

    static void load(DataSource dataSource, TileSet tiles, TreeHead head) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy audit.tile (level, index, data) from stdin (format binary)");
            try {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_BYTES + 16 * 1024);
                DataOutputStream rows = new DataOutputStream(buffer);
                rows.write(COPY_SIGNATURE);
                rows.writeInt(0);
                rows.writeInt(0);
                tiles.forEach((level, index, content) -> {
                    try {
                        rows.writeShort(3);
                        rows.writeInt(Short.BYTES);
                        rows.writeShort(level);
                        rows.writeInt(Long.BYTES);
                        rows.writeLong(index);
                        rows.writeInt(content.length);
                        rows.write(content);
                        if (buffer.size() >= FLUSH_BYTES) {
                            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                            buffer.reset();
                        }
                    } catch (IOException | SQLException e) {
                        throw new IllegalStateException("COPY into audit.tile failed", e);
                    }
                });
                rows.writeShort(-1);
                copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                copy.endCopy();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            try (PreparedStatement tree = connection.prepareStatement("update audit.tree set size = ?, root = ?, updated_at = now() where id = 1")) {
                tree.setLong(1, head.size());
                tree.setBytes(2, head.rootHash());
                tree.executeUpdate();
            }
            // As autovacuum would after such an insert: the planner then knows the table's size.
            try (PreparedStatement analyze = connection.prepareStatement("analyze audit.tile")) {
                analyze.execute();
            }
        }
    }
}
