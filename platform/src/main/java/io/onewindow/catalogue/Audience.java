package io.onewindow.catalogue;

import java.util.Locale;

/** Who applies: a person for themselves (个人办事) or an enterprise (法人办事). */
public enum Audience {
    PERSON,
    ENTERPRISE;

    public String messageKey() {
        return "catalogue.audience." + name().toLowerCase(Locale.ROOT);
    }
}
