package io.onewindow.licences;

/** Who holds a licence of a type: a natural person or an enterprise (any registered organisation). */
public enum HolderKind {
    PERSON,
    ENTERPRISE
}
