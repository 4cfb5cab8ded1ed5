package io.onewindow.tlog.record;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * RFC 8785 (JSON Canonicalization Scheme) for values built of {@code null}, {@link Boolean}, integral
 * {@link Number}s within ±2^53, {@link CharSequence}, {@link Collection}, {@link Map} with string keys and values
 * {@link #written} in canonical form before.
 * Fractions are refused: records carry amounts in fen and times as strings, so no floating-point
 * formatting (RFC 8785 §3.2.2.3) is ever needed and two implementations cannot disagree on it.
 */
public final class CanonicalJson {

    /** The largest integer JSON numbers represent exactly (IEEE 754 double), as RFC 8785 requires. */
    public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private CanonicalJson() {
    }

    /** The value's canonical form in UTF-8, written as such (no text in between). */
    public static byte[] bytes(Object value) {
        Utf8 out = new Utf8();
        write(value, out);
        return out.toByteArray();
    }

    public static String text(Object value) {
        return new String(bytes(value), StandardCharsets.UTF_8);
    }

    /** The value's canonical form, kept to be put into larger values, in which it is written as it is. */
    public static Written written(Object value) {
        return new Written(bytes(value));
    }

    /** A value in canonical form: a part of a larger value that is written once, not again with the whole. */
    public static final class Written {
        private final byte[] utf8;

        private Written(byte[] utf8) {
            this.utf8 = utf8;
        }

        public String text() {
            return new String(utf8, StandardCharsets.UTF_8);
        }
    }

    private static void write(Object value, Utf8 out) {
        if (value == null) {
            out.ascii("null");
        } else if (value instanceof Boolean b) {
            out.ascii(b ? "true" : "false");
        } else if (value instanceof Number n) {
            out.ascii(integer(n));
        } else if (value instanceof CharSequence s) {
            string(s.toString(), out);
        } else if (value instanceof Map<?, ?> map) {
            object(map, out);
        } else if (value instanceof Written written) {
            out.raw(written.utf8);
        } else if (value instanceof Collection<?> items) {
            out.put('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.put(',');
                }
                first = false;
                write(item, out);
            }
            out.put(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static String integer(Number n) {
        if (n instanceof Double || n instanceof Float || n instanceof java.math.BigDecimal) {
            throw new IllegalArgumentException("fractions are not allowed in records: " + n);
        }
        long value = n.longValue();
        // Compared without Math.abs, which leaves Long.MIN_VALUE negative.
        if (value > MAX_SAFE_INTEGER || value < -MAX_SAFE_INTEGER || (n instanceof java.math.BigInteger b && b.bitLength() > 53)) {
            throw new IllegalArgumentException("integer outside ±2^53: " + n);
        }
        return Long.toString(value);
    }

    // RFC 8785 §3.2.3: members sorted by their names as UTF-16 code unit sequences, which is how
    // String.compareTo orders them.
    private static void object(Map<?, ?> map, Utf8 out) {
        String[] names = new String[map.size()];
        Object[] values = new Object[names.length];
        int count = 0;
        boolean inOrder = true;
        for (Map.Entry<?, ?> member : map.entrySet()) {
            if (!(member.getKey() instanceof String name)) {
                throw new IllegalArgumentException("member names must be strings: " + member.getKey());
            }
            inOrder &= count == 0 || names[count - 1].compareTo(name) < 0;
            names[count] = name;
            values[count++] = member.getValue();
        }
        if (!inOrder) {
            // Members that did not come in order (most maps): sorted, each value looked up by its name.
            Arrays.sort(names, 0, count);
            for (int i = 0; i < count; i++) {
                values[i] = map.get(names[i]);
            }
        }
        out.put('{');
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.put(',');
            }
            string(names[i], out);
            out.put(':');
            write(values[i], out);
        }
        out.put('}');
    }

    // RFC 8785 §3.2.2.2: the shortest escapes of ECMAScript's JSON.stringify; everything else literal. Encoded to
    // UTF-8 as String.getBytes does, a lone surrogate (which no UTF-8 text can hold) included: as '?'.
    private static void string(String s, Utf8 out) {
        out.room(s.length() * 6 + 2);
        byte[] bytes = out.bytes;
        int at = out.size;
        bytes[at++] = '"';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                bytes[at++] = (byte) c;
            } else if (c < 0x80) {
                String escape = switch (c) {
                    case '"' -> "\\\"";
                    case '\\' -> "\\\\";
                    case '\b' -> "\\b";
                    case '\f' -> "\\f";
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format("\\u%04x", (int) c);
                };
                for (int j = 0; j < escape.length(); j++) {
                    bytes[at++] = (byte) escape.charAt(j);
                }
            } else if (c < 0x800) {
                bytes[at++] = (byte) (0xC0 | c >> 6);
                bytes[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                bytes[at++] = (byte) (0xE0 | c >> 12);
                bytes[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int p = Character.toCodePoint(c, s.charAt(++i));
                bytes[at++] = (byte) (0xF0 | p >> 18);
                bytes[at++] = (byte) (0x80 | p >> 12 & 0x3F);
                bytes[at++] = (byte) (0x80 | p >> 6 & 0x3F);
                bytes[at++] = (byte) (0x80 | p & 0x3F);
            } else {
                bytes[at++] = '?';
            }
        }
        bytes[at++] = '"';
        out.size = at;
    }

    /** A growing buffer of UTF-8 bytes. */
    private static final class Utf8 {
        private byte[] bytes = new byte[512];
        private int size;

        /** Makes room for {@code more} bytes. */
        void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        /** An ASCII character. */
        void put(char c) {
            room(1);
            bytes[size++] = (byte) c;
        }

        void ascii(String s) {
            room(s.length());
            for (int i = 0; i < s.length(); i++) {
                bytes[size++] = (byte) s.charAt(i);
            }
        }

        void raw(byte[] utf8) {
            room(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }
    }
}
