package io.onewindow.cases.internal;

import io.onewindow.cases.Applicant;
import io.onewindow.cases.ApplicationAnswered;
import io.onewindow.cases.ApplicationDrafted;
import io.onewindow.cases.ApplicationParties;
import io.onewindow.cases.ApplicationSubmitted;
import io.onewindow.cases.CaseError;
import io.onewindow.cases.CaseState;
import io.onewindow.cases.CaseSubmitted;
import io.onewindow.cases.MaterialProvided;
import io.onewindow.cases.MaterialSource;
import io.onewindow.cases.OfferedMaterial;
import io.onewindow.cases.PrefillSource;
import io.onewindow.cases.PrefilledAnswer;
import io.onewindow.cases.RegisteredApplicant;
import io.onewindow.catalogue.Material;
import io.onewindow.catalogue.ServiceItem;
import io.onewindow.catalogue.Text;
import io.onewindow.kernel.access.RealName;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.id.TimeOrderedIds;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's side of an application: start it (a draft, prefilled from what the platform knows), answer
 * its questions one at a time, choose for each material an offer from the platform (with consent) or upload a
 * file, and submit it, which files one case per item at the item's department. Every step is an audited action.
 */
@Service
public class Filing {

    private final Entries entries;
    private final Applicants applicants;
    private final CaseStore store;
    private final MaterialStore materials;
    private final List<PrefillSource> prefillSources;
    private final List<MaterialSource> materialSources;
    private final AuditedActions actions;
    private final CaseNotices notices;
    private final Clock clock;
    private final long uploadMaxBytes;

    Filing(Entries entries, Applicants applicants, CaseStore store, MaterialStore materials, List<PrefillSource> prefillSources,
           List<MaterialSource> materialSources, AuditedActions actions, CaseNotices notices, Clock clock,
           @Value("${onewindow.cases.upload-max-bytes:1048576}") long uploadMaxBytes) {
        this.entries = entries;
        this.applicants = applicants;
        this.store = store;
        this.materials = materials;
        this.prefillSources = prefillSources;
        this.materialSources = materialSources;
        this.actions = actions;
        this.notices = notices;
        this.clock = clock;
        this.uploadMaxBytes = uploadMaxBytes;
    }

    /**
     * Starts a draft for the current version of an item or bundle, with every answer a source on the platform knows:
     * an audited action, since the draft is kept for the applicant to return to.
     */
    @Transactional
    public ApplicationRow start(String code, UserAccount user) {
        ApplicationRow draft = drafted(code, user);
        store.insert(draft, Writes.AT_ONCE);
        actions.publish(trace -> new ApplicationDrafted(draft.id(), code, draft.applicant(), trace));
        return draft;
    }

    // The draft as started, not yet stored: its answers prefilled (each register read recorded by its source).
    private ApplicationRow drafted(String code, UserAccount user) {
        Entries.Entry entry = entries.current(code);
        RegisteredApplicant who = applicants.of(user, entry.audiences());
        Map<String, Object> answers = new LinkedHashMap<>();
        Map<String, Text> prefilled = new LinkedHashMap<>();
        for (PrefillSource source : prefillSources) {
            if (source.readsRegisters() && !RealName.verified(user)) {
                continue;
            }
            Map<String, Map<String, PrefilledAnswer>> given = source.prefill(who, entry.members());
            for (ServiceItem member : entry.members()) {
                given.getOrDefault(member.code(), Map.of()).forEach((field, answer) -> {
                    for (ApplicationForm.Question q : entry.form().questions()) {
                        if (q.targets().contains(new ApplicationForm.Target(member.code(), field)) && !answers.containsKey(q.key())) {
                            answers.put(q.key(), answer.value());
                            prefilled.put(q.key(), answer.source());
                        }
                    }
                });
            }
        }
        Instant drafted = clock.instant();
        return new ApplicationRow(TimeOrderedIds.next(drafted), entry.kind(), entry.code(), entry.version(), entry.name(),
                who.applicant(), who.name(), who.divisionCode(), answers, Map.of(), prefilled, null, stored(drafted), 0);
    }

