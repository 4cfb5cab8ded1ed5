package io.onewindow.cases.web;

import io.onewindow.cases.CaseAction;
import io.onewindow.cases.CaseError;
import io.onewindow.cases.internal.ApplicationForm;
import io.onewindow.cases.internal.ApplicationRow;
import io.onewindow.cases.internal.ApplicationViews;
import io.onewindow.cases.internal.CaseWork;
import io.onewindow.cases.internal.Entries;
import io.onewindow.cases.internal.Filing;
import io.onewindow.cases.internal.CaseNotices;
import io.onewindow.cases.internal.Ratings;
import io.onewindow.cases.internal.CaseStore;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.web.FormErrors;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The applicant's pages: start an application from a guide's "Apply" link, answer one question per page, choose
 * or upload the materials, check the answers, submit; then follow it, fix a correction, withdraw, and rate it.
 */
@Controller
class ApplyPages {

    private final Filing filing;
    private final CaseWork work;
    private final CaseStore store;
    private final ApplicationViews views;
    private final Ratings ratings;
    private final CaseNotices notices;
    private final Messages messages;

    ApplyPages(Filing filing, CaseWork work, CaseStore store, ApplicationViews views, Ratings ratings, CaseNotices notices, Messages messages) {
        this.filing = filing;
        this.work = work;
        this.store = store;
        this.views = views;
        this.ratings = ratings;
        this.notices = notices;
        this.messages = messages;
    }

    @GetMapping("/apply/{code}")
    String start(@PathVariable String code, Model model, Locale locale) {
        Entries.Entry entry = filing.entryOf(code);
        model.addAttribute("entry", entry);
        model.addAttribute("name", entry.name().in(locale));
        return "cases/start";
    }

    @PostMapping("/apply/{code}")
    String begin(@PathVariable String code) {
        ApplicationRow draft = filing.start(code, CurrentUser.require());
        return "redirect:/applications/" + draft.id() + "/questions/0";
    }

    @GetMapping("/applications/{id}/questions/{n}")
    String question(@PathVariable UUID id, @PathVariable int n, Model model, Locale locale) {
        ApplicationRow draft = draft(id);
        ApplicationForm form = filing.entryOf(draft).form();
        Object answer = n >= 0 && n < form.questions().size() ? draft.answers().get(form.questions().get(n).key()) : null;
        return questionPage(draft, form, n, answer == null ? "" : plain(answer), FormErrors.none(), model, locale);
    }

    @PostMapping("/applications/{id}/questions/{n}")
    String answer(@PathVariable UUID id, @PathVariable int n, @RequestParam(defaultValue = "") String answer,
                  @RequestParam(defaultValue = "false") boolean change, Model model, Locale locale) {
        ApplicationRow draft = draft(id);
        ApplicationForm form = filing.entryOf(draft).form();
        ApplicationForm.Question question = question(form, n);
        try {
            filing.answer(id, question.key(), answer, CurrentUser.require());
        } catch (InvalidInputException e) {
            return questionPage(draft, form, n, answer, FormErrors.of(e.violations().stream()
                    .map(v -> new io.onewindow.kernel.error.FieldViolation("answer", v.code(), v.arguments())).toList(), messages, locale), model, locale);
        }
        if (change || n + 1 >= form.questions().size()) {
            return "redirect:/applications/" + id + (change ? "/check" : "/materials");
        }
        return "redirect:/applications/" + id + "/questions/" + (n + 1);
    }

    @GetMapping("/applications/{id}/materials")
    String materials(@PathVariable UUID id, Model model, Locale locale) {
        ApplicationRow application = filing.own(id, CurrentUser.require());
        return materialsPage(application, FormErrors.none(), model, locale);
    }

    @PostMapping("/applications/{id}/materials/{key}/consent")
    String consent(@PathVariable UUID id, @PathVariable String key, @RequestParam(required = false) String offer) {
        filing.consent(id, key, offer, CurrentUser.require());
        return "redirect:/applications/" + id + "/materials";
    }

    @PostMapping("/applications/{id}/materials/{key}")
    String upload(@PathVariable UUID id, @PathVariable String key, @RequestParam(required = false) MultipartFile file, Model model,
                  Locale locale) throws IOException {
        UserAccount user = CurrentUser.require();
        try {
            filing.upload(id, key, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes(), user);
        } catch (InvalidInputException e) {
            return materialsPage(filing.own(id, user), FormErrors.of(e.violations().stream()
                    .map(v -> new io.onewindow.kernel.error.FieldViolation("file-" + key, v.code(), v.arguments())).toList(), messages, locale),
                    model, locale);
        }
        ApplicationRow application = filing.own(id, user);
        return "redirect:/applications/" + id + (application.draft() ? "/materials" : "");
    }

    @GetMapping("/applications/{id}/check")
    String check(@PathVariable UUID id, Model model, Locale locale) {
        ApplicationRow draft = draft(id);
        return checkPage(draft, FormErrors.none(), model, locale);
    }

