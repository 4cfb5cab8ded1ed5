package io.onewindow.tlog.tiles;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Tiles in a map, the way a log keeps them, counting the reads made. */
final class TileStore implements TileReader {

    private final Map<TileId, byte[]> tiles = new HashMap<>();
    private UnaryOperator<byte[]> served = UnaryOperator.identity();
    private TileId tampered;
    int calls;
    final List<TileId> lastRead = new ArrayList<>();

    void writeAll(Map<TileId, byte[]> written) {
        written.forEach((id, data) -> tiles.put(id, data.clone()));
    }

    byte[] get(TileId tile) {
        return tiles.get(tile);
    }

    /** From now on serves {@code tile} changed by {@code change}. */
    void tamper(TileId tile, UnaryOperator<byte[]> change) {
        tampered = tile;
        served = change;
    }

    @Override
    public List<byte[]> readTiles(List<TileId> wanted) throws IOException {
        calls++;
        lastRead.clear();
        lastRead.addAll(wanted);
        List<byte[]> out = new ArrayList<>();
        for (TileId tile : wanted) {
            byte[] data = tiles.get(tile);
            if (data == null) {
                throw new IOException("no tile " + tile);
            }
            out.add(tile.equals(tampered) ? served.apply(data.clone()) : data.clone());
        }
        return out;
    }
}
