package io.onewindow.cases;

import io.onewindow.catalogue.ServiceItem;
import java.util.List;
import java.util.Map;

/**
 * Something on the platform that knows answers of a form about the applicant (once-only: 一次采集，多次复用),
 * e.g. identity (name, ID number) or shared data (household address). A module contributes one as a bean;
 * the cases module merges what every source offers before the applicant's own answers, and shows where each
 * prefilled answer came from.
 */
public interface PrefillSource {

    /**
     * Answers this source can give for the forms of {@code items}, by item code, then by the form's field name.
     * Only fields of those forms; reading personal data for them is the source's audited action, announced once
     * per reader however many forms it fills. {@code items} are the item applied for, or in a bundle (一件事) its
     * member items; each item's owning department ({@code item.departmentId()}) reviews its part of the
     * application, so a source that answers from shared data answers an item only under what that item's
     * department was granted. The applicant comes with identity's record of them, read once for every source.
     */
    Map<String, Map<String, PrefilledAnswer>> prefill(RegisteredApplicant applicant, List<ServiceItem> items);

    /**
     * Whether the answers come from what departments' registers hold about the applicant, rather than from what
     * the account's holder told the platform; such a source is not asked for a self-declared account
     * ({@link io.onewindow.kernel.access.RealName}).
     */
    default boolean readsRegisters() {
        return true;
    }
}
