package io.onewindow.kernel.access;

/**
 * How well the holder of an account has been identified (实名认证等级), as national platforms grade it. What
 * may be done on the platform depends on it: a self-declared account cannot claim a person a department
 * registered, nor act for an enterprise.
 */
public enum Assurance {
    /** Name and citizen ID typed by the holder and never checked against anything (自主注册). */
    SELF_DECLARED,
    /** Checked remotely: a one-time code to the phone the register holds, or the city's identity provider (实名核验). */
    VERIFIED,
    /** Checked in person: an officer compared the holder with their identity card at a counter (实人核验). */
    IN_PERSON;

    /** 1, 2 or 3, as the levels are usually numbered. */
    public int level() {
        return ordinal() + 1;
    }

    public static Assurance ofLevel(int level) {
        return values()[Math.max(1, Math.min(level, 3)) - 1];
    }

    /** The bundle key of its name, e.g. {@code assurance.verified}. */
    public String messageKey() {
        return "assurance." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
