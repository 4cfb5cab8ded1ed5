package io.onewindow.tlog.record;

import io.onewindow.tlog.MerkleHasher;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict reading of one of the JSON documents this package defines: its format is checked first, then
 * every member is read with its type, and at the end no member may be left that the format does not
 * define. Messages name the document and the member, e.g. {@code malformed receipt: member "leafIndex" is
 * not an integer}; a text that is not JSON at all gets {@link JsonReader}'s message.
 */
final class DocumentMembers {

    private final Map<String, Object> members;
    private final String document;
    private final Set<String> read = new HashSet<>();

    private DocumentMembers(Map<String, Object> members, String document) {
        this.members = members;
        this.document = document;
    }

    /**
     * The members of a document of the given format.
     *
     * @param document what the document is called in messages: "receipt", "record export"
     */
    @SuppressWarnings("unchecked")
    static DocumentMembers of(String text, String document, String format) {
        if (!(JsonReader.parse(text) instanceof Map<?, ?> object)) {
            throw new IllegalArgumentException("malformed " + document + ": not a JSON object");
        }
        DocumentMembers json = new DocumentMembers((Map<String, Object>) object, document);
        String actual = json.string("format");
        if (!actual.equals(format)) {
            throw new IllegalArgumentException("unknown " + document + " format \"" + actual + "\" (this reader knows \"" + format + "\")");
        }
        return json;
    }

    String string(String name) {
        return typed(name, String.class, "a string");
    }

    /** A non-negative integer, which JSON holds exactly up to 2^53 − 1. */
    long count(String name) {
        long value = typed(name, Long.class, "an integer");
        if (value < 0) {
            throw malformed("member \"" + name + "\" is negative");
        }
        return value;
    }

    /** A non-negative integer or {@code null}. */
    Long countOrNull(String name) {
        if (members.containsKey(name) && members.get(name) == null) {
            read.add(name);
            return null;
        }
        return count(name);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(String name) {
        return typed(name, Map.class, "an object");
    }

    /** A hash or salt: the canonical base64 (RFC 4648 §4, padded) of 32 bytes. */
    byte[] hash(String name) {
        return decodeHash(string(name), "member \"" + name + "\"");
    }

    List<byte[]> hashes(String name) {
        List<?> items = typed(name, List.class, "an array");
        List<byte[]> hashes = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String where = "item " + i + " of member \"" + name + "\"";
            if (!(items.get(i) instanceof String text)) {
                throw malformed(where + " is not a string");
            }
            hashes.add(decodeHash(text, where));
        }
        return hashes;
    }

    /** Refuses members the format does not define: a new member needs a new format version. */
    void requireNoOthers() {
        for (String name : members.keySet()) {
            if (!read.contains(name)) {
                throw malformed("unknown member \"" + name + "\"");
            }
        }
    }

    /** Checks a hash given to a document's constructor and returns a copy of it. */
    static byte[] requireHash(byte[] hash, String name) {
        if (hash.length != MerkleHasher.HASH_SIZE) {
            throw new IllegalArgumentException(name + " has " + MerkleHasher.HASH_SIZE + " bytes, not " + hash.length);
        }
        return hash.clone();
    }

    /** Checks a count given to a document's constructor: an integer JSON holds exactly, and not negative. */
    static void requireCount(long count, String name) {
        if (count < 0 || count > CanonicalJson.MAX_SAFE_INTEGER) {
            throw new IllegalArgumentException(name + " is not between 0 and 2^53 - 1: " + count);
        }
    }

    private byte[] decodeHash(String text, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw malformed(where + " is not base64");
        }
        if (bytes.length != MerkleHasher.HASH_SIZE || !Base64.getEncoder().encodeToString(bytes).equals(text)) {
            throw malformed(where + " is not the base64 of " + MerkleHasher.HASH_SIZE + " bytes");
        }
        return bytes;
    }

    private <T> T typed(String name, Class<T> type, String description) {
        if (!members.containsKey(name)) {
            throw malformed("member \"" + name + "\" is missing");
        }
        read.add(name);
        Object value = members.get(name);
        if (!type.isInstance(value)) {
            throw malformed("member \"" + name + "\" is not " + description);
        }
        return type.cast(value);
    }

    private IllegalArgumentException malformed(String why) {
        return new IllegalArgumentException("malformed " + document + ": " + why);
    }
}