    /** The user's own application; anyone else's is refused as not theirs. */
    public ApplicationRow own(UUID id, UserAccount user) {
        ApplicationRow application = store.application(id).orElseThrow(() -> new DomainException(CaseError.NOT_FOUND, Map.of()));
        if (!application.applicant().accountId().equals(user.accountId())) {
            throw new DomainException(CaseError.NOT_YOURS, Map.of());
        }
        return application;
    }

    CaseStore store() {
        return store;
    }

    /** The current published item or bundle with this code, as the "Apply" page shows it. */
    public Entries.Entry entryOf(String code) {
        return entries.current(code);
    }

    public Entries.Entry entryOf(ApplicationRow application) {
        return entries.exact(application.kind(), application.code(), application.version());
    }

    /** Saves one answer of a draft after checking it; bad input changes nothing. */
    @Transactional
    public void answer(UUID id, String key, String raw, UserAccount user) {
        ApplicationRow draft = draft(id, user);
        ApplicationForm.Question question = entryOf(draft).form().question(key)
                .orElseThrow(() -> new InvalidInputException(FieldViolation.of(key, CaseError.ANSWER_UNKNOWN)));
        AnswerRules.Result result = AnswerRules.check(question, raw);
        result.violation().ifPresent(v -> {
            throw new InvalidInputException(v);
        });
        Map<String, Object> answers = new LinkedHashMap<>(draft.answers());
        answers.put(key, result.value());
        store.update(draft.answered(answers, draft.consents()));
        actions.publish(trace -> new ApplicationAnswered(id, key, trace));
    }

    /** A material of the application, what the platform offers for it, and what was chosen or uploaded. */
    public record MaterialNeed(Material material, List<OfferedMaterial> offers, String consented, Optional<MaterialStore.Row> upload) {
    }

    /**
     * The application's materials as {@code user} sees them; what the platform holds (licences, shared data) is
     * offered only to an account whose holder was identified (实名认证).
     */
    public List<MaterialNeed> materialsOf(ApplicationRow application, UserAccount user) {
        List<MaterialStore.Row> held = materials.of(application.id());
        List<MaterialNeed> needs = new ArrayList<>();
        Entries.Entry entry = entryOf(application);
        for (Material material : entry.materials()) {
            List<OfferedMaterial> offers = RealName.verified(user) ? offersForEveryMember(application.applicant(), entry, material.key())
                    : List.of();
            needs.add(new MaterialNeed(material, offers, application.consents().get(material.key()),
                    held.stream().filter(r -> r.key().equals(material.key()) && !r.verified()).findFirst()));
        }
        return needs;
    }

    // One consent serves every member item that asks for the material, so an offer is made only when each
    // member's reviewing department may take it: data shared with one department does not serve another's case.
    private List<OfferedMaterial> offersForEveryMember(Applicant applicant, Entries.Entry entry, String materialKey) {
        List<OfferedMaterial> common = null;
        for (ServiceItem member : entry.members()) {
            for (Material material : member.materials()) {
                if (material.key().equals(materialKey)) {
                    List<OfferedMaterial> here = offersAt(applicant, member, material);
                    List<String> chosenHere = here.stream().map(Filing::choice).toList();
                    common = common == null ? here : common.stream().filter(o -> chosenHere.contains(choice(o))).toList();
                }
            }
        }
        return common == null ? List.of() : common;
    }

    private List<OfferedMaterial> offersAt(Applicant applicant, ServiceItem item, Material material) {
        ApplicationParties parties = new ApplicationParties(applicant, item.departmentId());
        List<OfferedMaterial> offers = new ArrayList<>();
        materialSources.forEach(source -> offers.addAll(source.offers(parties, material)));
        return offers;
    }

    /** How the applicant's choice names an offer. */
    private static String choice(OfferedMaterial offer) {
        return offer.source() + "/" + offer.reference();
    }

    /** The applicant consents to an offer standing for a material (or withdraws it, with {@code offer} null). */
    @Transactional
    public void consent(UUID id, String materialKey, String offer, UserAccount user) {
        ApplicationRow draft = draft(id, user);
        MaterialNeed need = materialsOf(draft, user).stream().filter(n -> n.material().key().equals(materialKey)).findFirst()
                .orElseThrow(() -> new InvalidInputException(FieldViolation.of(materialKey, CaseError.MATERIAL_UNKNOWN)));
        Map<String, String> consents = new LinkedHashMap<>(draft.consents());
        if (offer == null || offer.isBlank()) {
            consents.remove(materialKey);
        } else {
            if (need.offers().stream().noneMatch(o -> choice(o).equals(offer))) {
                throw new InvalidInputException(FieldViolation.of(materialKey, CaseError.OFFER_UNKNOWN));
            }
            consents.put(materialKey, offer);
        }
        store.update(draft.answered(draft.answers(), consents));
    }