    @PostMapping("/applications/{id}/submit")
    String submit(@PathVariable UUID id, Model model, Locale locale) {
        UserAccount user = CurrentUser.require();
        try {
            filing.submit(id, user);
        } catch (InvalidInputException e) {
            return checkPage(filing.own(id, user), FormErrors.of(e, messages, locale), model, locale);
        }
        return "redirect:/applications/" + id + "?submitted";
    }

    @GetMapping("/applications/{id}")
    String application(@PathVariable UUID id, Model model, Locale locale) {
        ApplicationRow application = filing.own(id, CurrentUser.require());
        return statusPage(application, FormErrors.none(), model, locale);
    }

    @PostMapping("/applications/{id}/cases/{caseId}/{action}")
    String act(@PathVariable UUID id, @PathVariable UUID caseId, @PathVariable String action,
               @RequestParam(required = false) Integer version) {
        CaseAction chosen = CaseAction.fromSlug(action).filter(a -> a.by() == CaseAction.By.APPLICANT)
                .orElseThrow(() -> new DomainException(CaseError.NOT_FOUND, Map.of()));
        UserAccount user = CurrentUser.require();
        filing.own(id, user);
        work.act(caseId, chosen, version, null, user);
        return "redirect:/applications/" + id;
    }

    @PostMapping("/applications/{id}/rating")
    String rate(@PathVariable UUID id, @RequestParam(required = false) Integer level, @RequestParam(required = false) String comment,
                Model model, Locale locale) {
        UserAccount user = CurrentUser.require();
        try {
            ratings.rate(id, level, comment, user);
        } catch (InvalidInputException e) {
            return statusPage(filing.own(id, user), FormErrors.of(e, messages, locale), model, locale);
        }
        return "redirect:/applications/" + id + "?rated";
    }

    @GetMapping("/me/applications")
    String mine(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        UserAccount user = CurrentUser.require();
        int from = Math.max(0, page);
        CaseStore.ApplicationsPage found = store.applicationsOf(user.accountId(), from, ApplicationsApi.MINE_PAGE);
        model.addAttribute("applications", views.summaries(found.applications(), locale));
        model.addAttribute("page", from);
        model.addAttribute("more", found.more());
        model.addAttribute("notices", notices.of(user.accountId(), 10));
        return "cases/mine";
    }

    private String questionPage(ApplicationRow draft, ApplicationForm form, int n, String value, FormErrors errors, Model model, Locale locale) {
        ApplicationForm.Question question = question(form, n);
        model.addAttribute("app", draft);
        model.addAttribute("name", draft.name().in(locale));
        model.addAttribute("question", question);
        model.addAttribute("label", question.label().in(locale));
        model.addAttribute("hint", question.hint() == null || question.hint().isBlank() ? null : question.hint().in(locale));
        model.addAttribute("type", String.valueOf(question.schema().getOrDefault("type", "string")));
        model.addAttribute("value", value);
        model.addAttribute("number", n);
        model.addAttribute("total", form.questions().size());
        model.addAttribute("prefilledFrom", draft.prefilled().containsKey(question.key()) ? draft.prefilled().get(question.key()).in(locale) : null);
        model.addAttribute("errors", errors);
        return "cases/question";
    }

    private String materialsPage(ApplicationRow application, FormErrors errors, Model model, Locale locale) {
        model.addAttribute("app", application);
        model.addAttribute("name", application.name().in(locale));
        model.addAttribute("needs", filing.materialsOf(application, CurrentUser.require()));
        model.addAttribute("errors", errors);
        return "cases/materials";
    }

    private String checkPage(ApplicationRow draft, FormErrors errors, Model model, Locale locale) {
        ApplicationForm form = filing.entryOf(draft).form();
        model.addAttribute("app", draft);
        model.addAttribute("name", draft.name().in(locale));
        model.addAttribute("questions", form.questions());
        model.addAttribute("answers", draft.answers().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue() == null ? "" : plain(e.getValue()))));
        model.addAttribute("needs", filing.materialsOf(draft, CurrentUser.require()));
        model.addAttribute("errors", errors);
        return "cases/check";
    }

    private String statusPage(ApplicationRow application, FormErrors errors, Model model, Locale locale) {
        if (application.draft()) {
            return "redirect:/applications/" + application.id() + "/check";
        }
        model.addAttribute("view", views.of(application, locale));
        model.addAttribute("materials", filing.materialsOf(application, CurrentUser.require()));
        model.addAttribute("errors", errors);
        model.addAttribute("levels", List.of(5, 4, 3, 2, 1));
        return "cases/application";
    }

    private ApplicationRow draft(UUID id) {
        ApplicationRow application = filing.own(id, CurrentUser.require());
        if (!application.draft()) {
            throw new DomainException(CaseError.NOT_A_DRAFT, Map.of());
        }
        return application;
    }

    private static ApplicationForm.Question question(ApplicationForm form, int n) {
        if (n < 0 || n >= form.questions().size()) {
            throw new DomainException(CaseError.NOT_FOUND, Map.of());
        }
        return form.questions().get(n);
    }

    static String plain(Object value) {
        return value instanceof java.math.BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString() : String.valueOf(value);
    }
}
