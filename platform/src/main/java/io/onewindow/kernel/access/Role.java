package io.onewindow.kernel.access;

/** What someone may do on the platform; an account may hold several (an officer is also a citizen). */
public enum Role {
    /** A person acting for themselves. */
    CITIZEN,
    /** A legal representative or authorised agent acting for an enterprise. */
    ENTERPRISE,
    /** Works cases and counters in a department. */
    OFFICER,
    /** Manages a department's officers and settings. */
    DEPT_ADMIN,
    /** The big-data bureau (大数据局): data resources, sharing, the division and department registers. */
    DATA_ADMIN,
    /** Reads the private audit trail (审计、纪检监察). */
    AUDITOR,
    /** Runs the installation: accounts and configuration. */
    ADMIN;

    /** The Spring Security authority, e.g. {@code ROLE_OFFICER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The bundle key of its display name, e.g. {@code role.officer}. */
    public String messageKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
