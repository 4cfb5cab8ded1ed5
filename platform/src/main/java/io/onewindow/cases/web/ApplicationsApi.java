package io.onewindow.cases.web;

import io.onewindow.cases.CaseAction;
import io.onewindow.cases.CaseError;
import io.onewindow.cases.internal.ApplicationViews;
import io.onewindow.cases.internal.CaseRow;
import io.onewindow.cases.internal.CaseStore;
import io.onewindow.cases.internal.CaseWork;
import io.onewindow.cases.internal.Filing;
import io.onewindow.cases.internal.Ratings;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.error.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Applications and cases over the API, under the same rules as the pages: an applicant files an item or a
 * bundle in one request (send an {@code Idempotency-Key}: a repeat gets the first answer and files nothing),
 * follows it and rates it; an officer acts on a case with the reason the law wants and the lock version seen.
 */
@RestController
@Tag(name = "Cases", description = "Applications (一网通办), their cases and deadlines, officers' actions, ratings (好差评)")
class ApplicationsApi {

    private final Filing filing;
    private final CaseWork work;
    private final CaseStore store;
    private final ApplicationViews views;
    private final Ratings ratings;

    ApplicationsApi(Filing filing, CaseWork work, CaseStore store, ApplicationViews views, Ratings ratings) {
        this.filing = filing;
        this.work = work;
        this.store = store;
        this.views = views;
        this.ratings = ratings;
    }

    /**
     * An application to file at once: the item's or bundle's code, answers by question key (a bundle's shared
     * questions by their key, other fields by field name; what the platform knows is prefilled), and the
     * materials the applicant consents to take from a source ({@code source/reference} of an offer).
     */
    public record NewApplication(String code, Map<String, Object> answers, Map<String, String> consents) {
    }

    public record Event(Instant at, String action, String from, String to, String actor, String reason) {
    }

    public record CaseJson(UUID id, String item, String name, UUID departmentId, String department, String state, LocalDate dueOn,
                    boolean provisional, int workingDaysLeft, String deadline, String decision, LocalDate reviewBy, LocalDate suitBy,
                    int version, List<Event> timeline) {
    }

    public record ApplicationJson(UUID id, String kind, String code, String name, String status, Instant submittedAt, Integer rating,
                           List<CaseJson> cases) {
    }

    public record Action(String reason, Integer version) {
    }

    public record Rating(Integer level, String comment) {
    }

