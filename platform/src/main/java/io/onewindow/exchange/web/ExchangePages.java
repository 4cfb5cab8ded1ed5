package io.onewindow.exchange.web;

import io.onewindow.calendar.WorkingDays;
import io.onewindow.exchange.DataResource;
import io.onewindow.exchange.ExchangeError;
import io.onewindow.exchange.internal.Corrections;
import io.onewindow.exchange.internal.ResourceStore;
import io.onewindow.exchange.internal.SharingDesk;
import io.onewindow.exchange.internal.SharingRequest;
import io.onewindow.exchange.internal.SharingStore;
import io.onewindow.exchange.internal.UsageFigures;
import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.web.FormErrors;
import io.onewindow.purposes.Purposes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The exchange's pages: the public catalogue (search, filters, a resource's detail); for officers of a
 * department, applying for a resource, the requests their department made and received with their
 * deadlines, answering one, the grants held and given, and the usage figures; for the data bureau, the
 * escalated requests and the figures of every department.
 */
@Controller
class ExchangePages {

    private final ResourceStore resources;
    private final SharingDesk desk;
    private final SharingStore store;
    private final UsageFigures usage;
    private final Corrections corrections;
    private final Departments departments;
    private final Purposes purposes;
    private final WorkingDays workingDays;
    private final Messages messages;

    ExchangePages(ResourceStore resources, SharingDesk desk, SharingStore store, UsageFigures usage, Corrections corrections, Departments departments,
                  Purposes purposes, WorkingDays workingDays, Messages messages) {
        this.resources = resources;
        this.desk = desk;
        this.store = store;
        this.usage = usage;
        this.corrections = corrections;
        this.departments = departments;
        this.purposes = purposes;
        this.workingDays = workingDays;
        this.messages = messages;
    }

    @GetMapping("/exchange")
    String catalogue(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String category,
                     @RequestParam(required = false) String sharing, @RequestParam(required = false) String provider, Model model) {
        DataResource.Category c = parse(DataResource.Category.class, category);
        DataResource.SharingType s = parse(DataResource.SharingType.class, sharing);
        model.addAttribute("q", q);
        model.addAttribute("category", c == null ? "" : c.name());
        model.addAttribute("sharing", s == null ? "" : s.name());
        model.addAttribute("provider", provider == null ? "" : provider);
        model.addAttribute("results", resources.search(q, c, s, provider));
        model.addAttribute("categories", DataResource.Category.values());
        model.addAttribute("sharings", DataResource.SharingType.values());
        model.addAttribute("providers", departments.all().stream()
                .filter(d -> resources.all().stream().anyMatch(r -> r.providerId().equals(d.id()))).toList());
        return "exchange/catalogue";
    }

    @GetMapping("/exchange/resources/{code}")
    String resource(@PathVariable String code, Model model) {
        DataResource resource = resources.require(code);
        model.addAttribute("resource", resource);
        model.addAttribute("canApply", acting().filter(d -> !d.equals(resource.providerId())).isPresent()
                && resource.sharing() != DataResource.SharingType.NOT_SHARED);
        return "exchange/resource";
    }

    @GetMapping("/exchange/resources/{code}/apply")
    @PreAuthorize("hasAnyRole('OFFICER', 'DEPT_ADMIN')")
    String applyPage(@PathVariable String code, Model model) {
        return applyPage(resources.require(code), new ApplyForm("", "", "", List.of(), false), FormErrors.none(), model);
    }

    /** The application form; a box left unticked is sent as nothing, hence the nullable flag. */
    public record ApplyForm(String purpose, String scenario, String legalBasis, List<String> items, Boolean clearValues) {
        public ApplyForm {
            items = items == null ? List.of() : items;
            purpose = purpose == null ? "" : purpose;
            clearValues = Boolean.TRUE.equals(clearValues);
        }
    }

