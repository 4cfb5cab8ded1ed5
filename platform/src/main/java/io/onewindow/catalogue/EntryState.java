package io.onewindow.catalogue;

import java.util.Locale;

/**
 * Where a version of a catalogue entry stands. A draft is edited until published; a published version
 * never changes again: publishing a newer one supersedes it, retiring the entry retires it. Superseded and
 * retired versions stay readable, because cases filed under them keep them.
 */
public enum EntryState {
    DRAFT,
    PUBLISHED,
    SUPERSEDED,
    RETIRED;

    public String messageKey() {
        return "catalogue.state." + name().toLowerCase(Locale.ROOT);
    }
}
