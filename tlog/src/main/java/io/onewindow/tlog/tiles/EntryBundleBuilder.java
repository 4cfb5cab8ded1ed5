package io.onewindow.tlog.tiles;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entry-bundle counterpart of {@link TileBuilder}: resumes from the partial bundle of the current
 * tree, takes a batch of entries, and hands back every bundle to write for the new size.
 */
public final class EntryBundleBuilder {

    private final long startSize;
    private final byte[] startPartial;
    private final List<byte[]> entries = new ArrayList<>();

    private EntryBundleBuilder(long startSize, byte[] startPartial) {
        this.startSize = startSize;
        this.startPartial = startPartial;
    }

    /**
     * Resumes from a tree of the given size; {@code partialBundle} is the content of
     * {@link BundleId#partial(long)} for that size, and is ignored (may be null) when there is none.
     */
    public static EntryBundleBuilder resume(long treeSize, byte[] partialBundle) {
        Optional<BundleId> partial = BundleId.partial(treeSize);
        if (partial.isEmpty()) {
            return new EntryBundleBuilder(treeSize, new byte[0]);
        }
        if (partialBundle == null) {
            throw new IllegalArgumentException("a tree of size " + treeSize + " has a partial bundle " + partial.get() + "; pass its content");
        }
        int count = EntryBundle.decode(partialBundle).size();
        if (count != partial.get().width()) {
            throw new IllegalArgumentException("the partial bundle of a tree of size " + treeSize + " has "
                    + partial.get().width() + " entries, not " + count);
        }
        return new EntryBundleBuilder(treeSize, partialBundle.clone());
    }

    /** Appends an entry. */
    public void append(byte[] entry) {
        if (entry.length > EntryBundle.MAX_ENTRY_SIZE) {
            throw new IllegalArgumentException("an entry has at most " + EntryBundle.MAX_ENTRY_SIZE + " bytes, not " + entry.length);
        }
        entries.add(entry.clone());
    }

    /** The tree size so far. */
    public long size() {
        return startSize + entries.size();
    }

    /** The bundles to write for the current size, in order. */
    public Map<BundleId, byte[]> changedBundles() {
        Map<BundleId, byte[]> out = new LinkedHashMap<>();
        int next = 0;
        for (BundleId bundle : BundleId.changedBundles(startSize, size())) {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            long firstNew = Math.max(startSize, bundle.firstEntry());
            if (firstNew > bundle.firstEntry()) {
                content.writeBytes(startPartial);
            }
            long end = bundle.firstEntry() + bundle.width();
            for (long i = firstNew; i < end; i++) {
                EntryBundle.appendTo(content, entries.get(next++));
            }
            out.put(bundle, content.toByteArray());
        }
        return out;
    }
}
