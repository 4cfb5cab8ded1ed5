package io.onewindow.kernel.code;

/**
 * Which six-digit GB/T 2260 division codes (行政区划代码) a code may carry. Citizen IDs and unified social
 * credit codes are issued for life, so a code that was valid when the number was issued stays acceptable
 * after its county or prefecture has been merged or recoded. {@link DivisionCodes#shipped()} is the
 * implementation backed by the lists shipped with OneWindow.
 */
public interface AddressCodes {

    /** Whether {@code code} may be the address code (地址码) of a citizen ID: a county, current or former. */
    boolean isCitizenAddress(String code);

    /**
     * Whether {@code code} may be the division of the registration authority (登记管理机关行政区划码) in a
     * unified social credit code: the nation (100000), a province, a prefecture or a county, current or former.
     */
    boolean isRegistrationDivision(String code);
}
