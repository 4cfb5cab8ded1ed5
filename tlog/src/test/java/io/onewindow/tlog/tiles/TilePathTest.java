package io.onewindow.tlog.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TilePathTest {

    @Test
    void theIndexFromTheSpecIsWrittenInGroupsOfThreeDigits() {
        // C2SP tlog-tiles, "Merkle Tree": index 1234067 is encoded as x001/x234/067.
        assertThat(new TileId(0, 1234067, 256).path()).isEqualTo("tile/0/x001/x234/067");
        assertThat(TileId.parsePath("tile/0/x001/x234/067")).isEqualTo(new TileId(0, 1234067, 256));
    }

    @Test
    void partialTilesAndBundlesCarryTheirWidth() {
        assertThat(new TileId(1, 0, 17).path()).isEqualTo("tile/1/000.p/17");
        assertThat(new TileId(2, 1000, 1).path()).isEqualTo("tile/2/x001/000.p/1");
        assertThat(new BundleId(273, 112).path()).isEqualTo("tile/entries/273.p/112");
        assertThat(new BundleId(5, 256).path()).isEqualTo("tile/entries/005");
        assertThat(BundleId.parsePath("tile/entries/x001/x234/067.p/255")).isEqualTo(new BundleId(1234067, 255));
        assertThat(TileId.parsePath("tile/63/x009/x223/x372/x036/x854/x775/807"))
                .isEqualTo(new TileId(63, Long.MAX_VALUE, 256));
    }

    @Property(tries = 1000)
    void tilePathsRoundTrip(@ForAll @IntRange(min = 0, max = 63) int level,
                            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long index,
                            @ForAll @IntRange(min = 1, max = 256) int width) {
        TileId tile = new TileId(level, index, width);
        assertThat(TileId.parsePath(tile.path())).isEqualTo(tile);
    }

    @Property(tries = 1000)
    void bundlePathsRoundTrip(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long index,
                              @ForAll @IntRange(min = 1, max = 256) int width) {
        BundleId bundle = new BundleId(index, width);
        assertThat(BundleId.parsePath(bundle.path())).isEqualTo(bundle);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "tile/0/1", "tile/0/0001", "tile/00/000", "tile/01/000", "tile/64/000", "tile/-1/000", "tile/0/x000/001",
        "tile/0/001/002", "tile/0/x001/02", "tile/0/000.p/0", "tile/0/000.p/256", "tile/0/000.p/05", "tile/0/000.p/",
        "tile/0/000.p/1/2", "tile/0/000/", "tile/0/", "tile/0", "tile//000", "tiles/0/000", "/tile/0/000", "tile/0/00a",
        "tile/0/x9999/000", "tile/0/x010/x000/x000/x000/x000/x000/x000/000", "tile/entries/000", "tile/4/0/001",
        "tile/3/5/x123/x456/078", "tile/0/+01", "tile/0/０00"})
    void malformedTilePathsAreRejected(String path) {
        assertThatThrownBy(() -> TileId.parsePath(path)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tile/entries/1", "tile/entries/x000/001", "tile/entries/000.p/256", "tile/0/000",
        "tile/entries/", "tile/entries/000.p/0"})
    void malformedBundlePathsAreRejected(String path) {
        assertThatThrownBy(() -> BundleId.parsePath(path)).isInstanceOf(IllegalArgumentException.class);
    }
}
