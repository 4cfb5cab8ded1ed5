package io.onewindow.identity;

import java.util.Locale;

/** Enterprise size class per 统计上大中小微型企业划分办法 (国统字〔2017〕213号). */
public enum EnterpriseSize {
    LARGE, MEDIUM, SMALL, MICRO;

    public String messageKey() {
        return "enterprise.size." + name().toLowerCase(Locale.ROOT);
    }
}
