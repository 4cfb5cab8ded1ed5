package io.onewindow.cases;

import io.onewindow.catalogue.Material;
import java.util.List;
import java.util.UUID;

/**
 * Something on the platform that can stand for a material the applicant would otherwise hand in (免提交):
 * a licence they hold, data a department shares. A module contributes one as a bean; the cases module asks
 * every source when it shows the materials of an application, once per department that reviews an item
 * asking for the material, and offers only what every one of them may take.
 */
public interface MaterialSource {

    /**
     * What this source could attach in place of the material for this applicant, in an application the
     * department named in {@code parties} reviews; empty when nothing fits.
     */
    List<OfferedMaterial> offers(ApplicationParties parties, Material material);

    /**
     * The applicant consented to {@code offer} standing for the material of case {@code caseId}, which the
     * department named in {@code parties} reviews. Called in the case's transaction, after {@code offer} was
     * offered again to the same parties; the source checks once more that it may still give it (and throws if
     * not), records the use (an audited action) and returns what the officer sees: the verified facts, not a
     * copy to check.
     */
    AttachedMaterial attach(ApplicationParties parties, Material material, OfferedMaterial offer, UUID caseId);
}
