package io.onewindow.cases;

import io.onewindow.catalogue.Text;
import java.util.Map;

/**
 * A material a {@link MaterialSource} attached to a case with the applicant's consent: what it is, and the
 * facts the source vouches for (field name to value), which the officer reads as verified.
 */
public record AttachedMaterial(String source, String reference, Text description, Map<String, String> verifiedFacts) {

    public AttachedMaterial {
        verifiedFacts = Map.copyOf(verifiedFacts);
    }
}
