package io.onewindow.tlog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162 §2.1 written out as the text says it, recursively and slowly, independent of the library's
 * hashing and node arithmetic: the yardstick the library's trees and proofs are measured against.
 */
final class ReferenceMerkleTree {

    private final List<byte[]> leafHashes;

    ReferenceMerkleTree(List<byte[]> leafHashes) {
        this.leafHashes = leafHashes;
    }

    static byte[] leafHash(byte[] data) {
        return sha256(concat(new byte[] {0}, data));
    }

    static byte[] nodeHash(byte[] left, byte[] right) {
        return sha256(concat(new byte[] {1}, left, right));
    }

    /** MTH(D[begin:end]) of §2.1.1. */
    byte[] mth(int begin, int end) {
        int n = end - begin;
        if (n == 0) {
            return sha256(new byte[0]);
        }
        if (n == 1) {
            return leafHashes.get(begin);
        }
        int k = largestPowerOfTwoBelow(n);
        return nodeHash(mth(begin, begin + k), mth(begin + k, end));
    }

    /** PATH(m, D[n]) of §2.1.3.1. */
    List<byte[]> path(int m, int n) {
        return path(m, 0, n);
    }

    private List<byte[]> path(int m, int begin, int end) {
        int n = end - begin;
        List<byte[]> result = new ArrayList<>();
        if (n == 1) {
            return result;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            result.addAll(path(m, begin, begin + k));
            result.add(mth(begin + k, end));
        } else {
            result.addAll(path(m - k, begin + k, end));
            result.add(mth(begin, begin + k));
        }
        return result;
    }

    /** PROOF(m, D[n]) of §2.1.4.1. */
    List<byte[]> proof(int m, int n) {
        return subproof(m, 0, n, true);
    }

    private List<byte[]> subproof(int m, int begin, int end, boolean b) {
        int n = end - begin;
        List<byte[]> result = new ArrayList<>();
        if (m == n) {
            if (!b) {
                result.add(mth(begin, end));
            }
            return result;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            result.addAll(subproof(m, begin, begin + k, b));
            result.add(mth(begin + k, end));
        } else {
            result.addAll(subproof(m - k, begin + k, end, false));
            result.add(mth(begin, begin + k));
        }
        return result;
    }

    private static int largestPowerOfTwoBelow(int n) {
        int k = 1;
        while (k << 1 < n) {
            k <<= 1;
        }
        return k;
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, offset, part.length);
            offset += part.length;
        }
        return out;
    }
}
