package io.onewindow.audit.web;

import io.onewindow.audit.AuditError;
import io.onewindow.audit.internal.AuditSearch;
import io.onewindow.audit.internal.AuditSettings;
import io.onewindow.audit.internal.RecordStore;
import io.onewindow.identity.Departments;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.web.CsvCells;
import io.onewindow.kernel.web.DisplayTimes;
import io.onewindow.kernel.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditors' view of the private records (审计、纪检监察): search by action, actor, department, the
 * person whose data was involved and dates; export as CSV; a record's export for the offline verifier.
 * Every search, view and export is itself recorded.
 */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class AuditorController {


    private final AuditSearch search;
    private final People people;
    private final Departments departments;
    private final AuditSettings settings;
    private final Messages messages;
    private final ReadFor readFor;

    AuditorController(AuditSearch search, People people, Departments departments, AuditSettings settings, Messages messages,
                      ReadFor readFor) {
        this.search = search;
        this.people = people;
        this.departments = departments;
        this.settings = settings;
        this.messages = messages;
        this.readFor = readFor;
    }

    /** The search form as typed; {@code subject} is a citizen ID. */
    public record SearchForm(String action, String actor, String department, String subject, String from, String to) {
    }

    @GetMapping("/audit/records")
    String records(SearchForm form, @RequestParam(required = false) String search, @RequestParam(defaultValue = "0") int page,
                   Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("departments", departments.all());
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("page", page);
        if (search == null) {
            return "audit/records";
        }
        try {
            Optional<AuditSearch.Filters> filters = filters(form);
            if (filters.isEmpty()) {
                model.addAttribute("results", List.of());
                return "audit/records";
            }
            var found = this.search.search(filters.get(), page);
            model.addAttribute("results", found);
            model.addAttribute("more", found.size() == AuditSearch.PAGE);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
        }
        return "audit/records";
    }

    @GetMapping(value = "/audit/records.csv")
    void export(SearchForm form, HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<RecordStore.StoredRecord> found;
        try {
            found = filters(form).map(search::export).orElse(List.of());
        } catch (InvalidInputException e) {
            // The search page says which field is wrong, in the reader's language.
            response.sendRedirect(request.getContextPath() + "/audit/records?search&" + request.getQueryString());
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("audit-records.csv").build().toString());
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\ufeff'); // so that spreadsheet programs read the Chinese text as UTF-8
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader("id", "time", "action", "actor",
                "actor_name", "role", "department", "object_type", "object_id", "subject", "purpose", "request_id",
                "leaf_index", "commitment").get())) {
            for (RecordStore.StoredRecord stored : found) {
                var r = stored.record();
                csv.printRecord(CsvCells.row(r.id(), DisplayTimes.SECOND.format(r.at()), r.action(), r.actor().username(), r.actor().name(),
                        r.actor().role(), r.actor().departmentName(), r.objectType(), r.objectId(), r.subject(), r.purpose(),
                        r.requestId(), stored.leafIndex(), Base64.getEncoder().encodeToString(stored.commitment())));
            }
        }
    }

    @GetMapping("/audit/records/{id}")
    String record(@PathVariable UUID id, Locale locale, Model model) {
        RecordStore.StoredRecord stored = viewed(id, false);
        model.addAttribute("stored", stored);
        model.addAttribute("readFor", readFor.of(stored.record(), locale));
        model.addAttribute("subject", stored.record().subject() == null ? null : people.find(stored.record().subject()).orElse(null));
        return "audit/record";
    }

    // The document writes itself as canonical JSON, not through the API's JSON settings, which leave out
    // empty members: the verifier must see every member of the record, null ones included.
    @GetMapping(value = "/audit/records/{id}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> recordExport(@PathVariable UUID id) {
        RecordStore.StoredRecord stored = viewed(id, true);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("record-" + id + ".json").build().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(stored.export(settings.origin()).toJson());
    }

    private RecordStore.StoredRecord viewed(UUID id, boolean export) {
        return search.view(id, export).orElseThrow(NotFound::new);
    }

    /** The filters, with the citizen ID turned into a person; empty if that person is unknown (nothing can match). */
    private static UUID department(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldViolation.of("department", AuditError.DEPARTMENT_UNKNOWN));
        }
    }

    private Optional<AuditSearch.Filters> filters(SearchForm form) {
        UUID subject = null;
        if (form.subject() != null && !form.subject().isBlank()) {
            Optional<PersonView> person = people.findByCitizenId(form.subject());
            if (person.isEmpty()) {
                return Optional.empty();
            }
            subject = person.get().id();
        }
        UUID department = form.department() == null || form.department().isBlank() ? null : department(form.department());
        return Optional.of(new AuditSearch.Filters(form.action(), form.actor(), department, subject, form.from(), form.to()));
    }
}
