package io.onewindow.bench.tree;

import io.onewindow.tlog.tiles.TileId;
import io.onewindow.tlog.tiles.TileReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A log's hash tiles held in memory, as the platform's {@code audit.tile} table holds them: one entry per
 * tile with its widest content so far, a narrower view being a prefix. Written while a tree is built,
 * then only read, from any number of threads.
 */
public final class TileSet implements TileReader {

    private final List<List<byte[]>> levels = new ArrayList<>();

    /** Stores a tile's content, replacing a narrower one. */
    public void put(TileId tile, byte[] content) {
        while (levels.size() <= tile.level()) {
            levels.add(new ArrayList<>());
        }
        List<byte[]> level = levels.get(tile.level());
        while (level.size() <= tile.index()) {
            level.add(null);
        }
        level.set((int) tile.index(), content);
    }

    @Override
    public List<byte[]> readTiles(List<TileId> tiles) throws IOException {
        List<byte[]> content = new ArrayList<>(tiles.size());
        for (TileId tile : tiles) {
            content.add(read(tile));
        }
        return content;
    }

    /** The tile's content at its width. */
    public byte[] read(TileId tile) throws IOException {
        byte[] stored = tile.level() < levels.size() && tile.index() < levels.get(tile.level()).size()
                ? levels.get(tile.level()).get((int) tile.index()) : null;
        if (stored == null || stored.length < tile.byteSize()) {
            throw new IOException("no tile " + tile.path());
        }
        return stored.length == tile.byteSize() ? stored : Arrays.copyOf(stored, tile.byteSize());
    }

    /** Every stored tile at its widest, lowest level first, as (level, index, content). */
    public void forEach(TileVisitor visitor) {
        for (int level = 0; level < levels.size(); level++) {
            List<byte[]> tiles = levels.get(level);
            for (int index = 0; index < tiles.size(); index++) {
                visitor.visit(level, index, tiles.get(index));
            }
        }
    }

    /** The number of stored tiles. */
    public long count() {
        return levels.stream().mapToLong(List::size).sum();
    }

    /** The stored bytes. */
    public long bytes() {
        return levels.stream().flatMap(List::stream).mapToLong(t -> t.length).sum();
    }

    /** Receives stored tiles. */
    @FunctionalInterface
    public interface TileVisitor {
        void visit(int level, long index, byte[] content);
    }
}
