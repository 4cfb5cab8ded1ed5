package io.onewindow.tlog.tiles;

import io.onewindow.tlog.MerkleHasher;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The content of an entry bundle (C2SP tlog-tiles, "Log entries"): entries one after another, each
 * preceded by its length as a big-endian uint16, so an entry has at most 65,535 bytes.
 */
public final class EntryBundle {

    /** The largest entry a bundle can hold. */
    public static final int MAX_ENTRY_SIZE = 0xFFFF;

    private EntryBundle() {
    }

    /** Encodes entries into a bundle. */
    public static byte[] encode(List<byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] entry : entries) {
            appendTo(out, entry);
        }
        return out.toByteArray();
    }

    /** Appends one length-prefixed entry to a bundle being written. */
    static void appendTo(ByteArrayOutputStream out, byte[] entry) {
        if (entry.length > MAX_ENTRY_SIZE) {
            throw new IllegalArgumentException("an entry has at most " + MAX_ENTRY_SIZE + " bytes, not " + entry.length);
        }
        out.write(entry.length >>> 8);
        out.write(entry.length);
        out.write(entry, 0, entry.length);
    }

    /**
     * Decodes a bundle, strictly: a length that runs past the end, or bytes left over, is an error.
     *
     * @throws IllegalArgumentException when the bundle is malformed
     */
    public static List<byte[]> decode(byte[] bundle) {
        List<byte[]> entries = new ArrayList<>();
        int offset = 0;
        while (offset < bundle.length) {
            if (offset + 2 > bundle.length) {
                throw new IllegalArgumentException("entry bundle ends inside a length prefix at byte " + offset);
            }
            int length = ((bundle[offset] & 0xFF) << 8) | (bundle[offset + 1] & 0xFF);
            offset += 2;
            if (offset + length > bundle.length) {
                throw new IllegalArgumentException("entry bundle ends inside an entry of " + length + " bytes");
            }
            byte[] entry = new byte[length];
            System.arraycopy(bundle, offset, entry, 0, length);
            entries.add(entry);
            offset += length;
        }
        return entries;
    }

    /**
     * Decodes a bundle and checks it against its level-0 tile: the same number of entries as the tile has
     * hashes, each hashing to its leaf hash (RFC 9162 §2.1.1).
     *
     * @throws InvalidTileException when an entry does not match, or the counts differ
     */
    public static List<byte[]> decodeVerified(BundleId bundle, byte[] bundleData, byte[] tileData) throws InvalidTileException {
        List<byte[]> entries;
        try {
            entries = decode(bundleData);
        } catch (IllegalArgumentException e) {
            throw new InvalidTileException("bundle " + bundle + ": " + e.getMessage());
        }
        if (entries.size() != bundle.width() || tileData.length != bundle.width() * MerkleHasher.HASH_SIZE) {
            throw new InvalidTileException("bundle " + bundle + " has " + entries.size() + " entries and its tile "
                    + tileData.length / MerkleHasher.HASH_SIZE + " hashes");
        }
        MerkleHasher hasher = MerkleHasher.forCurrentThread();
        for (int i = 0; i < entries.size(); i++) {
            byte[] leaf = hasher.hashLeaf(entries.get(i));
            if (!Arrays.equals(leaf, 0, leaf.length, tileData, i * leaf.length, (i + 1) * leaf.length)) {
                throw new InvalidTileException("entry " + (bundle.firstEntry() + i) + " does not hash to its leaf in tile " + bundle.tile());
            }
        }
        return entries;
    }
}
