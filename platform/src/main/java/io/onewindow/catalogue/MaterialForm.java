package io.onewindow.catalogue;

import java.util.Locale;

/** In what form a material is handed in. */
public enum MaterialForm {
    /** 原件 */
    ORIGINAL,
    /** 复印件 */
    COPY,
    /** 原件和复印件 */
    ORIGINAL_AND_COPY,
    /** 电子材料 */
    ELECTRONIC;

    public String messageKey() {
        return "catalogue.material-form." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
