package io.onewindow.catalogue;

import java.util.Optional;

/**
 * The service catalogue as other modules read it: an entry's current published version, or the exact
 * version a case was filed under (kept readable after it is superseded or retired), and the search people
 * use. Drafts are never returned.
 */
public interface ServiceCatalogue {

    /** The current published version of an item; empty when there is none (unknown, draft only, or retired). */
    Optional<ServiceItem> find(String code);

    /** That version of an item if it was ever published, whatever it became since. */
    Optional<ServiceItem> find(String code, int version);

    /** The current published version of an item or a bundle, whichever the code names (one read for either). */
    Optional<CatalogueEntry> findCurrent(String code);

    /** The current published version of a bundle. */
    Optional<ServiceBundle> findBundle(String code);

    /** That version of a bundle if it was ever published. */
    Optional<ServiceBundle> findBundle(String code, int version);

    /** Searches the current published entries; relevance first, or by name when there are no words. */
    ResultPage<ServiceSummary> search(ServiceQuery query);
}