    /**
     * Keeps an uploaded file for a material: while the application is a draft, or while one of its cases waits
     * for a correction (补正). The type is sniffed from the content; the name is kept only to show it.
     */
    @Transactional
    public void upload(UUID id, String materialKey, String fileName, byte[] content, UserAccount user) {
        ApplicationRow application = own(id, user);
        if (!application.draft() && store.casesOf(id).stream().noneMatch(c -> c.file().state() == CaseState.CORRECTION_REQUESTED)) {
            throw new DomainException(CaseError.NOT_A_DRAFT, Map.of());
        }
        if (entryOf(application).materials().stream().noneMatch(m -> m.key().equals(materialKey))) {
            throw new InvalidInputException(FieldViolation.of("file", CaseError.MATERIAL_UNKNOWN));
        }
        String type;
        try {
            type = UploadRules.check(content, uploadMaxBytes);
        } catch (DomainException e) {
            throw new InvalidInputException(new FieldViolation("file", e.code(), e.arguments()));
        }
        String name = fileName == null || fileName.isBlank() ? materialKey : fileName.replaceAll("[\\\\/\\r\\n\"]", "_");
        materials.upload(id, materialKey, name.length() > 120 ? name.substring(0, 120) : name, type, content, clock.instant());
        actions.publish(trace -> new MaterialProvided(id, materialKey, null, trace));
    }

    /** Every answer of the draft checked at once: the violations by question key. */
    public List<FieldViolation> check(ApplicationRow application) {
        List<FieldViolation> found = new ArrayList<>();
        for (ApplicationForm.Question q : entryOf(application).form().questions()) {
            Object answer = application.answers().get(q.key());
            AnswerRules.check(q, answer == null ? null : answer.toString()).violation().ifPresent(found::add);
        }
        return found;
    }

    /**
     * Submits a draft: one case per item at the item's department, the consented materials attached by their
     * sources, the applicant told. A draft already submitted is not submitted again: its cases are returned.
     */
    @Transactional
    public List<UUID> submit(UUID id, UserAccount user) {
        store.lockApplication(id);
        ApplicationRow application = own(id, user);
        if (!application.draft()) {
            return store.casesOf(id).stream().map(CaseRow::id).toList();
        }
        return file(application, user, Storing.UPDATE).cases().stream().map(CaseRow::id).toList();
    }

    /** An application as filed: the application, its cases and their first history entries, as stored. */
    public record Filed(ApplicationRow application, List<CaseRow> cases, List<CaseStore.Event> history) {
    }

    /**
     * Starts, answers and submits in one go: bad answers are all listed and nothing is kept. One action, recorded as
     * its submission: no draft was ever kept, so none is recorded as started.
     */
    @Transactional
    public ApplicationRow applyAtOnce(String code, Map<String, String> answers, Map<String, String> consents, UserAccount user) {
        return fileAtOnce(code, answers, consents, user).application();
    }

    /** As {@link #applyAtOnce}, with the cases filed (the API answers with them, as reading them back would give them). */
    @Transactional
    public Filed fileAtOnce(String code, Map<String, String> answers, Map<String, String> consents, UserAccount user) {
        ApplicationRow draft = drafted(code, user);
        ApplicationForm form = entryOf(draft).form();
        Map<String, Object> merged = new LinkedHashMap<>(draft.answers());
        List<FieldViolation> violations = new ArrayList<>();
        answers.forEach((key, raw) -> {
            Optional<ApplicationForm.Question> q = form.question(key);
            if (q.isEmpty()) {
                violations.add(FieldViolation.of(key, CaseError.ANSWER_UNKNOWN));
                return;
            }
            AnswerRules.Result result = AnswerRules.check(q.get(), raw);
            result.violation().ifPresentOrElse(violations::add, () -> merged.put(key, result.value()));
        });
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        // Stored once, as submitted: nobody else knows of it yet, so it needs no lock.
        return file(draft.answered(merged, consents == null ? Map.of() : consents), user, Storing.INSERT);
    }

