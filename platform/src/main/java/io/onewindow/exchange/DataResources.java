package io.onewindow.exchange;

import java.util.List;
import java.util.Optional;

/** The catalogue of government data resources, as other modules and the public read it. */
public interface DataResources {

    Optional<DataResource> find(String code);

    /** Every resource, by catalogue code. */
    List<DataResource> all();

    /**
     * Resources whose name, summary, code or provider contains {@code text} (any when blank), of a category,
     * sharing type and provider department code when given.
     */
    List<DataResource> search(String text, DataResource.Category category, DataResource.SharingType sharing, String providerCode);
}
