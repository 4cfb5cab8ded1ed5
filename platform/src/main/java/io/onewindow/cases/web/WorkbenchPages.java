package io.onewindow.cases.web;

import io.onewindow.calendar.WorkingDays;
import io.onewindow.cases.CaseAction;
import io.onewindow.cases.CaseError;
import io.onewindow.cases.internal.ApplicationRow;
import io.onewindow.cases.internal.ApplicationViews;
import io.onewindow.cases.internal.CaseReading;
import io.onewindow.cases.internal.CaseRow;
import io.onewindow.cases.internal.CaseStore;
import io.onewindow.cases.internal.CaseWork;
import io.onewindow.cases.internal.Entries;
import io.onewindow.cases.internal.MaterialStore;
import io.onewindow.cases.internal.Ratings;
import io.onewindow.identity.Departments;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.privacy.Masking;
import io.onewindow.kernel.web.FormErrors;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officers' pages: the department's queue within their divisions, earliest due first; a case with its
 * application, materials and history, and the actions its state allows; the administrator's overdue list
 * (reassign, 督办) and rectifications of poor ratings; the data bureau's list of late cases.
 */
@Controller
class WorkbenchPages {

    private final CaseStore store;
    private final CaseWork work;
    private final CaseReading reading;
    private final ApplicationViews views;
    private final MaterialStore materials;
    private final Entries entries;
    private final Ratings ratings;
    private final Departments departments;
    private final WorkingDays workingDays;
    private final Messages messages;

    WorkbenchPages(CaseStore store, CaseWork work, CaseReading reading, ApplicationViews views, MaterialStore materials, Entries entries,
                   Ratings ratings, Departments departments, WorkingDays workingDays, Messages messages) {
        this.store = store;
        this.work = work;
        this.reading = reading;
        this.views = views;
        this.materials = materials;
        this.entries = entries;
        this.ratings = ratings;
        this.departments = departments;
        this.workingDays = workingDays;
        this.messages = messages;
    }

    @GetMapping("/cases/queue")
    @PreAuthorize("hasRole('OFFICER')")
    String queue(Model model, Locale locale) {
        UserAccount user = CurrentUser.require();
        List<CaseRow> rows = store.queue(user.departmentIds(), user.scopeDivisions(), 200);
        model.addAttribute("cases", caseViews(rows, locale));
        return "cases/queue";
    }

    @GetMapping("/cases/{id}")
    @PreAuthorize("hasAnyRole('OFFICER', 'DEPT_ADMIN')")
    String page(@PathVariable UUID id, Model model, Locale locale) {
        return casePage(reading.open(id, CurrentUser.require()), FormErrors.none(), model, locale);
    }

