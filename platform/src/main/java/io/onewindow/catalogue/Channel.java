package io.onewindow.catalogue;

import java.util.Locale;

/** Where an item can be applied for. */
public enum Channel {
    /** 网上办理 */
    ONLINE,
    /** 掌上办理 */
    MOBILE,
    /** 窗口办理 */
    COUNTER,
    /** 邮寄送达 */
    POST;

    public String messageKey() {
        return "catalogue.channel." + name().toLowerCase(Locale.ROOT);
    }
}
