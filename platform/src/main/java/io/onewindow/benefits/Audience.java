package io.onewindow.benefits;

/** Who a policy is for: natural persons or enterprises. */
public enum Audience {
    PERSON,
    ENTERPRISE
}
