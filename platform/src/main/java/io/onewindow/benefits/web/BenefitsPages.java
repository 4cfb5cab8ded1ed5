package io.onewindow.benefits.web;

import io.onewindow.benefits.Audience;
import io.onewindow.benefits.BenefitsError;
import io.onewindow.benefits.Decision;
import io.onewindow.benefits.Policy;
import io.onewindow.benefits.internal.BenefitsAccess;
import io.onewindow.benefits.internal.LiveCheck;
import io.onewindow.benefits.internal.MatchingRuns;
import io.onewindow.benefits.internal.Offers;
import io.onewindow.benefits.internal.PolicyRules;
import io.onewindow.benefits.internal.PolicyStore;
import io.onewindow.benefits.internal.RunView;
import io.onewindow.identity.Departments;
import io.onewindow.identity.Enterprises;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The policies as everyone reads them (what, on which basis, for whom, every clause and parameter), with the
 * signed-in person's own answer and why; for the paying department's administrators, running a policy and
 * following the run.
 */
@Controller
class BenefitsPages {

    private final PolicyStore policies;
    private final LiveCheck live;
    private final MatchingRuns runs;
    private final Offers offers;
    private final BenefitsAccess access;
    private final Departments departments;
    private final Enterprises enterprises;
    private final SubjectNames names;
    private final AuditedActions actions;
    private final Clock clock;

    BenefitsPages(PolicyStore policies, LiveCheck live, MatchingRuns runs, Offers offers, BenefitsAccess access, Departments departments,
                  Enterprises enterprises, SubjectNames names, AuditedActions actions, Clock clock) {
        this.policies = policies;
        this.live = live;
        this.runs = runs;
        this.offers = offers;
        this.access = access;
        this.departments = departments;
        this.enterprises = enterprises;
        this.names = names;
        this.actions = actions;
        this.clock = clock;
    }

    @GetMapping("/benefits")
    String policies(Model model, Locale locale) {
        List<Policy> all = policies.all();
        model.addAttribute("policies", all);
        model.addAttribute("departmentNames", departmentNames(all, locale));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("runnable", CurrentUser.get().map(u -> all.stream().filter(p -> access.administers(u, p.departmentCode()))
                .map(Policy::code).toList()).orElse(List.of()));
        return "benefits/policies";
    }

    @GetMapping("/benefits/policies/{code}")
    String policy(@PathVariable String code, Model model, Locale locale) {
        Policy policy = policies.require(code);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("policy", policy);
        model.addAttribute("department", departmentNames(List.of(policy), locale).get(policy.departmentCode()));
        model.addAttribute("parameters", PolicyRules.parametersOn(policy, today).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().substring("param.".length()), Map.Entry::getValue)));
        model.addAttribute("today", today);
        Optional<UserAccount> user = CurrentUser.get();
        if (user.isPresent()) {
            UserAccount me = user.get();
            Optional<UUID> subject = policy.audience() == Audience.PERSON ? Optional.ofNullable(me.personId())
                    : Optional.ofNullable(me.personId()).flatMap(p -> enterprises.actingFor(p).stream().findFirst()).map(e -> e.id());
            subject.ifPresent(s -> {
                try {
                    Decision decision = live.check(code, s, me);
                    model.addAttribute("decision", decision);
                } catch (DomainException e) {
                    model.addAttribute("noFacts", true);
                }
            });
            boolean administers = access.administers(me, policy.departmentCode());
            model.addAttribute("administers", administers);
            if (administers) {
                model.addAttribute("runs", runs.history(code, 10));
            }
        }
        return "benefits/policy";
    }

    @PostMapping("/benefits/policies/{code}/runs")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'ADMIN')")
    String run(@PathVariable String code, RedirectAttributes redirect) {
        Policy policy = policies.require(code);
        access.requireAdministers(CurrentUser.require(), policy.departmentCode());
        UUID run = runs.start(code);
        redirect.addFlashAttribute("notice", "benefits.run.started");
        return "redirect:/benefits/runs/" + run;
    }

    @GetMapping("/benefits/runs/{id}")
    @Transactional
    public String runPage(@PathVariable UUID id, Model model) {
        RunView run = runs.find(id).orElseThrow(() -> new DomainException(BenefitsError.POLICY_NOT_FOUND, Map.of("code", id.toString())));
        Policy policy = policies.require(run.policyCode());
        access.requireAdministers(CurrentUser.require(), policy.departmentCode());
        model.addAttribute("run", run);
        model.addAttribute("policy", policy);
        if (!run.running()) {
            List<Map.Entry<UUID, Boolean>> changes = runs.changes(id, 50);
            model.addAttribute("changes", changes);
            model.addAttribute("names", names.masked(changes.stream().map(Map.Entry::getKey).toList()));
            if (policy.audience() == Audience.PERSON) {
                changes.forEach(c -> actions.accessed(c.getKey(), "benefit-eligibility", "benefit-eligibility"));
            }
            model.addAttribute("offers", offers.ofRun(id, 1000).size());
        }
        return "benefits/run";
    }

    private Map<String, String> departmentNames(List<Policy> list, Locale locale) {
        return list.stream().map(Policy::departmentCode).distinct().collect(Collectors.toMap(Function.identity(),
                c -> departments.findByCode(c).map(d -> locale.getLanguage().equals("en") ? d.nameEn() : d.name()).orElse(c)));
    }
}
