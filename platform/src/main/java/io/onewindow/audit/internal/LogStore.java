package io.onewindow.audit.internal;

import io.onewindow.tlog.TreeHead;
import io.onewindow.tlog.tiles.BundleId;
import io.onewindow.tlog.tiles.TileId;
import io.onewindow.tlog.tiles.TileReader;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public log in PostgreSQL: the tree head, the hash tiles and entry bundles, the signed checkpoints.
 * A tile or bundle row holds its widest content so far; a narrower (partial) view is a prefix of it.
 */
@Component
public class LogStore implements TileReader {

    /** 4,096 full tiles: 32 MiB, every upper tile of a log of a billion entries and the newest bottom ones. */
    static final int CACHED_TILES = 4096;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final Map<String, byte[]> fullTiles = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(CACHED_TILES, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                    return size() > CACHED_TILES;
                }
            });

    LogStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The tree head, locked for the integrator, with the last record it took from the queue. */
    LockedTree lockTree() {
        return jdbc.sql("select size, root, integrated_txid, integrated_id from audit.tree where id = 1 for update")
                .query((rs, i) -> new LockedTree(new TreeHead(rs.getLong(1), rs.getBytes(2)), rs.getLong(3), rs.getObject(4, UUID.class)))
                .single();
    }

    record LockedTree(TreeHead head, long integratedTxid, UUID integratedId) {
    }

    public TreeHead tree() {
        return jdbc.sql("select size, root from audit.tree where id = 1")
                .query((rs, i) -> new TreeHead(rs.getLong(1), rs.getBytes(2))).single();
    }

    /** Saves the grown tree with the last record it took from the queue. */
    void saveTree(TreeHead head, long integratedTxid, UUID integratedId, Instant at) {
        jdbc.sql("update audit.tree set size = ?, root = ?, integrated_txid = ?, integrated_id = ?, updated_at = ? where id = 1")
                .params(head.size(), head.rootHash(), integratedTxid, integratedId, Timestamp.from(at)).update();
    }

    /**
     * Reads tiles in one query. Full tiles never change, so they are kept in memory (up to
     * {@link #CACHED_TILES}, least recently used first out); a proof on a large log then usually reads only
     * its bottom tile from the database.
     */
    @Override
    public List<byte[]> readTiles(List<TileId> tiles) throws IOException {
        if (tiles.isEmpty()) {
            return List.of();
        }
        Map<String, byte[]> found = new HashMap<>();
        List<TileId> missing = new ArrayList<>();
        for (TileId tile : tiles) {
            byte[] cached = tile.isFull() ? fullTiles.get(key(tile)) : null;
            if (cached != null) {
                found.put(key(tile), cached);
            } else {
                missing.add(tile);
            }
        }
        if (missing.size() == 1) {
            // The usual case once the upper tiles are cached; the plainest query plans fastest.
            TileId tile = missing.get(0);
            jdbc.sql("select data from audit.tile where level = ? and index = ?").params((short) tile.level(), tile.index())
                    .query(byte[].class).optional().ifPresent(data -> found.put(key(tile), data));
        } else if (!missing.isEmpty()) {
            jdbc.sql("""
                            select t.level, t.index, t.data
                            from unnest(?::smallint[], ?::bigint[]) as wanted(level, index)
                            join audit.tile t on t.level = wanted.level and t.index = wanted.index""")
                    .params(missing.stream().map(t -> (short) t.level()).toArray(Short[]::new),
                            missing.stream().map(TileId::index).toArray(Long[]::new))
                    .query(rs -> {
                        found.put(rs.getInt(1) + "/" + rs.getLong(2), rs.getBytes(3));
                    });
        }
        List<byte[]> content = new ArrayList<>(tiles.size());
        for (TileId tile : tiles) {
            byte[] data = found.get(key(tile));
            if (data == null || data.length < tile.byteSize()) {
                throw new IOException("the log has no tile " + tile.path());
            }
            byte[] exact = data.length == tile.byteSize() ? data : Arrays.copyOf(data, tile.byteSize());
            if (tile.isFull()) {
                fullTiles.put(key(tile), exact);
            }
            content.add(exact);
        }
        return content;
    }

    private static String key(TileId tile) {
        return tile.level() + "/" + tile.index();
    }

    /** The tile as the log serves it: the stored content cut to the asked width, if it is that wide. */
    public Optional<byte[]> tile(TileId tile) {
        return jdbc.sql("select data from audit.tile where level = ? and index = ?")
                .params((short) tile.level(), tile.index())
                .query(byte[].class).optional()
                .filter(data -> data.length >= tile.byteSize())
                .map(data -> Arrays.copyOf(data, tile.byteSize()));
    }

    void saveTiles(Map<TileId, byte[]> tiles) {
        SqlParameterSource[] rows = tiles.entrySet().stream().map(e -> new MapSqlParameterSource()
                .addValue("level", (short) e.getKey().level())
                .addValue("index", e.getKey().index())
                .addValue("data", e.getValue())).toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                insert into audit.tile (level, index, data) values (:level, :index, :data)
                on conflict (level, index) do update set data = excluded.data""", rows);
    }

    /** The stored bytes of an entry bundle, however many entries it holds so far. */
    public Optional<byte[]> bundle(long index) {
        return jdbc.sql("select data from audit.entry_bundle where index = ?").param(index).query(byte[].class).optional();
    }

    void saveBundles(Map<BundleId, byte[]> bundles) {
        SqlParameterSource[] rows = bundles.entrySet().stream().map(e -> new MapSqlParameterSource()
                .addValue("index", e.getKey().index())
                .addValue("data", e.getValue())).toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                insert into audit.entry_bundle (index, data) values (:index, :data)
                on conflict (index) do update set data = excluded.data""", rows);
    }

    void saveCheckpoint(TreeHead head, String note, Instant at) {
        jdbc.sql("insert into audit.checkpoint (size, root, note, signed_at) values (?, ?, ?, ?) on conflict (size) do nothing")
                .params(head.size(), head.rootHash(), note, Timestamp.from(at)).update();
    }

    /** The newest signed checkpoint, the one the log serves. */
    public Optional<SignedHead> latestCheckpoint() {
        return jdbc.sql("select size, note from audit.checkpoint order by size desc limit 1")
                .query((rs, i) -> new SignedHead(rs.getLong(1), rs.getString(2))).optional();
    }

    /** A signed checkpoint: the size it commits to and the signed note as served. */
    public record SignedHead(long size, String note) {
    }

    /** Keeps a day of checkpoints, and one an hour before that; receipts carry their own copy. */
    void forgetOldCheckpoints(Instant now) {
        jdbc.sql("""
                delete from audit.checkpoint c
                where c.signed_at < ?
                  and c.size <> (select max(size) from audit.checkpoint)
                  and c.size <> (select max(o.size) from audit.checkpoint o
                                 where date_trunc('hour', o.signed_at) = date_trunc('hour', c.signed_at))""")
                .param(Timestamp.from(now.minusSeconds(86_400))).update();
    }
}