    /** How a filing stores its application: a draft stored before is updated, one filed at once is inserted. */
    private enum Storing {
        UPDATE,
        INSERT
    }

    /**
     * Files the cases of a draft, checked in full: a case per member item at its department, each with its first
     * history entry, its consented materials, its audited submission and a notice in the applicant's inbox; the
     * application marked submitted and its submission published, so the applicant is told once for all its cases.
     */
    private Filed file(ApplicationRow application, UserAccount user, Storing storing) {
        if (!application.consents().isEmpty()) {
            // Licences and shared data stand for materials only for an identified holder (the API takes consents too).
            RealName.require(user);
        }
        List<FieldViolation> violations = check(application);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Entries.Entry entry = entryOf(application);
        Instant now = stored(clock.instant());
        UUID id = application.id();
        Writes writes = Writes.ofThisFiling();
        // Marked submitted before its cases are filed, which refer to it.
        ApplicationRow submitted = application.submitted(now);
        if (storing == Storing.INSERT) {
            store.insert(submitted, writes);
        } else {
            store.update(submitted);
            submitted = submitted.updated();
        }
        List<CaseRow> cases = new ArrayList<>();
        for (ServiceItem item : entry.members()) {
            UUID caseId = TimeOrderedIds.next(now);
            cases.add(new CaseRow(caseId, id, item.code(), item.version(), item.name(), item.departmentId(), application.divisionCode(),
                    user.accountId(), application.applicantName(), CaseFile.submitted(caseId, item.promisedDays()),
                    entry.form().answersFor(item.code(), application.answers()), item.statutoryDays(), item.trips() == 0 ? 1 : 0, now,
                    null, null, null, null, null));
        }
        List<CaseStore.Event> history = store.insertSubmitted(cases, user.displayName(), writes);
        for (int i = 0; i < cases.size(); i++) {
            UUID caseId = cases.get(i).id();
            attachConsented(application, entry.members().get(i), caseId, writes);
            actions.publish(trace -> new CaseSubmitted(caseId, id, trace));
        }
        notices.casesChanged(user.accountId(), id, cases.stream().map(c -> c.name().zh()).toList(), CaseState.SUBMITTED, now);
        List<UUID> caseIds = cases.stream().map(CaseRow::id).toList();
        actions.publish(trace -> new ApplicationSubmitted(id, application.code(), application.applicant(), caseIds, trace));
        return new Filed(submitted, cases, history);
    }

    /**
     * Attaches what the applicant consented to for the item's materials, each offer asked for again of the item's
     * reviewing department. A consented offer no longer made (a licence revoked, a grant withdrawn since) refuses
     * the submission on that material unless a file was uploaded for it, so no case is filed without it.
     */
    private void attachConsented(ApplicationRow application, ServiceItem item, UUID caseId, Writes writes) {
        ApplicationParties parties = new ApplicationParties(application.applicant(), item.departmentId());
        for (Material material : item.materials()) {
            String chosen = application.consents().get(material.key());
            if (chosen == null) {
                continue;
            }
            boolean found = false;
            for (MaterialSource source : materialSources) {
                for (OfferedMaterial offer : source.offers(parties, material)) {
                    if (choice(offer).equals(chosen)) {
                        var attached = source.attach(parties, material, offer, caseId);
                        materials.attached(application.id(), caseId, material.key(), attached, attached.description().zh(), clock.instant(), writes);
                        actions.publish(trace -> new MaterialProvided(application.id(), material.key(), offer.source(), trace));
                        found = true;
                    }
                }
            }
            if (!found && materials.of(application.id()).stream().noneMatch(r -> r.key().equals(material.key()) && !r.verified())) {
                throw new InvalidInputException(FieldViolation.of(material.key(), CaseError.OFFER_UNKNOWN));
            }
        }
    }

    // A time as PostgreSQL keeps it (microseconds), so what a transaction wrote is what reading it back gives.
    private static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private ApplicationRow draft(UUID id, UserAccount user) {
        ApplicationRow application = own(id, user);
        if (!application.draft()) {
            throw new DomainException(CaseError.NOT_A_DRAFT, Map.of());
        }
        return application;
    }
}
