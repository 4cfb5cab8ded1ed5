package io.onewindow.tlog.note;

/** Splits and decodes the {@code <name>+<hex key ID>+<base64 key>} part common to key strings. */
final class KeyStringParts {

    private KeyStringParts() {
    }

    /** Name up to the first plus, key ID up to the second; the base64 key may itself contain plus signs. */
    static String[] split(String key, String what) {
        int first = key.indexOf('+');
        int second = first < 0 ? -1 : key.indexOf('+', first + 1);
        if (second < 0) {
            throw new IllegalArgumentException("a " + what + " is <name>+<key ID>+<key>");
        }
        return new String[] {key.substring(0, first), key.substring(first + 1, second), key.substring(second + 1)};
    }

    static int parseKeyId(String hex, String where) {
        if (hex.length() != 8 || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException("the key ID of a " + where + " is eight lowercase hex digits");
        }
        return Integer.parseUnsignedInt(hex, 16);
    }

    static byte[] parseKey(String base64, String where) {
        byte[] key = NoteSyntax.decodeCanonicalBase64(base64);
        if (key == null) {
            throw new IllegalArgumentException("the key of a " + where + " is not canonical base64");
        }
        return key;
    }
}