    @PostMapping("/cases/{id}/act/{action}")
    @PreAuthorize("hasAnyRole('OFFICER', 'DEPT_ADMIN')")
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam(required = false) Integer version,
               @RequestParam(required = false) String reason, Model model, Locale locale) {
        CaseAction chosen = CaseAction.fromSlug(action).filter(a -> a.by() == CaseAction.By.OFFICER)
                .orElseThrow(() -> new DomainException(CaseError.NOT_FOUND, Map.of()));
        UserAccount user = CurrentUser.require();
        if (chosen.reasonRequired() && (reason == null || reason.isBlank())) {
            return casePage(work.officerCase(id, user), FormErrors.of(List.of(FieldViolation.of(
                    "reason-" + chosen.slug(), CaseError.REASON_REQUIRED)), messages, locale), model, locale);
        }
        work.act(id, chosen, version, reason, user);
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/claim")
    @PreAuthorize("hasRole('OFFICER')")
    String claim(@PathVariable UUID id) {
        work.claim(id, CurrentUser.require());
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/assign")
    @PreAuthorize("hasRole('DEPT_ADMIN')")
    String assign(@PathVariable UUID id, @RequestParam UUID officer) {
        work.assign(id, officer, CurrentUser.require());
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/escalate")
    @PreAuthorize("hasRole('DEPT_ADMIN')")
    String escalate(@PathVariable UUID id) {
        work.escalate(id, CurrentUser.require());
        return "redirect:/cases/overdue";
    }

    /** An uploaded file, for the applicant or an officer who may work one of the application's cases; always a download. */
    @GetMapping("/cases/materials/{id}")
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        UserAccount user = CurrentUser.require();
        MaterialStore.File file = materials.file(id).orElseThrow(() -> new DomainException(CaseError.NOT_FOUND, Map.of()));
        ApplicationRow application = store.application(file.applicationId()).orElseThrow();
        boolean allowed = application.applicant().accountId().equals(user.accountId())
                || store.casesOf(application.id()).stream().anyMatch(c -> work.mayWork(c, user));
        if (!allowed) {
            throw new DomainException(CaseError.NOT_YOURS, Map.of());
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }

    @GetMapping("/cases/overdue")
    String overdue(Model model, Locale locale) {
        return overduePage(FormErrors.none(), model, locale);
    }

    @PostMapping("/cases/rectifications/{id}/{step}")
    @PreAuthorize("hasAnyRole('OFFICER', 'DEPT_ADMIN')")
    String rectify(@PathVariable UUID id, @PathVariable String step, @RequestParam(required = false) String text, Model model,
                   Locale locale) {
        boolean reply = "reply".equals(step);
        try {
            ratings.answer(id, reply ? "reply" : "follow-up", text, CurrentUser.require());
        } catch (InvalidInputException e) {
            // The error belongs to the text field of this rectification's form: reply-<id> or follow-<id>.
            String field = (reply ? "reply-" : "follow-") + id;
            return overduePage(FormErrors.of(e.violations().stream().map(v -> new FieldViolation(field, v.code(), v.arguments())).toList(),
                    messages, locale), model, locale);
        }
        return "redirect:/cases/overdue";
    }

    private String overduePage(FormErrors errors, Model model, Locale locale) {
        UserAccount user = CurrentUser.require();
        requireRole(user, Role.DEPT_ADMIN);
        List<UUID> administered = work.administered(user);
        model.addAttribute("cases", caseViews(store.overdue(administered, workingDays.today(), 200), locale));
        model.addAttribute("rectifications", ratings.openIn(administered));
        model.addAttribute("errors", errors);
        return "cases/overdue";
    }

    @GetMapping("/cases/late")
    String late(Model model, Locale locale) {
        UserAccount user = CurrentUser.require();
        requireRole(user, Role.DATA_ADMIN);
        List<ApplicationViews.CaseView> late = caseViews(store.overdue(null, workingDays.today(), 500), locale);
        Map<String, Long> byDepartment = new LinkedHashMap<>();
        late.forEach(c -> byDepartment.merge(c.departmentName(), 1L, Long::sum));
        model.addAttribute("cases", late);
        model.addAttribute("byDepartment", byDepartment);
        return "cases/late";
    }

    private String casePage(CaseRow row, FormErrors errors, Model model, Locale locale) {
        UserAccount user = CurrentUser.require();
        ApplicationRow application = store.application(row.applicationId()).orElseThrow();
        ApplicationViews.CaseView view = views.caseView(row, locale);
        var item = entries.exact("ITEM", row.itemCode(), row.itemVersion()).members().get(0);
        Map<String, String> answers = new LinkedHashMap<>();
        item.form().questions().forEach(q -> {
            Object value = row.answers().get(q.field());
            String shown = value == null ? "" : ApplyPages.plain(value);
            answers.put(q.label().in(locale), "person.citizenId".equals(q.prefill()) ? Masking.citizenId(shown)
                    : "person.phone".equals(q.prefill()) ? Masking.phone(shown) : shown);
        });
        List<MaterialStore.Row> held = materials.of(application.id());
        Map<String, List<MaterialStore.Row>> byKey = new HashMap<>();
        held.stream().filter(m -> m.caseId() == null || m.caseId().equals(row.id()))
                .forEach(m -> byKey.computeIfAbsent(m.key(), k -> new java.util.ArrayList<>()).add(m));
        model.addAttribute("view", view);
        model.addAttribute("answers", answers);
        model.addAttribute("item", item);
        model.addAttribute("held", byKey);
        model.addAttribute("errors", errors);
        model.addAttribute("admin", user.has(Role.DEPT_ADMIN));
        model.addAttribute("officers", user.has(Role.DEPT_ADMIN) ? departments.officersOf(row.departmentId()) : List.of());
        return "cases/case";
    }

    private List<ApplicationViews.CaseView> caseViews(List<CaseRow> rows, Locale locale) {
        Map<UUID, String> names = views.departmentNames(rows, locale);
        return rows.stream().map(c -> views.caseView(c, c.applicantName(), List.of(), locale, names)).toList();
    }

    private static void requireRole(UserAccount user, Role role) {
        if (!user.has(role)) {
            throw new DomainException(CaseError.NOT_AN_OFFICER, Map.of());
        }
    }
}
