package io.onewindow.benefits;

/** The types a variable or a parameter may have: those CEL and SQL compare the same way. */
public enum ValueType {
    INT,
    DOUBLE,
    STRING,
    BOOL;

    /** Reads a parameter value written as text; throws IllegalArgumentException when it is not of this type. */
    public Object parse(String text) {
        return switch (this) {
            case INT -> Long.parseLong(text.strip());
            case DOUBLE -> Double.parseDouble(text.strip());
            case STRING -> text;
            case BOOL -> switch (text.strip()) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(text);
            };
        };
    }
}