    @PostMapping("/exchange/resources/{code}/apply")
    @PreAuthorize("hasAnyRole('OFFICER', 'DEPT_ADMIN')")
    String apply(@PathVariable String code, ApplyForm form, Locale locale, Model model, RedirectAttributes redirect) {
        DataResource resource = resources.require(code);
        UUID consumer = acting().orElseThrow(() -> new DomainException(ExchangeError.NOT_YOUR_DEPARTMENT));
        try {
            SharingRequest request = desk.apply(new SharingDesk.Application(code, consumer, form.purpose(), form.scenario(), form.legalBasis(),
                    form.items(), form.clearValues()));
            redirect.addFlashAttribute("notice", "exchange.apply.submitted");
            return "redirect:/exchange/requests/" + request.id();
        } catch (InvalidInputException e) {
            return applyPage(resource, form, FormErrors.of(e, messages, locale), model);
        }
    }

    private String applyPage(DataResource resource, ApplyForm form, FormErrors errors, Model model) {
        model.addAttribute("resource", resource);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("purposes", purposes.active());
        return "exchange/apply";
    }

    @GetMapping("/exchange/requests")
    @PreAuthorize("hasAnyRole('OFFICER', 'DEPT_ADMIN', 'DATA_ADMIN')")
    String requests(Model model) {
        UserAccount user = CurrentUser.require();
        Optional<UUID> department = acting();
        model.addAttribute("outbox", department.map(store::requestsBy).orElse(List.of()));
        model.addAttribute("inbox", department.map(store::requestsTo).orElse(List.of()));
        model.addAttribute("escalated", user.has(Role.DATA_ADMIN) ? store.escalated() : List.of());
        model.addAttribute("dataBureau", user.has(Role.DATA_ADMIN));
        labels(model);
        return "exchange/requests";
    }

    @GetMapping("/exchange/requests/{id}")
    @PreAuthorize("hasAnyRole('OFFICER', 'DEPT_ADMIN', 'DATA_ADMIN')")
    String request(@PathVariable UUID id, Model model) {
        SharingRequest request = visible(id);
        return requestPage(request, FormErrors.none(), new DecisionForm(request.items(), false, "", ""), model);
    }

    public record DecisionForm(List<String> items, Boolean clearValues, String expiresOn, String reason) {
        public DecisionForm {
            items = items == null ? List.of() : items;
            clearValues = Boolean.TRUE.equals(clearValues);
        }
    }

    @PostMapping("/exchange/requests/{id}/decision")
    @PreAuthorize("hasAnyRole('OFFICER', 'DEPT_ADMIN', 'DATA_ADMIN')")
    String decide(@PathVariable UUID id, @RequestParam String action, DecisionForm form, Locale locale, Model model,
                  RedirectAttributes redirect) {
        SharingRequest request = visible(id);
        try {
            switch (action) {
                case "escalate" -> desk.escalate(id, form.reason());
                case "refuse" -> desk.decide(id, SharingDesk.Decision.refuse(form.reason()));
                default -> {
                    if (form.items().isEmpty()) {
                        throw new InvalidInputException(FieldViolation.of("items", ExchangeError.NO_ITEMS));
                    }
                    desk.decide(id, new SharingDesk.Decision(form.items(), form.clearValues(), date(form.expiresOn()), form.reason()));
                }
            }
        } catch (InvalidInputException e) {
            return requestPage(request, FormErrors.of(e, messages, locale), form, model);
        }
        redirect.addFlashAttribute("notice", switch (action) {
            case "escalate" -> "exchange.decide.escalated";
            case "refuse" -> "exchange.decide.refused";
            default -> "exchange.decide.granted";
        });
        return "redirect:/exchange/requests/" + id;
    }

