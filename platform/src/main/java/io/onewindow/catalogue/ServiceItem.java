package io.onewindow.catalogue;

import io.onewindow.divisions.DivisionLevel;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One version of a service item (政务服务事项) as its guide (办事指南) describes it. {@code code} is the
 * implementation code (实施编码); a case filed under {@code (code, version)} keeps reading this version,
 * which never changes once published. Time limits are in working days from acceptance (0: settled on the
 * spot); the fee is in fen (0: free); {@code trips} is how many times the applicant must come in person
 * (0: 不见面审批).
 */
public record ServiceItem(String code, int version, EntryState state, Text name, Text summary,
                          String departmentCode, UUID departmentId, DivisionLevel level, ItemType type,
                          List<LegalBasis> legalBasis, Text whoMayApply, Text conditions,
                          int statutoryDays, int promisedDays, long feeFen, Text feeNote, int trips,
                          Set<Audience> audiences, Set<Channel> channels, Set<LifeEvent> lifeEvents,
                          Set<BusinessEvent> businessEvents, Outcome outcome, List<Material> materials,
                          ServiceForm form, List<String> keywords, Instant publishedAt) implements CatalogueEntry {

    public boolean free() {
        return feeFen == 0;
    }

    /** The materials the applicant must bring, because nothing on the platform can stand for them. */
    public List<Material> toBring() {
        return materials.stream().filter(m -> !m.canBeSpared()).toList();
    }

    /** The materials a licence or shared data can stand for. */
    public List<Material> takenFromLicencesOrData() {
        return materials.stream().filter(Material::canBeSpared).toList();
    }
}
