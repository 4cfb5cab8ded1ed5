package io.onewindow.kernel.access;

import io.onewindow.kernel.error.DomainException;

/**
 * 实名认证 as a condition: what departments' registers hold about a person (their licences, benefit offers and
 * the facts behind them, shared records, answers prefilled from a register) is shown only to an account whose
 * holder was identified ({@link Assurance#VERIFIED} or better). A self-declared account may have typed someone
 * else's citizen ID, and a department's later import attaches records to that ID.
 */
public final class RealName {

    private RealName() {
    }

    public static boolean verified(UserAccount user) {
        return user.assuredAtLeast(Assurance.VERIFIED);
    }

    /** The user, or the refusal ({@link AccessError#REAL_NAME_REQUIRED}, 403) of an account whose holder was never identified. */
    public static UserAccount require(UserAccount user) {
        if (!verified(user)) {
            throw new DomainException(AccessError.REAL_NAME_REQUIRED);
        }
        return user;
    }
}
