package io.onewindow.identity;

import io.onewindow.divisions.DivisionLevel;
import java.util.Locale;
import java.util.UUID;

/** A government department as other modules see it; {@code function} is null for most. */
public record DepartmentView(UUID id, String code, String name, String nameEn, String uscc, DivisionLevel level,
                             String divisionCode, UUID parentId, DepartmentFunction function) {

    /** The department's name in the reader's language: Chinese unless English was asked for. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : name;
    }
}
