package io.onewindow.tlog.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.tlog.NodeId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TileGeometryTest {

    @Test
    void aTreeOf70000EntriesHasTheTilesTheSpecLists() {
        // C2SP tlog-tiles, "Partial Tiles": 273 full level 0 tiles, a partial one of width 112, one full
        // level 1 tile, a partial one of width 17 and a partial level 2 tile of width 1.
        assertThat(TileId.partialTiles(70_000)).containsExactly(
                new TileId(0, 273, 112), new TileId(1, 1, 17), new TileId(2, 0, 1));
        List<TileId> all = TileId.changedTiles(0, 70_000);
        assertThat(all).hasSize(273 + 1 + 1 + 1 + 1);
        assertThat(all.stream().filter(t -> t.level() == 0 && t.isFull())).hasSize(273);
        assertThat(all.stream().filter(t -> t.level() == 1 && t.isFull())).hasSize(1);
    }

    @Test
    void aTreeOf256EntriesIsOneFullTileAndAPartialTileAbove() {
        // C2SP tlog-tiles, "Partial Tiles".
        assertThat(TileId.changedTiles(0, 256)).containsExactly(new TileId(0, 0, 256), new TileId(1, 0, 1));
        assertThat(TileId.partialTiles(256)).containsExactly(new TileId(1, 0, 1));
    }

    @Test
    void growingRewritesOnlyTheTilesThatChange() {
        assertThat(TileId.changedTiles(1, 1)).isEmpty();
        assertThat(TileId.changedTiles(100, 101)).containsExactly(new TileId(0, 0, 101));
        assertThat(TileId.changedTiles(255, 257))
                .containsExactly(new TileId(0, 0, 256), new TileId(0, 1, 1), new TileId(1, 0, 1));
        assertThat(TileId.changedTiles(256, 260)).containsExactly(new TileId(0, 1, 4));
        assertThat(TileId.changedTiles(65_535, 65_536)).containsExactly(
                new TileId(0, 255, 256), new TileId(1, 0, 256), new TileId(2, 0, 1));
        assertThat(BundleId.changedBundles(255, 257)).containsExactly(new BundleId(0, 256), new BundleId(1, 1));
    }

    @Property(tries = 500)
    void theChangedTilesAreExactlyTheTilesOfTheNewTreeTheOldOneLacks(
            @ForAll @LongRange(min = 0, max = 20_000_000) long oldSize,
            @ForAll @LongRange(min = 0, max = 200_000) long growth) {
        long newSize = oldSize + growth;
        Set<TileId> expected = allTiles(newSize);
        expected.removeAll(allTiles(oldSize));
        assertThat(new HashSet<>(TileId.changedTiles(oldSize, newSize))).isEqualTo(expected);
    }

    @Property(tries = 1000)
    void everyNodeOfATreeIsInTheTileOfItsLevelThatCoversIt(
            @ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 2) long treeSize,
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long anyLeaf,
            @ForAll @LongRange(min = 0, max = 61) long anyLevel) {
        int level = (int) Math.min(anyLevel, 63 - Long.numberOfLeadingZeros(treeSize));
        long lastComplete = (treeSize >>> level) - 1;
        NodeId node = new NodeId(level, (anyLeaf >>> level) % (lastComplete + 1));
        TileId tile = TileId.forNode(node, treeSize);
        assertThat(tile.level()).isEqualTo(level / 8);
        int position = TileId.positionOf(node);
        assertThat(position + (1 << (level % 8))).isLessThanOrEqualTo(tile.width());
        assertThat(tile.node(position).firstLeaf()).isEqualTo(node.firstLeaf());
    }

    @Test
    void anInclusionProofInTenMillionEntriesNeedsFiveTilesAndTheHashesInsideThem() {
        long size = 10_000_000;
        List<TileSlice> slices = TileSlice.of(io.onewindow.tlog.ProofNodes.forInclusion(1_234_567, size), size);
        // One tile per level on the leaf's path, and the partial tiles the ragged right border folds from.
        assertThat(slices.stream().map(TileSlice::tile).distinct()).containsExactly(
                new TileId(0, 4822, 256), new TileId(1, 18, 256), new TileId(2, 0, 152),
                new TileId(1, 152, 150), new TileId(0, 39062, 128));
        // The leaf's sibling is one hash of its level-0 tile; the level-7 sibling is recomputed from 128.
        assertThat(slices.get(0)).isEqualTo(new TileSlice(new TileId(0, 4822, 256), 134, 135));
        assertThat(slices.get(7)).isEqualTo(new TileSlice(new TileId(0, 4822, 256), 0, 128));
    }

    private static Set<TileId> allTiles(long size) {
        Set<TileId> tiles = new HashSet<>();
        for (int level = 0; TileId.hashesAtLevel(level, size) > 0; level++) {
            for (long index = 0; index * 256 < TileId.hashesAtLevel(level, size); index++) {
                tiles.add(new TileId(level, index, TileId.widthAt(level, index, size)));
            }
        }
        return tiles;
    }
}
