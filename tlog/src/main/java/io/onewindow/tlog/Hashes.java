package io.onewindow.tlog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * Defensive copying, comparison and printing of hashes and hash lists, which the value records of this
 * library hold as byte arrays.
 */
public final class Hashes {

    private Hashes() {
    }

    /** Returns a deep, unmodifiable copy of a list of hashes; rejects null elements. */
    public static List<byte[]> copyOf(List<byte[]> hashes) {
        List<byte[]> copy = new ArrayList<>(hashes.size());
        for (byte[] hash : hashes) {
            if (hash == null) {
                throw new NullPointerException("a hash list must not contain null");
            }
            copy.add(hash.clone());
        }
        return Collections.unmodifiableList(copy);
    }

    /** Compares two hash lists element by element. */
    public static boolean equal(List<byte[]> a, List<byte[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** A content-based hash code for a hash list. */
    public static int hashCode(List<byte[]> hashes) {
        int result = 1;
        for (byte[] hash : hashes) {
            result = 31 * result + Arrays.hashCode(hash);
        }
        return result;
    }

    /** Standard base64 (RFC 4648 §4), the encoding used for hashes in checkpoints and test vectors. */
    public static String base64(byte[] hash) {
        return Base64.getEncoder().encodeToString(hash);
    }

    /** Base64 of every hash of a list, for messages and {@code toString}. */
    public static String base64(List<byte[]> hashes) {
        List<String> encoded = new ArrayList<>(hashes.size());
        for (byte[] hash : hashes) {
            encoded.add(base64(hash));
        }
        return encoded.toString();
    }
}
