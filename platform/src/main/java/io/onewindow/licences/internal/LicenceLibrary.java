package io.onewindow.licences.internal;

import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.People;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.code.LicenceIdentifier;
import io.onewindow.kernel.code.UnifiedSocialCreditCode;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.time.CivilTime;
import io.onewindow.licences.HolderKind;
import io.onewindow.licences.LicenceIssued;
import io.onewindow.licences.LicenceStatus;
import io.onewindow.licences.LicenceStatusChanged;
import io.onewindow.licences.LicenceType;
import io.onewindow.licences.LicenceTypes;
import io.onewindow.licences.LicenceView;
import io.onewindow.licences.Licences;
import io.onewindow.licences.LicencesError;
import io.onewindow.licences.NewLicence;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Issues licences with their signed credentials, and changes their status in the status lists. */
@Service
public class LicenceLibrary implements Licences {

    private final LicenceStore store;
    private final LicenceTypes types;
    private final StatusLists statusLists;
    private final IssuerKeys keys;
    private final LicenceSettings settings;
    private final People people;
    private final Enterprises enterprises;
    private final Departments departments;
    private final AuditedActions actions;
    private final Clock clock;

    LicenceLibrary(LicenceStore store, LicenceTypes types, StatusLists statusLists, IssuerKeys keys, LicenceSettings settings,
                   People people, Enterprises enterprises, Departments departments, AuditedActions actions, Clock clock) {
        this.store = store;
        this.types = types;
        this.statusLists = statusLists;
        this.keys = keys;
        this.settings = settings;
        this.people = people;
        this.enterprises = enterprises;
        this.departments = departments;
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public LicenceView issue(NewLicence licence) {
        return issue(licence, licence.caseId() == null ? "IMPORT" : "CASE");
    }

    /**
     * Issues with the source recorded (CASE, IMPORT, DEMO). A case's approval issues the licence with the
     * fields its application asked for; an import must give every required field.
     */
    @Transactional
    LicenceView issue(NewLicence licence, String source) {
        return store.find(issueAll(List.of(licence), source).get(0)).orElseThrow().view();
    }

    /**
     * Whether the department issues licences of the type: the type's own department (a city bureau), or one under it
     * (a district's bureau of the same line, whose parent it is). A health commission does not issue title deeds.
     */
    private boolean issues(LicenceType type, DepartmentView department) {
        Set<UUID> seen = new HashSet<>();
        for (DepartmentView d = department; d != null && seen.add(d.id()); d = d.parentId() == null ? null : departments.find(d.parentId()).orElse(null)) {
            if (d.code().equals(type.departmentCode())) {
                return true;
            }
        }
        return false;
    }

    /** Why the department may not issue licences of the type, if it may not ({@link #issues}), as the field's refusal. */
    Optional<FieldViolation> notTheIssuer(LicenceType type, DepartmentView department) {
        if (issues(type, department)) {
            return Optional.empty();
        }
        String issuer = departments.findByCode(type.departmentCode()).map(DepartmentView::name).orElse(type.departmentCode());
        return Optional.of(new FieldViolation("department", LicencesError.NOT_THE_TYPES_ISSUER,
                Map.of("department", department.name(), "type", type.name().zh(), "issuer", issuer)));
    }

    /**
     * Issues licences in the caller's transaction, each as {@link #issue(NewLicence, String)} would, all or none:
     * their departments and holders read once, their serial numbers and status positions taken in one round
     * trip each, their rows inserted in one batch. Returns their ids in the order given.
     */
    @Transactional
    List<UUID> issueAll(List<NewLicence> licences, String source) {
        Map<String, DepartmentView> departmentsByCode = new HashMap<>();
        Map<UUID, Holder> holders = holders(licences);
        List<Draft> drafts = new ArrayList<>(licences.size());
        int serialsNeeded = 0;
        for (NewLicence licence : licences) {
            LicenceType type = types.find(licence.licenceType()).orElseThrow(() -> new InvalidInputException(
                    new FieldViolation("licenceType", LicencesError.UNKNOWN_LICENCE_TYPE, Map.of("type", String.valueOf(licence.licenceType())))));
            DepartmentView department = departmentsByCode.get(licence.departmentCode());
            if (department == null) {
                department = departments.findByCode(licence.departmentCode()).orElseThrow(() -> new InvalidInputException(
                        new FieldViolation("department", LicencesError.DEPARTMENT_NOT_FOUND, Map.of("department", String.valueOf(licence.departmentCode())))));
                departmentsByCode.put(department.code(), department);
            }
            notTheIssuer(type, department).ifPresent(refusal -> {
                throw new InvalidInputException(refusal);
            });
            HolderKind kind = licence.holderKind() == null ? type.holder() : licence.holderKind();
            Holder holder = holders.get(licence.holderId());
            if (holder == null || holder.kind() != kind) {
                holder = holder(kind, licence.holderId());
            }
            if (!source.equals("CASE")) {
                requireFields(type, licence.fields());
            }
            String identifier = licence.identifier() == null ? null : imported(licence.identifier(), type, department);
            serialsNeeded += identifier == null ? 1 : 0;
            drafts.add(new Draft(licence, type, department, holder, identifier));
        }

        java.util.Iterator<Long> serials = store.nextSerials(serialsNeeded).iterator();
        List<StatusLists.Position> positions = statusLists.allocate(licences.size());
        List<DataIntegrity.Signer> signers = keys.signers();
        List<LicenceStore.NewRow> rows = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            NewLicence licence = draft.licence();
            LicenceType type = draft.type();
            DepartmentView department = draft.department();
            Holder holder = draft.holder();
            StatusLists.Position position = positions.get(i);
            UUID id = UUID.randomUUID();
            Instant now = clock.instant();
            LocalDate fromDay = licence.validFrom() == null ? CivilTime.today(clock) : licence.validFrom();
            Instant validFrom = fromDay.atStartOfDay(CivilTime.ZONE).toInstant();
            LocalDate untilDay = licence.validUntil() != null ? licence.validUntil()
                    : type.validity().map(p -> fromDay.plus(p).minusDays(1)).orElse(null);
            Instant validUntil = untilDay == null ? null : untilDay.atTime(LocalTime.of(23, 59, 59)).atZone(CivilTime.ZONE).toInstant();
            String identifier = draft.identifier() != null ? draft.identifier()
                    : new LicenceIdentifier(type.typeCode(), new UnifiedSocialCreditCode(department.uscc()),
                            String.format("%04d%08d", fromDay.getYear(), serials.next()), 1).value();

            var unsigned = CredentialDocument.of(new CredentialDocument.Content(id, identifier, type, holder.kind().name(), holder.name(),
                    holder.identifier(), department.code(), department.name(), licence.fields(), validFrom, validUntil,
                    statusLists.entries(position)), settings.issuerDid());
            String credential = DataIntegrity.sign(unsigned, signers, now).toString();
            rows.add(new LicenceStore.NewRow(id, identifier, type.code(), holder.kind(), licence.holderId(), holder.name(),
                    holder.identifier(), department.id(), department.code(), department.name(), licence.fields(), validFrom, validUntil,
                    position, credential, source, licence.caseId(), now, verifyCode()));
        }
        store.insertAll(rows);
        for (LicenceStore.NewRow row : rows) {
            actions.publish(trace -> new LicenceIssued(row.id(), row.identifier(), row.type(), row.holderKind(), row.holderId(),
                    row.departmentId(), source, trace));
        }
        return rows.stream().map(LicenceStore.NewRow::id).toList();
    }

