package io.onewindow.tlog.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader (RFC 8259) for the values {@link CanonicalJson} writes back: objects become
 * insertion-ordered {@code Map<String, Object>}, arrays {@code List<Object>}, and the rest {@link String},
 * {@link Long}, {@link Boolean} or {@code null}.
 *
 * <p>It refuses what would let two readers see different records in the same text (RFC 7493, I-JSON):
 * duplicate member names, lone surrogates, and numbers that are not integers within ±(2^53 − 1), so no
 * fraction or exponent is ever rounded. Trailing text, invalid escapes, unescaped control characters,
 * leading zeros and nesting deeper than {@value #MAX_DEPTH} are refused too.
 */
public final class JsonReader {

    /** How deeply arrays and objects may nest; deeper input is refused rather than overflowing the stack. */
    public static final int MAX_DEPTH = 256;

    private final String text;
    private int position;
    private int depth;

    private JsonReader(String text) {
        this.text = text;
    }

    /**
     * Parses one JSON value that makes up the whole text, whitespace around it aside.
     *
     * @throws MalformedJsonException when the text is not such a value
     */
    public static Object parse(String text) {
        JsonReader reader = new JsonReader(text);
        reader.skipWhitespace();
        Object value = reader.value();
        reader.skipWhitespace();
        if (reader.position < text.length()) {
            throw reader.malformed("text after the JSON value");
        }
        return value;
    }

    /**
     * Parses a text that must be a JSON object.
     *
     * @throws MalformedJsonException when the text is not a JSON object
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String text) {
        Object value = parse(text);
        if (!(value instanceof Map)) {
            throw new MalformedJsonException("the JSON value is not an object");
        }
        return (Map<String, Object>) value;
    }

    private Object value() {
        if (position >= text.length()) {
            throw malformed("the text ends where a value was expected");
        }
        char c = text.charAt(position);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw malformed("unexpected character " + describe(c));
            }
        };
    }

    private Map<String, Object> object() {
        enter();
        Map<String, Object> members = new LinkedHashMap<>();
        position++;
        skipWhitespace();
        if (peek() == '}') {
            position++;
            depth--;
            return members;
        }
        while (true) {
            if (peek() != '"') {
                throw malformed("a member name was expected");
            }
            int nameAt = position;
            String name = string();
            if (members.containsKey(name)) {
                position = nameAt;
                throw malformed("duplicate member name \"" + name + "\"");
            }
            skipWhitespace();
            expect(':');
            skipWhitespace();
            members.put(name, value());
            skipWhitespace();
            if (peek() == ',') {
                position++;
                skipWhitespace();
            } else if (peek() == '}') {
                position++;
                depth--;
                return members;
            } else {
                throw malformed("',' or '}' was expected");
            }
        }
    }

    private List<Object> array() {
        enter();
        List<Object> items = new ArrayList<>();
        position++;
        skipWhitespace();
        if (peek() == ']') {
            position++;
            depth--;
            return items;
        }
        while (true) {
            items.add(value());
            skipWhitespace();
            if (peek() == ',') {
                position++;
                skipWhitespace();
            } else if (peek() == ']') {
                position++;
                depth--;
                return items;
            } else {
                throw malformed("',' or ']' was expected");
            }
        }
    }

    private String string() {
        position++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw malformed("the text ends inside a string");
            }
            char c = text.charAt(position);
            if (c == '"') {
                position++;
                return out.toString();
            }
            if (c < 0x20) {
                throw malformed("unescaped control character " + describe(c) + " in a string");
            }
            if (c == '\\') {
                escape(out);
            } else if (Character.isHighSurrogate(c)) {
                if (position + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(position + 1))) {
                    throw malformed("lone surrogate " + describe(c));
                }
                out.append(c).append(text.charAt(position + 1));
                position += 2;
            } else if (Character.isLowSurrogate(c)) {
                throw malformed("lone surrogate " + describe(c));
            } else {
                out.append(c);
                position++;
            }
        }
    }

    private void escape(StringBuilder out) {
        if (position + 1 >= text.length()) {
            throw malformed("the text ends inside an escape");
        }
        char c = text.charAt(position + 1);
        switch (c) {
            case '"', '\\', '/' -> out.append(c);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                char unit = hexUnit(position + 2);
                if (Character.isHighSurrogate(unit)) {
                    if (!text.startsWith("\\u", position + 6) || !Character.isLowSurrogate(hexUnit(position + 8))) {
                        throw malformed("lone surrogate \\u" + Integer.toHexString(unit));
                    }
                    out.append(unit).append(hexUnit(position + 8));
                    position += 12;
                    return;
                }
                if (Character.isLowSurrogate(unit)) {
                    throw malformed("lone surrogate \\u" + Integer.toHexString(unit));
                }
                out.append(unit);
                position += 6;
                return;
            }
            default -> throw malformed("invalid escape \\" + describe(c));
        }
        position += 2;
    }

    private char hexUnit(int at) {
        if (at + 4 > text.length()) {
            throw malformed("the text ends inside a \\u escape");
        }
        int unit = 0;
        for (int i = at; i < at + 4; i++) {
            int digit = hexDigit(text.charAt(i));
            if (digit < 0) {
                position = i;
                throw malformed("a \\u escape needs four hex digits");
            }
            unit = unit * 16 + digit;
        }
        return (char) unit;
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private Long number() {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        int digitsFrom = position;
        while (position < text.length() && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
            position++;
        }
        int digits = position - digitsFrom;
        if (digits == 0) {
            throw malformed("a number needs digits");
        }
        if (digits > 1 && text.charAt(digitsFrom) == '0') {
            position = digitsFrom;
            throw malformed("a number has a leading zero");
        }
        if (position < text.length() && (peek() == '.' || peek() == 'e' || peek() == 'E')) {
            throw malformed("fractions and exponents are not allowed, only integers");
        }
        // More than 16 digits exceed 2^53 anyway; not parsing them keeps Long.parseLong from overflowing.
        long value = digits > 16 ? Long.MAX_VALUE : Long.parseLong(text, digitsFrom, position, 10);
        if (value > CanonicalJson.MAX_SAFE_INTEGER) {
            position = start;
            throw malformed("integer outside ±(2^53 - 1)");
        }
        return text.charAt(start) == '-' ? -value : value;
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, position)) {
            throw malformed("unexpected characters, not " + word);
        }
        position += word.length();
        return value;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw malformed("arrays and objects nest deeper than " + MAX_DEPTH);
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw malformed("'" + c + "' was expected");
        }
        position++;
    }

    private char peek() {
        if (position >= text.length()) {
            throw malformed("the text ends too early");
        }
        return text.charAt(position);
    }

    private void skipWhitespace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    private static String describe(char c) {
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }

    private MalformedJsonException malformed(String why) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new MalformedJsonException("malformed JSON at line " + line + ", column " + column + ": " + why);
    }
}
