package io.onewindow.tlog.note;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The lexical rules of C2SP signed-note ("Format") shared by notes and key strings. */
final class NoteSyntax {

    private NoteSyntax() {
    }

    /** Key names are non-empty and contain no Unicode spaces and no plus. */
    static boolean isValidKeyName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        return name.codePoints().noneMatch(c -> c == '+' || c < 0x20 || Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** Note text ends in a newline and holds no ASCII control character other than newline. */
    static boolean isValidText(String text) {
        return !text.isEmpty() && text.endsWith("\n") && hasNoControlCharacters(text);
    }

    static boolean hasNoControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Decodes UTF-8, refusing malformed input rather than replacing it. */
    static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /**
     * Decodes standard, padded base64 (RFC 4648 §4) and accepts only the canonical form, so that one value
     * has exactly one spelling; returns null for anything else.
     */
    static byte[] decodeCanonicalBase64(String text) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return Base64.getEncoder().encodeToString(decoded).equals(text) ? decoded : null;
    }
}