    @PostMapping("/api/v1/applications")
    @Operation(summary = "File an application for an item or a bundle",
            description = "Creates one case per item at its department. Send an Idempotency-Key header: a repeat returns the first answer.")
    ResponseEntity<ApplicationJson> apply(@RequestBody NewApplication body,
                                          @Parameter(description = "8 to 128 letters, digits or ._:-") @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                          Locale locale) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (body.answers() != null) {
            body.answers().forEach((k, v) -> answers.put(k, v == null ? null : ApplyPages.plain(v)));
        }
        Filing.Filed filed = filing.fileAtOnce(body.code(), answers, body.consents(), CurrentUser.require());
        return ResponseEntity.created(URI.create("/api/v1/applications/" + filed.application().id())).body(json(views.of(filed, locale)));
    }

    @GetMapping("/api/v1/applications/{id}")
    @Operation(summary = "An application of the signed-in applicant: its status, and each case's state, deadline and timeline")
    ApplicationJson application(@PathVariable UUID id, Locale locale) {
        return json(views.of(filing.own(id, CurrentUser.require()), locale));
    }

    /** Applications a page of "my applications" holds (the API's unless asked otherwise, and at most; the page's always). */
    static final int MINE_PAGE = 20;
    static final int MINE_PAGE_MAX = 50;

    @GetMapping("/api/v1/me/applications")
    @Operation(summary = "The signed-in applicant's applications, newest first, a page at a time",
            description = "page from 0; size 1–50, 20 when not given. A Link header (RFC 8288) gives the next and previous pages where there are.")
    ResponseEntity<List<ApplicationJson>> mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + MINE_PAGE) int size,
                                               Locale locale) {
        int shown = Math.max(1, Math.min(size, MINE_PAGE_MAX));
        int from = Math.max(0, page);
        CaseStore.ApplicationsPage found = store.applicationsOf(CurrentUser.require().accountId(), from, shown);
        List<String> links = new ArrayList<>();
        if (found.more()) {
            links.add(pageLink(from + 1, shown, "next"));
        }
        if (from > 0) {
            links.add(pageLink(from - 1, shown, "prev"));
        }
        List<ApplicationJson> applications = views.of(found.applications(), locale).stream().map(ApplicationsApi::json).toList();
        return ResponseEntity.ok().headers(headers -> links.forEach(link -> headers.add(HttpHeaders.LINK, link))).body(applications);
    }

    private static String pageLink(int page, int size, String relation) {
        return "</api/v1/me/applications?page=" + page + "&size=" + size + ">; rel=\"" + relation + "\"";
    }

    @GetMapping("/api/v1/cases")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "The officer's queue: open cases of their departments within their divisions, earliest due first")
    List<CaseJson> queue(Locale locale) {
        UserAccount user = CurrentUser.require();
        List<CaseRow> queue = store.queue(user.departmentIds(), user.scopeDivisions(), 100);
        Map<UUID, String> names = views.departmentNames(queue, locale);
        return queue.stream().map(c -> json(views.caseView(c, c.applicantName(), List.of(), locale, names))).toList();
    }

    @PostMapping("/api/v1/cases/{id}/{action}")
    @Operation(summary = "Act on a case",
            description = "Officers: accept, refuse, request-correction, start-review, suspend, resume, approve, reject, conclude. "
                    + "Applicants: resubmit, withdraw. refuse, request-correction, suspend and reject need a reason; "
                    + "version is the lock version last read (a case changed since is refused with 409).")
    CaseJson act(@PathVariable UUID id, @PathVariable String action, @RequestBody(required = false) Action body, Locale locale) {
        CaseAction chosen = CaseAction.fromSlug(action).filter(a -> a != CaseAction.SUBMIT)
                .orElseThrow(() -> new DomainException(CaseError.NOT_FOUND, Map.of()));
        CaseRow row = work.act(id, chosen, body == null ? null : body.version(), body == null ? null : body.reason(), CurrentUser.require());
        return json(views.caseView(row, locale));
    }

    @PostMapping("/api/v1/applications/{id}/rating")
    @Operation(summary = "Rate an ended application once (5 非常满意 … 1 非常不满意); 2 or less opens a rectification")
    ResponseEntity<Map<String, Object>> rate(@PathVariable UUID id, @RequestBody Rating body) {
        var rectification = ratings.rate(id, body.level(), body.comment(), CurrentUser.require());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("level", body.level());
        rectification.ifPresent(r -> answer.put("rectificationDueOn", r.dueOn()));
        return ResponseEntity.created(URI.create("/api/v1/applications/" + id)).body(answer);
    }

    private static ApplicationJson json(ApplicationViews.ApplicationView view) {
        return new ApplicationJson(view.id(), view.kind(), view.code(), view.name(), view.status().name(), view.submittedAt(),
                view.rating() == null ? null : view.rating().level(), view.cases().stream().map(ApplicationsApi::json).toList());
    }

    private static CaseJson json(ApplicationViews.CaseView c) {
        return new CaseJson(c.id(), c.itemCode(), c.name(), c.departmentId(), c.departmentName(), c.state().name(), c.deadline().dueOn(),
                c.deadline().provisional(), c.deadline().workingDaysLeft(), c.deadline().status().name(), c.decision(),
                c.remedies() == null ? null : c.remedies().reviewBy(), c.remedies() == null ? null : c.remedies().suitBy(), c.lockVersion(),
                c.history().stream().map(e -> new Event(e.at(), e.action(), e.from() == null ? null : e.from().name(), e.to().name(),
                        e.actor(), e.reason())).toList());
    }
}
