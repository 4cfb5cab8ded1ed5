package io.onewindow.tlog.record;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 (JSON Canonicalization Scheme) for values built of {@code null}, {@link Boolean}, integral
 * {@link Number}s within ±2^53, {@link CharSequence}, {@link Collection} and {@link Map} with string keys.
 * Fractions are refused: records carry amounts in fen and times as strings, so no floating-point
 * formatting (RFC 8785 §3.2.2.3) is ever needed and two implementations cannot disagree on it.
 */
public final class CanonicalJson {

    /** The largest integer JSON numbers represent exactly (IEEE 754 double), as RFC 8785 requires. */
    public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private CanonicalJson() {
    }

    public static byte[] bytes(Object value) {
        return text(value).getBytes(StandardCharsets.UTF_8);
    }

    public static String text(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (value instanceof Number n) {
            out.append(integer(n));
        } else if (value instanceof CharSequence s) {
            string(s.toString(), out);
        } else if (value instanceof Map<?, ?> map) {
            object(map, out);
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item, out);
            }
            out.append(']');
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
    private static void object(Map<?, ?> map, StringBuilder out) {
        List<String> names = new ArrayList<>();
        for (Object key : map.keySet()) {
            if (!(key instanceof String name)) {
                throw new IllegalArgumentException("member names must be strings: " + key);
            }
            names.add(name);
        }
        names.sort(null);
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(names.get(i), out);
            out.append(':');
            write(map.get(names.get(i)), out);
        }
        out.append('}');
    }

    // RFC 8785 §3.2.2.2: the shortest escapes of ECMAScript's JSON.stringify; everything else literal, copied
    // in runs between the characters that need an escape.
    private static void string(String s, StringBuilder out) {
        out.append('"');
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        out.append(s, run, s.length());
        out.append('"');
    }
}
