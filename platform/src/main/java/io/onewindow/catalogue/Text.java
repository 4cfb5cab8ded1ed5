package io.onewindow.catalogue;

import java.util.Locale;

/** A text of the catalogue in Chinese (authoritative) and English; the English may be missing on a draft. */
public record Text(String zh, String en) {

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    /** The text in the reader's language: Chinese unless English was asked for and there is some. */
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : zh;
    }

    public boolean isBlank() {
        return zh == null || zh.isBlank();
    }
}
