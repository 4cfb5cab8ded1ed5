package io.onewindow.verifier;

import io.onewindow.tlog.MerkleHasher;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Typed access to the members of a receipt or record export, as docs/audit-formats.md defines them: a
 * missing member or one of the wrong type makes the file unusable (exit status 2), not a failed check.
 */
final class JsonMembers {

    private final Map<String, Object> members;
    private final String what;

    JsonMembers(Map<String, Object> members, String what) {
        this.members = members;
        this.what = what;
    }

    void requireFormat(String format) throws UsageException {
        String actual = string("format");
        if (!actual.equals(format)) {
            throw new UsageException(what + " has format \"" + actual + "\", not \"" + format + "\"");
        }
    }

    String string(String name) throws UsageException {
        return typed(name, String.class, "a string");
    }

    long integer(String name) throws UsageException {
        return typed(name, Long.class, "an integer");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(String name) throws UsageException {
        return typed(name, Map.class, "an object");
    }

    /** A hash or salt: the canonical base64 (RFC 4648 §4, padded) of 32 bytes. */
    byte[] hash(String name) throws UsageException {
        return decodeHash(string(name), "member \"" + name + "\"");
    }

    List<byte[]> hashes(String name) throws UsageException {
        List<?> items = typed(name, List.class, "an array");
        List<byte[]> hashes = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof String text)) {
                throw new UsageException(what + ": item " + i + " of \"" + name + "\" is not a string");
            }
            hashes.add(decodeHash(text, "item " + i + " of \"" + name + "\""));
        }
        return hashes;
    }

    private byte[] decodeHash(String text, String where) throws UsageException {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(what + ": " + where + " is not base64");
        }
        if (bytes.length != MerkleHasher.HASH_SIZE || !Base64.getEncoder().encodeToString(bytes).equals(text)) {
            throw new UsageException(what + ": " + where + " is not the base64 of " + MerkleHasher.HASH_SIZE + " bytes");
        }
        return bytes;
    }

    private <T> T typed(String name, Class<T> type, String description) throws UsageException {
        Object value = members.get(name);
        if (!members.containsKey(name)) {
            throw new UsageException(what + " has no member \"" + name + "\"");
        }
        if (!type.isInstance(value)) {
            throw new UsageException(what + ": member \"" + name + "\" is not " + description);
        }
        return type.cast(value);
    }
}
