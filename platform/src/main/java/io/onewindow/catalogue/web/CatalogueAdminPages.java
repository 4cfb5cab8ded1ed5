package io.onewindow.catalogue.web;

import io.onewindow.catalogue.EntryKind;
import io.onewindow.catalogue.EntryState;
import io.onewindow.catalogue.ItemType;
import io.onewindow.catalogue.internal.BundleContent;
import io.onewindow.catalogue.internal.CatalogueAccess;
import io.onewindow.catalogue.internal.CatalogueEditor;
import io.onewindow.catalogue.internal.CatalogueOverview;
import io.onewindow.catalogue.internal.CatalogueTransfer;
import io.onewindow.catalogue.internal.EditorScope;
import io.onewindow.catalogue.internal.EntryStore;
import io.onewindow.catalogue.internal.ItemContent;
import io.onewindow.catalogue.internal.KnownCodes;
import io.onewindow.catalogue.CatalogueError;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.error.Violations;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.web.FormErrors;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a department's administrator, and the data bureau for every department, edit the catalogue: the
 * list of their entries, a draft's editing page (items field by field, bundles as JSON), publishing and
 * retiring, and the catalogue's import and export as JSON. Refusals come back on the page, field by field.
 */
@Controller
@PreAuthorize("hasAnyRole('DEPT_ADMIN', 'DATA_ADMIN')")
class CatalogueAdminPages {

    /** The editing page's names for the fields the rules name differently. */
    private static final Map<String, String> FIELD_ON_PAGE = Map.of("feeFen", "fee", "outcome", "outcomeName");

    private final CatalogueEditor editor;
    private final CatalogueOverview overview;
    private final CatalogueTransfer transfer;
    private final CatalogueAccess access;
    private final Messages messages;
    private final JsonMapper json;

