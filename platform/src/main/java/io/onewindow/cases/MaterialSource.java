package io.onewindow.cases;

import io.onewindow.catalogue.Material;
import java.util.List;
import java.util.UUID;

/**
 * Something on the platform that can stand for a material the applicant would otherwise hand in (免提交):
 * a licence they hold, data a department shares. A module contributes one as a bean; the cases module asks
 * every source when it shows the materials of an application.
 */
public interface MaterialSource {

    /** What this source could attach in place of the material for this applicant; empty when nothing fits. */
    List<OfferedMaterial> offers(Applicant applicant, Material material);

    /**
     * The applicant consented to {@code offer} standing for the material of case {@code caseId}. Called in
     * the case's transaction; the source records the use (an audited action) and returns what the officer
     * sees: the verified facts, not a copy to check.
     */
    AttachedMaterial attach(Applicant applicant, Material material, OfferedMaterial offer, UUID caseId);
}
