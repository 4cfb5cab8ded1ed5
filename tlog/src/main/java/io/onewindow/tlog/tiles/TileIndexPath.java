package io.onewindow.tlog.tiles;

/**
 * The {@code <N>} element of tile and entry-bundle paths (C2SP tlog-tiles, "Merkle Tree"): the index in
 * zero-padded groups of three digits, all but the last prefixed with {@code x}, e.g. 1234067 as
 * {@code x001/x234/067}. Also the {@code .p/<W>} suffix of partial tiles.
 */
final class TileIndexPath {

    private TileIndexPath() {
    }

    static void appendIndex(StringBuilder path, long index) {
        String digits = Long.toString(index);
        int padded = (digits.length() + 2) / 3 * 3;
        String all = "0".repeat(padded - digits.length()) + digits;
        for (int i = 0; i < padded; i += 3) {
            if (i + 3 < padded) {
                path.append('x').append(all, i, i + 3).append('/');
            } else {
                path.append(all, i, i + 3);
            }
        }
    }

    static void appendWidth(StringBuilder path, int width) {
        if (width < TileId.FULL_WIDTH) {
            path.append(".p/").append(width);
        }
    }

    /** Parses {@code <N>[.p/<W>]} into {index, width}; a full tile has width 256. */
    static long[] parseIndexAndWidth(String text, String whole) {
        int partial = text.indexOf(".p/");
        String indexPart = partial < 0 ? text : text.substring(0, partial);
        long width = TileId.FULL_WIDTH;
        if (partial >= 0) {
            width = parseDecimal(text.substring(partial + 3), whole);
            if (width < 1 || width >= TileId.FULL_WIDTH) {
                throw malformed(whole, "a partial width is between 1 and 255");
            }
        }
        String[] groups = indexPart.split("/", -1);
        long index = 0;
        for (int i = 0; i < groups.length; i++) {
            String group = groups[i];
            boolean last = i == groups.length - 1;
            if (!last) {
                if (!group.startsWith("x")) {
                    throw malformed(whole, "all but the last index element begin with x");
                }
                group = group.substring(1);
            }
            if (group.length() != 3 || !isDigits(group)) {
                throw malformed(whole, "index elements have three digits");
            }
            if (i == 0 && groups.length > 1 && group.equals("000")) {
                throw malformed(whole, "the index has a leading zero element");
            }
            try {
                index = Math.addExact(Math.multiplyExact(index, 1000), Integer.parseInt(group));
            } catch (ArithmeticException e) {
                throw malformed(whole, "the index is too large");
            }
        }
        return new long[] {index, width};
    }

    /** Parses a decimal without sign or leading zeros (other than "0" itself). */
    static long parseDecimal(String text, String whole) {
        if (text.isEmpty() || text.length() > 18 || !isDigits(text) || (text.length() > 1 && text.charAt(0) == '0')) {
            throw malformed(whole, "'" + text + "' is not a decimal without leading zeros");
        }
        return Long.parseLong(text);
    }

    static IllegalArgumentException malformed(String path, String rule) {
        return new IllegalArgumentException("malformed tile path '" + path + "': " + rule);
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
