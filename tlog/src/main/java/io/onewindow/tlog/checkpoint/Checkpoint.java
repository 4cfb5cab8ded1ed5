package io.onewindow.tlog.checkpoint;

import io.onewindow.tlog.Hashes;
import io.onewindow.tlog.MerkleHasher;
import io.onewindow.tlog.TreeHead;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The note text of a transparency log checkpoint (C2SP tlog-checkpoint): the origin line naming the log,
 * the tree size in decimal, the base64 root hash, and optional extension lines.
 *
 * @param origin     the log's identity; non-empty, one line
 * @param size       the number of entries in the tree
 * @param rootHash   the RFC 6962 root hash of the tree at that size
 * @param extensions opaque extra lines, each non-empty (their use is not recommended)
 */
public record Checkpoint(String origin, long size, byte[] rootHash, List<String> extensions) {

    public Checkpoint {
        requireLine(origin, "origin");
        if (size < 0) {
            throw new IllegalArgumentException("tree size must not be negative: " + size);
        }
        if (rootHash.length != MerkleHasher.HASH_SIZE) {
            throw new IllegalArgumentException("a root hash has " + MerkleHasher.HASH_SIZE + " bytes, not " + rootHash.length);
        }
        rootHash = rootHash.clone();
        extensions = List.copyOf(extensions);
        extensions.forEach(line -> requireLine(line, "extension line"));
    }

    /** A checkpoint of a tree head without extension lines. */
    public static Checkpoint of(String origin, TreeHead head) {
        return new Checkpoint(origin, head.size(), head.rootHash(), List.of());
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** The tree head this checkpoint commits to. */
    public TreeHead treeHead() {
        return new TreeHead(size, rootHash);
    }

    /** The note text, each line ending in a newline. */
    public String text() {
        StringBuilder text = new StringBuilder()
                .append(origin).append('\n')
                .append(size).append('\n')
                .append(Base64.getEncoder().encodeToString(rootHash)).append('\n');
        extensions.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /**
     * Parses a checkpoint text strictly: at least three non-empty lines each ending in a newline, a size
     * without sign or leading zeros, the canonical base64 of a 32-byte hash. Sizes of 2^63 and more, which
     * the format allows, are refused since no Java {@code long} holds them.
     *
     * @throws IllegalArgumentException when the text is not a checkpoint
     */
    public static Checkpoint parse(String text) {
        if (!text.endsWith("\n")) {
            throw malformed("it does not end in a newline");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw malformed("it has fewer than three lines");
        }
        for (String line : lines) {
            if (line.isEmpty()) {
                throw malformed("it has an empty line");
            }
        }
        String size = lines[1];
        if (!size.chars().allMatch(c -> c >= '0' && c <= '9') || (size.length() > 1 && size.charAt(0) == '0')) {
            throw malformed("the tree size '" + size + "' is not a decimal without leading zeros");
        }
        long treeSize;
        try {
            treeSize = Long.parseLong(size);
        } catch (NumberFormatException e) {
            throw malformed("the tree size " + size + " is too large");
        }
        byte[] root;
        try {
            root = Base64.getDecoder().decode(lines[2]);
        } catch (IllegalArgumentException e) {
            throw malformed("the root hash is not base64");
        }
        if (root.length != MerkleHasher.HASH_SIZE || !Base64.getEncoder().encodeToString(root).equals(lines[2])) {
            throw malformed("the root hash is not the canonical base64 of " + MerkleHasher.HASH_SIZE + " bytes");
        }
        return new Checkpoint(lines[0], treeSize, root, Arrays.asList(lines).subList(3, lines.length));
    }

    private static void requireLine(String line, String what) {
        if (line.isEmpty()) {
            throw new IllegalArgumentException("the " + what + " is empty");
        }
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) < 0x20) {
                throw new IllegalArgumentException("the " + what + " contains a newline or control character");
            }
        }
    }

    private static IllegalArgumentException malformed(String why) {
        return new IllegalArgumentException("malformed checkpoint: " + why);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint that && origin.equals(that.origin) && size == that.size
                && Arrays.equals(rootHash, that.rootHash) && extensions.equals(that.extensions);
    }

    @Override
    public int hashCode() {
        return ((origin.hashCode() * 31 + Long.hashCode(size)) * 31 + Arrays.hashCode(rootHash)) * 31 + extensions.hashCode();
    }

    @Override
    public String toString() {
        return "Checkpoint[" + origin + ", size=" + size + ", rootHash=" + Hashes.base64(rootHash) + ", extensions=" + extensions + "]";
    }
}
