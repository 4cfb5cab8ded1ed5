package io.onewindow.divisions;

/**
 * The five levels of administrative divisions, as coded by the National Bureau of Statistics: GB/T 2260
 * for the first three (2, 4 and 6 digits), then township (9 digits) and village (12 digits).
 */
public enum DivisionLevel {
    PROVINCE(2),   // 省
    CITY(4),       // 市
    COUNTY(6),     // 县、区
    TOWNSHIP(9),   // 乡、镇、街道
    VILLAGE(12);   // 村、社区

    private final int codeLength;

    DivisionLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    public static DivisionLevel ofCode(String code) {
        for (DivisionLevel level : values()) {
            if (level.codeLength == code.length()) {
                return level;
            }
        }
        throw new IllegalArgumentException("not a division code: " + code);
    }

    /** The bundle key of the level's name, e.g. {@code division.level.county}. */
    public String messageKey() {
        return "division.level." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
