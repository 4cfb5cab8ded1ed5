package io.onewindow.kernel.code;

import java.util.Locale;

/**
 * Tidies a code as people type it before it is checked: full-width characters from a Chinese input method
 * become ASCII, spaces anywhere are dropped (numbers are often written in groups) and letters are upper-cased.
 */
final class CodeInput {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private CodeInput() {
    }

    static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        var tidy = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> {
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                tidy.append((char) (c - FULL_WIDTH_OFFSET));
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                tidy.appendCodePoint(c);
            }
        });
        return tidy.toString().toUpperCase(Locale.ROOT);
    }

    /** A character for an error message: printable as it was typed, a control character by its code point. */
    static String shown(char c) {
        return Character.isISOControl(c) ? String.format("U+%04X", (int) c) : String.valueOf(c);
    }
}
