package io.onewindow.catalogue;

import java.util.Locale;

/** The moments of an enterprise's life that businesses browse services by (企业全生命周期). */
public enum BusinessEvent {
    /** 开办 */
    START,
    /** 准营 */
    PERMITS,
    /** 投资建设 */
    CONSTRUCTION,
    /** 用工 */
    EMPLOYMENT,
    /** 纳税 */
    TAX,
    /** 变更 */
    CHANGE,
    /** 注销 */
    CLOSE;

    public String messageKey() {
        return "catalogue.business-event." + name().toLowerCase(Locale.ROOT);
    }
}
