package io.onewindow.licences.internal;

import io.onewindow.cases.ApplicationParties;
import io.onewindow.cases.AttachedMaterial;
import io.onewindow.cases.MaterialSource;
import io.onewindow.cases.OfferedMaterial;
import io.onewindow.catalogue.Material;
import io.onewindow.catalogue.Text;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.time.CivilTime;
import io.onewindow.licences.HolderKind;
import io.onewindow.licences.LicenceType;
import io.onewindow.licences.LicenceUsedForMaterial;
import io.onewindow.licences.LicenceView;
import io.onewindow.licences.LicencesError;
import io.onewindow.licences.Verification;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Held licences as materials (免提交): a material the catalogue marks as satisfied by a licence type is offered
 * from the applicant's valid licences of that type; attaching one verifies its credential (signature, status,
 * validity) at that moment and gives the officer its fields as verified facts. A licence is the holder's own
 * to show, so every reviewing department is offered it alike.
 */
@Component
class HeldLicenceMaterials implements MaterialSource {

    static final String SOURCE = "licences";

    private final LicenceStore store;
    private final PlatformCredentials credentials;
    private final AuditedActions actions;
    private final JdbcClient jdbc;
    private final Clock clock;

    HeldLicenceMaterials(LicenceStore store, PlatformCredentials credentials, AuditedActions actions, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.credentials = credentials;
        this.actions = actions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OfferedMaterial> offers(ApplicationParties parties, Material material) {
        if (material.satisfiedByLicenceType() == null) {
            return List.of();
        }
        Instant now = clock.instant();
        return store.heldBy(parties.applicant().subjectId()).stream()
                .filter(l -> l.type().code().equals(material.satisfiedByLicenceType()) && l.validAt(now))
                .map(l -> new OfferedMaterial(SOURCE, l.identifier(), describe(l)))
                .toList();
    }

    @Override
    @Transactional
    public AttachedMaterial attach(ApplicationParties parties, Material material, OfferedMaterial offer, UUID caseId) {
        LicenceView licence = store.findByIdentifier(offer.reference()).map(LicenceStore.Row::view)
                .filter(l -> l.holderId().equals(parties.applicant().subjectId()))
                .filter(l -> l.type().code().equals(material.satisfiedByLicenceType()))
                .orElseThrow(() -> new DomainException(LicencesError.LICENCE_NOT_FOUND, Map.of("id", offer.reference())));
        Verification verification = credentials.verify(store.credential(licence.id()).orElseThrow());
        if (!verification.verified()) {
            throw new DomainException(LicencesError.LICENCE_NOT_VALID, Map.of("id", licence.identifier(),
                    "reason", verification.errors().get(0).code()));
        }
        jdbc.sql("insert into licences.use (licence_id, case_id, material_key, used_at) values (:licence, :case, :material, :at) "
                        + "on conflict do nothing")
                .param("licence", licence.id()).param("case", caseId).param("material", material.key())
                .param("at", Timestamp.from(clock.instant())).update();
        actions.publish(trace -> new LicenceUsedForMaterial(licence.id(), caseId, material.key(), licence.holderKind(),
                licence.holderId(), trace));
        return new AttachedMaterial(SOURCE, licence.identifier(), describe(licence), facts(licence));
    }

    private static Map<String, String> facts(LicenceView licence) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("licenceNumber", licence.identifier());
        facts.put("licenceType", licence.type().name().zh());
        facts.put("holderName", licence.holderName());
        facts.put("holderIdentifier", licence.holderIdentifier());
        facts.put("issuingDepartment", licence.departmentName());
        facts.put("validFrom", licence.validFrom().atZone(CivilTime.ZONE).toLocalDate().toString());
        if (licence.validUntil() != null) {
            facts.put("validUntil", licence.validUntil().atZone(CivilTime.ZONE).toLocalDate().toString());
        }
        for (LicenceType.Field field : licence.type().fields()) {
            String value = licence.fields().get(field.name());
            if (value != null) {
                facts.put(field.name(), value);
            }
        }
        return facts;
    }

    /**
     * The offer as the applicant reads it: type, holder, what tells this licence from others of its type (the
     * first printed field that is neither personal nor the holder's name, e.g. the child of a birth certificate),
     * number and validity.
     */
    private static Text describe(LicenceView licence) {
        String until = licence.validUntil() == null ? null : licence.validUntil().atZone(CivilTime.ZONE).toLocalDate().toString();
        String shownHolder = licence.holderKind() == HolderKind.ENTERPRISE ? licence.holderIdentifier() : licence.holderName();
        Optional<LicenceType.Field> telling = licence.type().fields().stream()
                .filter(f -> f.printed() && !f.personal() && licence.fields().get(f.name()) != null)
                .filter(f -> !licence.fields().get(f.name()).equals(licence.holderName())
                        && !licence.fields().get(f.name()).equals(licence.holderIdentifier()))
                .findFirst();
        String zh = telling.map(f -> "（" + f.label().zh() + "：" + licence.fields().get(f.name()) + "）").orElse("");
        String en = telling.map(f -> " (" + f.label().en() + ": " + licence.fields().get(f.name()) + ")").orElse("");
        return Text.of(
                licence.type().name().zh() + " " + shownHolder + zh + "，证照编号 " + licence.identifier()
                        + (until == null ? "，长期有效" : "，有效期至 " + until),
                licence.type().name().en() + " " + shownHolder + en + ", number " + licence.identifier()
                        + (until == null ? ", valid until revoked" : ", valid until " + until));
    }
}
