package io.onewindow.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CompactRangePropertiesTest {

    private final ReferenceMerkleTree reference = new ReferenceMerkleTree(TestTrees.leafHashes(TestTrees.LARGEST));

    @Test
    void theRootAfterEveryAppendEqualsTheRfcRoot() {
        CompactRange range = CompactRange.empty();
        for (int size = 0; size <= 600; size++) {
            assertThat(range.rootHash()).as("size %d", size).isEqualTo(reference.mth(0, size));
            range.append(TestTrees.leafHash(size));
        }
    }

    @Property(tries = 200)
    void aRangeRestoredFromItsRightEdgeGoesOnLikeTheOriginal(@ForAll @IntRange(min = 0, max = 1500) int size,
                                                            @ForAll @IntRange(min = 1, max = 500) int more) {
        CompactRange original = CompactRange.empty();
        TestTrees.leafHashes(size).forEach(original::append);
        CompactRange restored = CompactRange.restore(size, original.rightEdgeHashes());
        CompactRange fromStorage = unchecked(() -> CompactRange.restore(size, TestTrees.shared()));

        for (int i = size; i < size + more; i++) {
            original.append(TestTrees.leafHash(i));
            restored.append(TestTrees.leafHash(i));
            fromStorage.append(TestTrees.leafHash(i));
        }
        assertThat(restored.rootHash()).isEqualTo(original.rootHash()).isEqualTo(reference.mth(0, size + more));
        assertThat(fromStorage.rootHash()).isEqualTo(original.rootHash());
    }

    @Property(tries = 100)
    void theVisitorIsToldEveryStoredHashOnceInStoredIndexOrder(@ForAll @IntRange(min = 0, max = 700) int start,
                                                             @ForAll @IntRange(min = 1, max = 700) int batch) {
        CompactRange range = unchecked(() -> CompactRange.restore(start, TestTrees.shared()));
        List<Long> storedIndexes = new ArrayList<>();
        range.appendAll(TestTrees.leafHashes(start + batch).subList(start, start + batch), (level, index, hash) -> {
            NodeId node = new NodeId(level, index);
            assertThat(hash).isEqualTo(TestTrees.shared().hash(node));
            storedIndexes.add(node.storedIndex());
        });
        List<Long> expected = new ArrayList<>();
        for (long i = StoredHashIndex.count(start); i < StoredHashIndex.count(start + batch); i++) {
            expected.add(i);
        }
        assertThat(storedIndexes).isEqualTo(expected);
    }

    @Test
    void aRightEdgeOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> CompactRange.restore(3, List.of(TestTrees.leafHash(0))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCopyGrowsIndependently() {
        CompactRange range = CompactRange.empty();
        TestTrees.leafHashes(5).forEach(range::append);
        CompactRange copy = range.copy();
        copy.append(TestTrees.leafHash(5));
        assertThat(range.size()).isEqualTo(5);
        assertThat(range.rootHash()).isEqualTo(reference.mth(0, 5));
        assertThat(copy.rootHash()).isEqualTo(reference.mth(0, 6));
    }

    private interface Io<T> {
        T get() throws java.io.IOException;
    }

    private static <T> T unchecked(Io<T> io) {
        try {
            return io.get();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
