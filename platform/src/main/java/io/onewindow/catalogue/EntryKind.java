package io.onewindow.catalogue;

import java.util.Locale;

/** A catalogue entry is a single item or a bundle of items (一件事). */
public enum EntryKind {
    ITEM,
    BUNDLE;

    public String messageKey() {
        return "catalogue.kind." + name().toLowerCase(Locale.ROOT);
    }
}
