package io.onewindow.divisions;

/** One administrative division: {@code 370202} 市南区, a county of 青岛市. */
public record Division(String code, String name, DivisionLevel level, String parentCode) {

    /** The six-digit GB/T 2260 form of a province, city or county code (37 → 370000, 3702 → 370200). */
    public String gbCode() {
        return level.codeLength() <= 6 ? (code + "000000").substring(0, 6) : code;
    }
}
