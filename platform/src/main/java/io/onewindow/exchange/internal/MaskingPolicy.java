package io.onewindow.exchange.internal;

import io.onewindow.exchange.InformationItem;
import io.onewindow.kernel.privacy.Masking;

/**
 * How a value is served under a grant: public and internal items as they are; sensitive items masked unless
 * the grant allows clear values; core items (核心) always masked. Citizen IDs and phones as the platform masks
 * them everywhere (kernel {@link Masking}); names keep the family name (张*); addresses their first six
 * characters; dates their year.
 */
public final class MaskingPolicy {

    private MaskingPolicy() {
    }

    public static boolean masks(InformationItem item, boolean clearAllowed) {
        return item.sensitivity() == InformationItem.Sensitivity.CORE || (item.sensitivity().masked() && !clearAllowed);
    }

    public static Object serve(InformationItem item, Object value, boolean clearAllowed) {
        if (value == null || !masks(item, clearAllowed)) {
            return value;
        }
        String text = value.toString();
        return switch (item.mask()) {
            case CITIZEN_ID -> Masking.citizenId(text);
            case PHONE -> Masking.phone(text);
            case NAME -> name(text);
            case ADDRESS -> text.length() <= 6 ? "*".repeat(text.length()) : text.substring(0, 6) + "*".repeat(Math.min(8, text.length() - 6));
            case DATE -> text.length() >= 4 ? text.substring(0, 4) + "-**-**" : "****";
            case WHOLE, NONE -> "*".repeat(Math.max(3, Math.min(text.length(), 8)));
        };
    }

    /** 张三 → 张*, 欧阳娜娜 → 欧***; a one-character name is shown as *. */
    static String name(String name) {
        int length = name.codePointCount(0, name.length());
        if (length <= 1) {
            return "*";
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(length - 1);
    }
}
