package io.onewindow.purposes;

import java.util.Locale;

/** A purpose for which personal data may be used: {@code counter-identification}, 窗口身份核验, and the law that allows it. */
public record Purpose(String code, String name, String nameEn, String legalBasis, boolean active) {

    /** The name in the reader's language: Chinese unless English was asked for. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : name;
    }
}