    CatalogueAdminPages(CatalogueEditor editor, CatalogueOverview overview, CatalogueTransfer transfer, CatalogueAccess access,
                        Messages messages, JsonMapper json) {
        this.editor = editor;
        this.overview = overview;
        this.transfer = transfer;
        this.access = access;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/catalogue/admin")
    String list(Model model) {
        EditorScope scope = scope();
        model.addAttribute("entries", overview.entries(scope));
        model.addAttribute("everyDepartment", scope.everyDepartment());
        return "catalogue/admin";
    }

    @GetMapping("/catalogue/admin/new")
    String newItem(Model model) {
        return itemPage(ItemForm.empty(FormTemplate.PERSON), null, FormErrors.none(), model);
    }

    @PostMapping("/catalogue/admin/items")
    String save(ItemForm form, Locale locale, Model model, RedirectAttributes redirect) {
        EditorScope scope = scope();
        Violations violations = new Violations();
        ItemContent content = form.parse(json, violations);
        try {
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations.list());
            }
            editor.saveItem(content, scope);
            redirect.addFlashAttribute("notice", "catalogue.admin.saved");
            return "redirect:/catalogue/admin/items/" + content.code();
        } catch (InvalidInputException e) {
            return itemPage(form, overview.newest(String.valueOf(content.code())).orElse(null), errors(e, locale), model);
        }
    }

    @GetMapping("/catalogue/admin/items/{code}")
    String edit(@PathVariable String code, Model model) {
        EntryStore.Row newest = owned(code);
        if (newest.kind() == EntryKind.BUNDLE) {
            return bundlePage(code, json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readValue(newest.content(), BundleContent.class)),
                    newest, FormErrors.none(), model);
        }
        return itemPage(ItemForm.of(json.readValue(newest.content(), ItemContent.class), json), newest, FormErrors.none(), model);
    }

    @PostMapping("/catalogue/admin/bundles")
    String saveBundle(@RequestParam String code, @RequestParam String content, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            BundleContent bundle;
            try {
                bundle = json.readValue(content, BundleContent.class);
            } catch (JacksonException e) {
                throw new InvalidInputException(new FieldViolation("content", CatalogueError.JSON_MALFORMED, Map.of("detail", e.getOriginalMessage())));
            }
            editor.saveBundle(bundle, scope());
            redirect.addFlashAttribute("notice", "catalogue.admin.saved");
            return "redirect:/catalogue/admin/items/" + bundle.code();
        } catch (InvalidInputException e) {
            return bundlePage(code, content, overview.newest(code).orElse(null), errors(e, locale), model);
        }
    }

    @PostMapping("/catalogue/admin/items/{code}/draft")
    String startDraft(@PathVariable String code, RedirectAttributes redirect) {
        editor.startDraft(code, scope());
        redirect.addFlashAttribute("notice", "catalogue.admin.drafted");
        return "redirect:/catalogue/admin/items/" + code;
    }

    @PostMapping("/catalogue/admin/items/{code}/publish")
    String publish(@PathVariable String code, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            editor.publish(code, scope());
            redirect.addFlashAttribute("notice", "catalogue.admin.published");
            return "redirect:/catalogue/admin/items/" + code;
        } catch (InvalidInputException e) {
            EntryStore.Row newest = owned(code);
            FormErrors errors = errors(e, locale);
            if (newest.kind() == EntryKind.BUNDLE) {
                return bundlePage(code, newest.content(), newest, errors, model);
            }
            return itemPage(ItemForm.of(json.readValue(newest.content(), ItemContent.class), json), newest, errors, model);
        }
    }

    @PostMapping("/catalogue/admin/items/{code}/retire")
    String retire(@PathVariable String code, RedirectAttributes redirect) {
        editor.retire(code, scope());
        redirect.addFlashAttribute("notice", "catalogue.admin.retired");
        return "redirect:/catalogue/admin/items/" + code;
    }

    @GetMapping("/catalogue/admin/export")
    ResponseEntity<byte[]> export() {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("catalogue.json").build().toString())
                .body(transfer.export().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/catalogue/admin/import")
    String importPage(Model model) {
        model.addAttribute("document", "");
        model.addAttribute("errors", FormErrors.none());
        return "catalogue/import";
    }

    @PostMapping("/catalogue/admin/import")
    String importDocument(@RequestParam(defaultValue = "") String document, @RequestParam(defaultValue = "false") boolean publish,
                          Locale locale, Model model, RedirectAttributes redirect) {
        try {
            CatalogueTransfer.Imported imported = transfer.importDocument(document, publish, scope());
            redirect.addFlashAttribute("notice", "catalogue.admin.imported");
            redirect.addFlashAttribute("imported", imported);
            return "redirect:/catalogue/admin";
        } catch (InvalidInputException e) {
            // One summary line per problem, each naming its place in the document; the text area keeps what was pasted.
            List<String> problems = new ArrayList<>();
            e.violations().forEach(v -> problems.add(v.field() + ": " + messages.render(v.code(), v.arguments(), locale)));
            model.addAttribute("document", document);
            model.addAttribute("problems", problems);
            model.addAttribute("errors", FormErrors.of(List.of(new FieldViolation("document", CatalogueError.IMPORT_REFUSED,
                    Map.of("count", problems.size()))), messages, locale));
            return "catalogue/import";
        }
    }

    private String itemPage(ItemForm form, EntryStore.Row newest, FormErrors errors, Model model) {
        EditorScope scope = scope();
        model.addAttribute("form", form);
        model.addAttribute("entry", newest);
        model.addAttribute("versions", newest == null ? List.of() : overview.versions(newest.code()));
        model.addAttribute("editable", newest == null || newest.state() == EntryState.DRAFT);
        model.addAttribute("errors", errors);
        model.addAttribute("departments", access.departmentsFor(scope));
        model.addAttribute("types", ItemType.values());
        model.addAttribute("licenceTypes", KnownCodes.LICENCE_TYPES);
        model.addAttribute("dataResources", KnownCodes.DATA_RESOURCES);
        model.addAttribute("audiences", io.onewindow.catalogue.Audience.values());
        model.addAttribute("channels", io.onewindow.catalogue.Channel.values());
        model.addAttribute("lifeEvents", io.onewindow.catalogue.LifeEvent.values());
        model.addAttribute("businessEvents", io.onewindow.catalogue.BusinessEvent.values());
        return "catalogue/edit-item";
    }

    private String bundlePage(String code, String content, EntryStore.Row newest, FormErrors errors, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("bundleContent", content);
        model.addAttribute("entry", newest);
        model.addAttribute("versions", newest == null ? List.of() : overview.versions(code));
        model.addAttribute("editable", newest == null || newest.state() == EntryState.DRAFT);
        model.addAttribute("errors", errors);
        return "catalogue/edit-bundle";
    }

    private FormErrors errors(InvalidInputException e, Locale locale) {
        return FormErrors.of(e.violations().stream()
                .map(v -> new FieldViolation(FIELD_ON_PAGE.getOrDefault(v.field(), v.field()), v.code(), v.arguments())).toList(), messages, locale);
    }

    private EntryStore.Row owned(String code) {
        EntryStore.Row newest = overview.newest(code).orElseThrow(NotFound::new);
        if (!scope().covers(newest.departmentCode())) {
            throw new DomainException(CatalogueError.DEPARTMENT_NOT_YOURS);
        }
        return newest;
    }

    private EditorScope scope() {
        return access.scopeOf(CurrentUser.require());
    }
}
