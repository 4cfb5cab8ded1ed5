package io.onewindow.audit.internal;

import io.onewindow.tlog.HashReader;
import io.onewindow.tlog.MerkleHasher;
import io.onewindow.tlog.TreeHead;
import io.onewindow.tlog.tiles.BundleId;
import io.onewindow.tlog.tiles.TileId;
import io.onewindow.tlog.tiles.TileReader;
import io.onewindow.tlog.tiles.TileSlice;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    LogStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    TreeHead lockTree() {
        return jdbc.sql("select size, root from audit.tree where id = 1 for update")
                .query((rs, i) -> new TreeHead(rs.getLong(1), rs.getBytes(2))).single();
    }

    public TreeHead tree() {
        return jdbc.sql("select size, root from audit.tree where id = 1")
                .query((rs, i) -> new TreeHead(rs.getLong(1), rs.getBytes(2))).single();
    }

    void saveTree(TreeHead head, Instant at) {
        jdbc.sql("update audit.tree set size = ?, root = ?, updated_at = ? where id = 1")
                .params(head.size(), head.rootHash(), Timestamp.from(at)).update();
    }

    @Override
    public List<byte[]> readTiles(List<TileId> tiles) throws IOException {
        if (tiles.isEmpty()) {
            return List.of();
        }
        Map<String, byte[]> found = new HashMap<>();
        jdbc.sql("select level, index, data from audit.tile where (level, index) in (select * from unnest(?::smallint[], ?::bigint[]))")
                .params(tiles.stream().map(t -> (short) t.level()).toArray(Short[]::new),
                        tiles.stream().map(TileId::index).toArray(Long[]::new))
                .query(rs -> {
                    found.put(rs.getInt(1) + "/" + rs.getLong(2), rs.getBytes(3));
                });
        List<byte[]> content = new ArrayList<>(tiles.size());
        for (TileId tile : tiles) {
            byte[] data = found.get(tile.level() + "/" + tile.index());
            if (data == null || data.length < tile.byteSize()) {
                throw new IOException("the log has no tile " + tile.path());
            }
            content.add(data.length == tile.byteSize() ? data : Arrays.copyOf(data, tile.byteSize()));
        }
        return content;
    }

    /**
     * The log's hashes for proofs in a tree of the given size. Each node is read as the slice of its tile
     * that it covers (one hash, or the 2^k hashes below it), all in one query, and folded to the node's
     * hash; a proof on a ten-million-entry log reads a few hundred bytes rather than whole tiles.
     */
    public HashReader hashReader(long treeSize) {
        return nodes -> {
            if (nodes.isEmpty()) {
                return List.of();
            }
            List<TileSlice> slices = nodes.stream().map(node -> TileSlice.of(node, treeSize)).toList();
            int count = slices.size();
            Integer[] order = new Integer[count];
            Short[] levels = new Short[count];
            Long[] indexes = new Long[count];
            Integer[] offsets = new Integer[count];
            Integer[] lengths = new Integer[count];
            for (int i = 0; i < count; i++) {
                TileSlice slice = slices.get(i);
                order[i] = i;
                levels[i] = (short) slice.tile().level();
                indexes[i] = slice.tile().index();
                offsets[i] = slice.from() * MerkleHasher.HASH_SIZE + 1;
                lengths[i] = (slice.to() - slice.from()) * MerkleHasher.HASH_SIZE;
            }
            byte[][] read = new byte[count][];
            jdbc.sql("""
                            select s.ord, substring(t.data from s.off for s.len)
                            from unnest(?::int[], ?::smallint[], ?::bigint[], ?::int[], ?::int[]) as s(ord, level, index, off, len)
                            join audit.tile t on t.level = s.level and t.index = s.index""")
                    .params(order, levels, indexes, offsets, lengths)
                    .query(rs -> {
                        read[rs.getInt(1)] = rs.getBytes(2);
                    });
            MerkleHasher hasher = MerkleHasher.forCurrentThread();
            List<byte[]> hashes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                if (read[i] == null || read[i].length != lengths[i]) {
                    throw new IOException("the log has no hashes for " + nodes.get(i) + " in tile " + slices.get(i).tile().path());
                }
                hashes.add(subtreeHash(read[i], hasher));
            }
            return hashes;
        };
    }

    // The hashes of a complete subtree's bottom row, 2^k of them, folded pairwise to its root.
    private static byte[] subtreeHash(byte[] row, MerkleHasher hasher) {
        byte[] level = row;
        int size = MerkleHasher.HASH_SIZE;
        while (level.length > size) {
            byte[] above = new byte[level.length / 2];
            for (int i = 0; i < above.length / size; i++) {
                hasher.hashChildren(level, 2 * i * size, level, (2 * i + 1) * size, above, i * size);
            }
            level = above;
        }
        return level;
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
