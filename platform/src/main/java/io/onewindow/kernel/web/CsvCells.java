package io.onewindow.kernel.web;

/**
 * Cells of a CSV file people open in a spreadsheet program. A cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return would be read as a formula there (CSV injection, e.g.
 * {@code =HYPERLINK(...)} in a name someone typed); as OWASP advises, such a cell is prefixed with a single
 * quote, which the program shows as text and does not evaluate.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The value as a cell that no spreadsheet evaluates; null stays null (an empty cell). */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 ? text : "'" + text;
    }

    /** Every value of a row as {@link #text}. */
    public static Object[] row(Object... values) {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = text(values[i]);
        }
        return cells;
    }
}
