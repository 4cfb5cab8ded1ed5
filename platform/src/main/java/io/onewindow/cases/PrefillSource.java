package io.onewindow.cases;

import io.onewindow.catalogue.ServiceItem;
import java.util.Map;

/**
 * Something on the platform that knows answers of a form about the applicant (once-only: 一次采集，多次复用),
 * e.g. identity (name, ID number) or shared data (household address). A module contributes one as a bean;
 * the cases module merges what every source offers before the applicant's own answers, and shows where each
 * prefilled answer came from.
 */
public interface PrefillSource {

    /**
     * Answers this source can give for the form of {@code item}, by the form's field name. Only fields of
     * that form; reading personal data for it is the source's audited action. {@code item} is the item applied
     * for, in a bundle (一件事) each member item in turn; its owning department ({@code item.departmentId()})
     * reviews the application, so a source that answers from shared data answers only under what that
     * department was granted.
     */
    Map<String, PrefilledAnswer> prefill(Applicant applicant, ServiceItem item);

    /**
     * Whether the answers come from what departments' registers hold about the applicant, rather than from what
     * the account's holder told the platform; such a source is not asked for a self-declared account
     * ({@link io.onewindow.kernel.access.RealName}).
     */
    default boolean readsRegisters() {
        return true;
    }
}
