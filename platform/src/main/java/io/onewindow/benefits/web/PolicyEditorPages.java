package io.onewindow.benefits.web;

import io.onewindow.benefits.BenefitsError;
import io.onewindow.benefits.Decision;
import io.onewindow.benefits.Policy;
import io.onewindow.benefits.internal.BenefitsAccess;
import io.onewindow.benefits.internal.LiveCheck;
import io.onewindow.benefits.internal.PolicyStore;
import io.onewindow.benefits.internal.Variable;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The policy editor: the whole policy as JSON, checked by the server on "check" (every clause type-checked,
 * each error at its line and column) and tried on sample people; "save" stores it only when it checks.
 */
@Controller
class PolicyEditorPages {

    private final PolicyStore policies;
    private final LiveCheck live;
    private final BenefitsAccess access;
    private final Messages messages;
    private final JsonMapper json;
    private final Clock clock;

    PolicyEditorPages(PolicyStore policies, LiveCheck live, BenefitsAccess access, Messages messages, JsonMapper json, Clock clock) {
        this.policies = policies;
        this.live = live;
        this.access = access;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    public record Trial(String labelKey, Decision decision) {
    }

    @GetMapping("/benefits/policies/{code}/edit")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'ADMIN')")
    String edit(@PathVariable String code, Model model) {
        Policy policy = policies.require(code);
        access.requireAdministers(CurrentUser.require(), policy.departmentCode());
        return page(code, json.writerWithDefaultPrettyPrinter().writeValueAsString(policy), policy, List.of(), model);
    }

    @PostMapping("/benefits/policies/{code}/edit")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'ADMIN')")
    String check(@PathVariable String code, @RequestParam String definition, @RequestParam(defaultValue = "check") String action,
                 Locale locale, Model model, RedirectAttributes redirect) {
        access.requireAdministers(CurrentUser.require(), policies.require(code).departmentCode());
        Policy policy;
        try {
            policy = json.readValue(definition, Policy.class);
        } catch (JacksonException e) {
            return page(code, definition, null, List.of(messages.render(BenefitsError.RULE_INVALID,
                    Map.of("line", e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
                            "column", e.getLocation() == null ? 1 : e.getLocation().getColumnNr(), "code", "json", "detail", e.getOriginalMessage()),
                    locale)), model);
        }
        if (!code.equals(policy.code())) {
            return page(code, definition, null, List.of(messages.render(BenefitsError.REQUIRED, Map.of(), locale) + " (code)"), model);
        }
        access.requireAdministers(CurrentUser.require(), policy.departmentCode());
        try {
            if (action.equals("save")) {
                policies.save(policy);
                redirect.addFlashAttribute("notice", "benefits.editor.saved");
                return "redirect:/benefits/policies/" + code;
            }
            policies.validate(policy);
            return page(code, definition, policy, List.of(), model);
        } catch (InvalidInputException e) {
            List<String> issues = new ArrayList<>();
            for (FieldViolation v : e.violations()) {
                issues.add(v.field() + ": " + messages.render(v.code(), v.arguments(), locale));
            }
            return page(code, definition, null, issues, model);
        }
    }

    private String page(String code, String definition, Policy checked, List<String> issues, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("definition", definition);
        model.addAttribute("issues", issues);
        if (checked != null) {
            LocalDate today = LocalDate.now(clock);
            model.addAttribute("checked", checked);
            model.addAttribute("trials", Samples.of(checked.audience(), today).stream()
                    .map(s -> new Trial(s.labelKey(), live.trial(checked, s.facts()))).toList());
            model.addAttribute("variables", Variable.of(checked.audience()));
        }
        return "benefits/edit";
    }
}
