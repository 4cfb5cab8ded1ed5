package io.onewindow.tlog;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class StoredHashIndexTest {

    @Test
    void theFirstHashesAreNumberedInTheOrderTheyBecomeKnown() {
        // Leaf 0, leaf 1, node (1,0), leaf 2, leaf 3, (1,1), (2,0), leaf 4: as Go's sumdb/tlog numbers them.
        NodeId[] order = {
            new NodeId(0, 0), new NodeId(0, 1), new NodeId(1, 0), new NodeId(0, 2), new NodeId(0, 3),
            new NodeId(1, 1), new NodeId(2, 0), new NodeId(0, 4)};
        for (int i = 0; i < order.length; i++) {
            assertThat(order[i].storedIndex()).isEqualTo(i);
            assertThat(StoredHashIndex.split(i)).isEqualTo(order[i]);
        }
        assertThat(StoredHashIndex.count(4)).isEqualTo(7);
        assertThat(StoredHashIndex.count(0)).isZero();
    }

    @Property(tries = 2000)
    void splitUndoesTheStoredIndex(@ForAll @IntRange(min = 0, max = 40) int level,
                                   @ForAll @LongRange(min = 0, max = 1L << 20) long index) {
        NodeId node = new NodeId(level, index);
        assertThat(StoredHashIndex.split(node.storedIndex())).isEqualTo(node);
    }

    @Property(tries = 2000)
    void everyStoredIndexNamesExactlyOneNode(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 4) long storedIndex) {
        assertThat(StoredHashIndex.split(storedIndex).storedIndex()).isEqualTo(storedIndex);
    }
}