    private String requestPage(SharingRequest request, FormErrors errors, DecisionForm form, Model model) {
        UserAccount user = CurrentUser.require();
        model.addAttribute("request", request);
        model.addAttribute("resource", resources.require(request.resourceCode()));
        model.addAttribute("mayDecide", request.state() == SharingRequest.State.SUBMITTED && user.departmentIds().contains(request.providerId())
                || request.state() == SharingRequest.State.ESCALATED && user.has(Role.DATA_ADMIN));
        model.addAttribute("mayEscalate", request.state() == SharingRequest.State.SUBMITTED && user.departmentIds().contains(request.providerId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("daysLeft", daysLeft(request));
        labels(model);
        return "exchange/request";
    }

    @GetMapping("/exchange/grants")
    @PreAuthorize("hasAnyRole('OFFICER', 'DEPT_ADMIN', 'DATA_ADMIN')")
    String grants(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        Optional<UUID> department = acting();
        model.addAttribute("held", department.map(store::grantsHeldBy).orElse(List.of()));
        model.addAttribute("given", department.map(store::grantsGivenBy).orElse(List.of()));
        model.addAttribute("today", workingDays.today());
        labels(model);
        return "exchange/grants";
    }

    @PostMapping("/exchange/grants/{id}/revoke")
    @PreAuthorize("hasAnyRole('OFFICER', 'DEPT_ADMIN', 'DATA_ADMIN')")
    String revoke(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Locale locale, Model model,
                  RedirectAttributes redirect) {
        try {
            desk.revoke(id, reason);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e.violations().stream()
                    .map(v -> new FieldViolation("reason-" + id, v.code(), v.arguments())).toList(), messages, locale));
            return grants(model);
        }
        redirect.addFlashAttribute("notice", "exchange.grant.revoked");
        return "redirect:/exchange/grants";
    }

    @GetMapping("/exchange/corrections")
    @PreAuthorize("hasAnyRole('OFFICER', 'DEPT_ADMIN', 'DATA_ADMIN')")
    String corrections(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        model.addAttribute("corrections", acting().map(corrections::toAnswerBy).orElse(List.of()));
        labels(model);
        return "exchange/corrections";
    }

    @PostMapping("/exchange/corrections/{id}/answer")
    @PreAuthorize("hasAnyRole('OFFICER', 'DEPT_ADMIN', 'DATA_ADMIN')")
    String answer(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean accept, @RequestParam(defaultValue = "") String answer,
                  Locale locale, Model model, RedirectAttributes redirect) {
        try {
            corrections.answer(id, accept, answer);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e.violations().stream()
                    .map(v -> new FieldViolation("answer-" + id, v.code(), v.arguments())).toList(), messages, locale));
            return corrections(model);
        }
        redirect.addFlashAttribute("notice", accept ? "exchange.correction.accepted" : "exchange.correction.rejected");
        return "redirect:/exchange/corrections";
    }

    @GetMapping("/exchange/usage")
    @PreAuthorize("hasAnyRole('OFFICER', 'DEPT_ADMIN', 'DATA_ADMIN')")
    String usage(Model model) {
        UserAccount user = CurrentUser.require();
        model.addAttribute("rows", user.has(Role.DATA_ADMIN) ? usage.of(null) : acting().map(usage::of).orElse(List.of()));
        labels(model);
        return "exchange/usage";
    }

    /** Names of departments and resources, for the lists. */
    private void labels(Model model) {
        model.addAttribute("departmentNames", departments.all().stream().collect(Collectors.toMap(DepartmentView::id, Function.identity())));
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("purposeNames", purposes.all().stream()
                .collect(Collectors.toMap(p -> p.code(), p -> p.name(locale), (a, b) -> a)));
        model.addAttribute("resourceNames", resources.all().stream()
                .collect(Collectors.toMap(DataResource::code, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
    }

    private SharingRequest visible(UUID id) {
        SharingRequest request = store.request(id).orElseThrow(() -> new DomainException(ExchangeError.REQUEST_NOT_FOUND));
        UserAccount user = CurrentUser.require();
        if (!user.has(Role.DATA_ADMIN) && !user.departmentIds().contains(request.consumerId())
                && !user.departmentIds().contains(request.providerId())) {
            throw new DomainException(ExchangeError.REQUEST_NOT_FOUND);
        }
        return request;
    }

    private Integer daysLeft(SharingRequest request) {
        if (!request.state().open()) {
            return null;
        }
        LocalDate today = workingDays.today();
        return today.isAfter(request.dueOn()) ? -1 : workingDays.calendar().workingDaysLeft(today, request.dueOn(), List.of());
    }

    /** The department the signed-in officer acts for: their first. */
    private static Optional<UUID> acting() {
        return CurrentUser.get().filter(u -> u.has(Role.OFFICER) || u.has(Role.DEPT_ADMIN))
                .flatMap(u -> u.departmentIds().stream().findFirst());
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(new FieldViolation("expiresOn", ExchangeError.EXPIRY_INVALID, Map.of("months", 36)));
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