    private record Draft(NewLicence licence, LicenceType type, DepartmentView department, Holder holder, String identifier) {
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<LicenceView> find(UUID id) {
        return store.find(id).map(LicenceStore.Row::view);
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<LicenceView> findByIdentifier(String identifier) {
        return store.findByIdentifier(identifier).map(LicenceStore.Row::view);
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<LicenceView> heldBy(UUID holderId) {
        return store.heldBy(holderId);
    }

    @Override
    public long countHeldBy(Collection<UUID> holderIds) {
        return store.countHeldBy(holderIds);
    }

    /** The licences the departments issued, newest first. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<LicenceView> issuedBy(List<UUID> departmentIds, int limit) {
        return store.issuedBy(departmentIds, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public String credential(UUID id) {
        return store.credential(id).orElseThrow(() -> notFound(id));
    }

    @Override
    @Transactional
    public LicenceView changeStatus(UUID id, LicenceStatus to, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(FieldViolation.of("reason", LicencesError.REASON_REQUIRED));
        }
        LicenceStore.Row row = store.findForUpdate(id).orElseThrow(() -> notFound(id));
        LicenceStatus from = row.view().status();
        boolean allowed = switch (to) {
            case REVOKED -> from != LicenceStatus.REVOKED;
            case SUSPENDED -> from == LicenceStatus.ACTIVE;
            case ACTIVE -> from == LicenceStatus.SUSPENDED;
        };
        if (!allowed) {
            throw new DomainException(LicencesError.ILLEGAL_STATUS_CHANGE, Map.of("from", from.name(), "to", to.name()));
        }
        if (to == LicenceStatus.REVOKED) {
            statusLists.set("revocation", row.position(), true);
        }
        statusLists.set("suspension", row.position(), to == LicenceStatus.SUSPENDED);
        store.changeStatus(id, to, reason.strip(), clock.instant());
        actions.publish(trace -> new LicenceStatusChanged(id, row.view().holderKind(), row.view().holderId(), from, to, reason.strip(), trace));
        return store.find(id).orElseThrow().view();
    }

    // An imported licence keeps its identifier when it is well-formed, of its type and issued by its department.
    private static String imported(String raw, LicenceType type, DepartmentView department) {
        LicenceIdentifier identifier;
        try {
            identifier = LicenceIdentifier.parse(raw);
        } catch (io.onewindow.kernel.code.InvalidCodeException e) {
            throw new InvalidInputException(new FieldViolation("identifier", e.code(), e.arguments()));
        }
        if (!identifier.typeCode().equals(type.typeCode()) || !identifier.issuer().value().equals(department.uscc())) {
            throw new InvalidInputException(new FieldViolation("identifier", LicencesError.IDENTIFIER_MISMATCH,
                    Map.of("typeCode", type.typeCode(), "issuer", department.uscc())));
        }
        return identifier.value();
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static String verifyCode() {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The code printed in the licence's QR code, which opens its printed fields on the public verification page. */
    @Transactional(readOnly = true)
    public String verifyCode(UUID id) {
        return store.verifyCode(id).orElseThrow(() -> notFound(id));
    }

    private record Holder(HolderKind kind, String name, String identifier) {
    }

    // The persons among the holders in one query; enterprises (and anyone not found) one by one in issueAll.
    private Map<UUID, Holder> holders(List<NewLicence> licences) {
        List<UUID> ids = licences.stream().filter(l -> l.holderId() != null).map(NewLicence::holderId).distinct().toList();
        Map<UUID, Holder> holders = new HashMap<>();
        if (ids.size() > 1) {
            people.findAll(ids).forEach(p -> holders.put(p.id(), new Holder(HolderKind.PERSON, p.name(), p.citizenId().value())));
        }
        return holders;
    }

    private Holder holder(HolderKind kind, UUID holderId) {
        Optional<Holder> holder = kind == HolderKind.PERSON
                ? people.find(holderId).map(p -> new Holder(HolderKind.PERSON, p.name(), p.citizenId().value()))
                : enterprises.find(holderId).map(e -> new Holder(HolderKind.ENTERPRISE, e.name(), e.uscc().value()));
        return holder.orElseThrow(() -> new InvalidInputException(new FieldViolation("holder", LicencesError.HOLDER_NOT_FOUND,
                Map.of("holder", String.valueOf(holderId)))));
    }

    private static void requireFields(LicenceType type, Map<String, String> fields) {
        List<FieldViolation> missing = new ArrayList<>();
        for (LicenceType.Field field : type.fields()) {
            String value = fields.get(field.name());
            if (field.required() && (value == null || value.isBlank())) {
                missing.add(new FieldViolation(field.name(), LicencesError.FIELD_REQUIRED, Map.of("field", field.label().zh())));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
    }

    static DomainException notFound(Object id) {
        return new DomainException(LicencesError.LICENCE_NOT_FOUND, Map.of("id", String.valueOf(id)));
    }
}
