package io.onewindow.cases.internal;

import io.onewindow.calendar.WorkingDays;
import io.onewindow.cases.CaseAction;
import io.onewindow.cases.CaseState;
import io.onewindow.cases.Deadline;
import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Applications and cases as people and the API read them: each case's state, deadline on today's calendar,
 * history and, for a refusal, the remedies; the application's one status over its cases.
 */
@Component
public class ApplicationViews {

    private final CaseStore store;
    private final Ratings ratings;
    private final Departments departments;
    private final WorkingDays workingDays;

    ApplicationViews(CaseStore store, Ratings ratings, Departments departments, WorkingDays workingDays) {
        this.store = store;
        this.ratings = ratings;
        this.departments = departments;
        this.workingDays = workingDays;
    }

    /** 行政复议 within 60 days (行政复议法第二十条), 行政诉讼 within 6 months (行政诉讼法第四十六条) of learning of the decision. */
    public record Remedies(LocalDate reviewBy, LocalDate suitBy) {
    }

    public record CaseView(UUID id, UUID applicationId, String itemCode, String name, UUID departmentId, String departmentName,
                           String applicantName, CaseState state, Deadline deadline, String decision, String reason,
                           Remedies remedies, int lockVersion, String assigneeName, boolean escalated, Instant submittedAt,
                           List<CaseStore.Event> history) {

        public List<CaseAction> actionsBy(CaseAction.By by) {
            return Arrays.stream(CaseAction.values()).filter(a -> a.by() == by && a != CaseAction.SUBMIT && a.allowedFrom(state)).toList();
        }

        /** The reason the officer gave for 不予许可 (the case's REJECT), "" when the case was not rejected. */
        public String rejectionReason() {
            return history.stream().filter(e -> CaseAction.REJECT.name().equals(e.action())).map(CaseStore.Event::reason)
                    .filter(Objects::nonNull).findFirst().orElse("");
        }
    }

    public record ApplicationView(UUID id, String kind, String code, String name, String applicantName, Instant createdAt,
                                  Instant submittedAt, Status status, List<CaseView> cases, Ratings.Rating rating,
                                  Ratings.Rectification rectification, boolean rateable) {

        public boolean draft() {
            return status == Status.DRAFT;
        }
    }

    /** The one status an applicant sees for an application, over all its cases. */
    public enum Status {
        DRAFT, IN_PROGRESS, CORRECTION_REQUESTED, ENDED;

        public String messageKey() {
            return "cases.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public ApplicationView of(ApplicationRow application, Locale locale) {
        return of(List.of(application), locale).get(0);
    }

    /** Views of many applications with each case's timeline, read with a few queries whatever their number (the API). */
    public List<ApplicationView> of(List<ApplicationRow> applications, Locale locale) {
        return of(applications, locale, true);
    }

    /**
     * Views of many applications for a list that shows no timelines (my applications): as {@link #of(List, Locale)}
     * but each case's history is not read, so its {@code history} is empty and its {@code reason} null.
     */
    public List<ApplicationView> summaries(List<ApplicationRow> applications, Locale locale) {
        return of(applications, locale, false);
    }

    private List<ApplicationView> of(List<ApplicationRow> applications, Locale locale, boolean timelines) {
        List<UUID> ids = applications.stream().map(ApplicationRow::id).toList();
        List<CaseRow> all = store.casesOf(ids);
        Map<UUID, List<CaseRow>> cases = new HashMap<>();
        all.forEach(c -> cases.computeIfAbsent(c.applicationId(), k -> new java.util.ArrayList<>()).add(c));
        Map<UUID, List<CaseStore.Event>> history = timelines ? byCase(store.history(all.stream().map(CaseRow::id).toList())) : Map.of();
        Map<UUID, Ratings.Rating> rated = ratings.ratingsOf(ids);
        Map<UUID, Ratings.Rectification> rectified = ratings.rectificationsOf(rated.keySet());
        return assemble(applications, all, cases, history, rated, rectified, locale);
    }

