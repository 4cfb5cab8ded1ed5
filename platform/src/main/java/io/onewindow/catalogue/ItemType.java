package io.onewindow.catalogue;

import java.util.Locale;

/** The kind of government power or service an item exercises, as the national item catalogue classifies them. */
public enum ItemType {
    /** 行政许可 */
    ADMINISTRATIVE_LICENCE,
    /** 行政给付 */
    ADMINISTRATIVE_PAYMENT,
    /** 行政确认 */
    ADMINISTRATIVE_CONFIRMATION,
    /** 行政裁决 */
    ADMINISTRATIVE_ADJUDICATION,
    /** 行政征收 */
    ADMINISTRATIVE_LEVY,
    /** 行政备案 */
    ADMINISTRATIVE_FILING,
    /** 公共服务 */
    PUBLIC_SERVICE,
    /** 其他行政权力 */
    OTHER;

    public String messageKey() {
        return "catalogue.type." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
