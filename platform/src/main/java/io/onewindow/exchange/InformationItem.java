package io.onewindow.exchange;

import java.util.Locale;

/**
 * An information item (信息项) of a resource: its field name in records, its label, data type, sensitivity and
 * whether it is personal information, and how it is masked when the grant does not allow its clear value.
 */
public record InformationItem(String name, String label, String labelEn, String dataType, Sensitivity sensitivity,
                              boolean personal, Mask mask) {

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : label;
    }

    /** 公开, 内部, 敏感, 核心. Sensitive and core items are served masked unless the grant allows clear values. */
    public enum Sensitivity {
        PUBLIC, INTERNAL, SENSITIVE, CORE;

        public boolean masked() {
            return this == SENSITIVE || this == CORE;
        }
    }

    /** The shape of a masked value. */
    public enum Mask { NONE, CITIZEN_ID, NAME, PHONE, ADDRESS, DATE, WHOLE }
}