    /**
     * The view of an application just filed, from what its transaction wrote rather than read back: its cases in
     * the order the store lists them, each with the history entry filing wrote, no rating yet.
     */
    public ApplicationView of(Filing.Filed filed, Locale locale) {
        List<CaseRow> all = filed.cases().stream().sorted(Comparator.comparing(CaseRow::itemCode)).toList();
        return assemble(List.of(filed.application()), all, Map.of(filed.application().id(), all), byCase(filed.history()), Map.of(), Map.of(),
                locale).get(0);
    }

    private static Map<UUID, List<CaseStore.Event>> byCase(List<CaseStore.Event> history) {
        Map<UUID, List<CaseStore.Event>> byCase = new HashMap<>();
        history.forEach(e -> byCase.computeIfAbsent(e.caseId(), k -> new java.util.ArrayList<>()).add(e));
        return byCase;
    }

    private List<ApplicationView> assemble(List<ApplicationRow> applications, List<CaseRow> all, Map<UUID, List<CaseRow>> cases,
                                           Map<UUID, List<CaseStore.Event>> history, Map<UUID, Ratings.Rating> rated,
                                           Map<UUID, Ratings.Rectification> rectified, Locale locale) {
        Map<UUID, String> names = departmentNames(all, locale);
        return applications.stream().map(a -> {
            List<CaseRow> own = cases.getOrDefault(a.id(), List.of());
            List<CaseView> views = own.stream().map(c -> caseView(c, a.applicantName(), history.getOrDefault(c.id(), List.of()), locale, names)).toList();
            Status status = a.draft() ? Status.DRAFT
                    : views.stream().anyMatch(c -> c.state() == CaseState.CORRECTION_REQUESTED) ? Status.CORRECTION_REQUESTED
                    : views.stream().allMatch(c -> c.state().ended()) ? Status.ENDED : Status.IN_PROGRESS;
            return new ApplicationView(a.id(), a.kind(), a.code(), a.name().in(locale), a.applicantName(), a.createdAt(), a.submittedAt(),
                    status, views, rated.get(a.id()), rectified.get(a.id()), Ratings.rateable(own));
        }).toList();
    }

    public CaseView caseView(CaseRow c, String applicantName, List<CaseStore.Event> history, Locale locale, Map<UUID, String> names) {
        LocalDate today = workingDays.today();
        Deadline deadline = CaseClock.deadline(workingDays.calendar(), c.file().state(), c.file().dueOn(), c.file().dueProvisional(),
                c.file().stops(), today);
        String reason = history.isEmpty() ? null : history.get(history.size() - 1).reason();
        Remedies remedies = "REJECTED".equals(c.decision()) || c.file().state() == CaseState.REJECTED
                ? new Remedies(c.file().decidedOn().plusDays(60), c.file().decidedOn().plusMonths(6)) : null;
        String department = names.computeIfAbsent(c.departmentId(),
                id -> departments.find(id).map(d -> d.name(locale)).orElse(""));
        return new CaseView(c.id(), c.applicationId(), c.itemCode(), c.name().in(locale), c.departmentId(), department, applicantName,
                c.file().state(), deadline, c.decision(), reason, remedies, c.file().lockVersion(), c.assigneeName(), c.escalatedAt() != null,
                c.submittedAt(), history);
    }

    public CaseView caseView(CaseRow c, Locale locale) {
        return caseView(c, c.applicantName(), store.history(List.of(c.id())), locale, new HashMap<>());
    }

    /** The names of the cases' departments, read at once, by department ("" for one the register does not know). */
    public Map<UUID, String> departmentNames(Collection<CaseRow> cases, Locale locale) {
        Set<UUID> ids = new HashSet<>();
        cases.forEach(c -> ids.add(c.departmentId()));
        Map<UUID, DepartmentView> found = departments.findAll(ids);
        Map<UUID, String> names = new HashMap<>();
        ids.forEach(id -> names.put(id, found.containsKey(id) ? found.get(id).name(locale) : ""));
        return names;
    }

    public String departmentName(UUID id, Locale locale) {
        return departments.find(id).map(d -> d.name(locale)).orElse("");
    }

    public List<DepartmentView> allDepartments() {
        return departments.all();
    }
}
