package io.onewindow.benefits.web;

import io.onewindow.benefits.Audience;
import io.onewindow.benefits.BenefitsError;
import io.onewindow.benefits.Decision;
import io.onewindow.benefits.Parameter;
import io.onewindow.benefits.Policy;
import io.onewindow.benefits.internal.BenefitsAccess;
import io.onewindow.benefits.internal.LiveCheck;
import io.onewindow.benefits.internal.MatchingRuns;
import io.onewindow.benefits.internal.OfferView;
import io.onewindow.benefits.internal.Offers;
import io.onewindow.benefits.internal.PolicyStore;
import io.onewindow.benefits.internal.RuleCompiler;
import io.onewindow.benefits.internal.RuleIssue;
import io.onewindow.benefits.internal.RunView;
import io.onewindow.identity.Enterprises;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.error.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The benefits API: policies (public), the live check with its explanation, rule checking, runs and offers. */
@RestController
@Tag(name = "Benefits", description = "免申即享: benefit policies as rules, eligibility checks with explanations, matching runs, offers")
class BenefitsApi {

    private final PolicyStore policies;
    private final LiveCheck live;
    private final RuleCompiler compiler;
    private final MatchingRuns runs;
    private final Offers offers;
    private final BenefitsAccess access;
    private final Enterprises enterprises;

    BenefitsApi(PolicyStore policies, LiveCheck live, RuleCompiler compiler, MatchingRuns runs, Offers offers, BenefitsAccess access,
                Enterprises enterprises) {
        this.policies = policies;
        this.live = live;
        this.compiler = compiler;
        this.runs = runs;
        this.offers = offers;
        this.access = access;
        this.enterprises = enterprises;
    }

    @GetMapping("/api/v1/policies")
    @Operation(summary = "Every policy with its legal basis, clauses (CEL) and dated parameters")
    List<Policy> policies() {
        return policies.all();
    }

    @GetMapping("/api/v1/policies/{code}")
    Policy policy(@PathVariable String code) {
        return policies.require(code);
    }

    /** Whom to check: a person or enterprise by id; without one, the caller (or the first enterprise they act for). */
    public record CheckRequest(UUID subjectId) {
    }

    @PostMapping("/api/v1/policies/{code}/check")
    @Operation(summary = "Decide a policy for a subject now, clause by clause",
            description = "Each clause's value, the facts and parameter values it read, and for a clause that does not hold the "
                    + "conditions that failed, written with the parameter values in force (e.g. age >= 80). Persons check themselves "
                    + "and the enterprises they act for; officers anyone (recorded as a use of the person's data).")
    Decision check(@PathVariable String code, @RequestBody(required = false) CheckRequest request) {
        UserAccount user = CurrentUser.require();
        UUID subject = request != null && request.subjectId() != null ? request.subjectId() : self(user, policies.require(code).audience());
        return live.check(code, subject, user);
    }

    /** A clause to check, or with {@code amount} true an amount formula; audience PERSON and no parameters unless given. */
    public record RuleCheck(Audience audience, String expression, List<Parameter> parameters, Boolean amount) {
    }

    public record RuleCheckResult(boolean ok, List<RuleIssue> issues) {
    }

    @PostMapping("/api/v1/rules/check")
    @Operation(summary = "Type-check a clause (or an amount formula) as the editor does",
            description = "Issues carry the 1-based line and column, a code (cel: CEL's own type error; unsupported-function, "
                    + "numbers-only, in-literal-list-only, unsupported-literal, unsupported-expression: outside the SQL subset) and a detail.")
    RuleCheckResult checkRule(@RequestBody RuleCheck request) {
        List<Parameter> parameters = request.parameters() == null ? List.of() : request.parameters();
        Audience audience = request.audience() == null ? Audience.PERSON : request.audience();
        List<RuleIssue> issues = Boolean.TRUE.equals(request.amount()) ? compiler.checkAmount(audience, parameters, request.expression())
                : compiler.checkClause(audience, parameters, request.expression());
        return new RuleCheckResult(issues.isEmpty(), issues);
    }

    @PostMapping("/api/v1/policies/{code}/runs")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'ADMIN')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start a matching run of the policy over its whole audience (the paying department's administrators)")
    RunView run(@PathVariable String code) {
        access.requireAdministers(CurrentUser.require(), policies.require(code).departmentCode());
        return runs.find(runs.start(code)).orElseThrow();
    }

    @GetMapping("/api/v1/benefit-runs/{id}")
    @Operation(summary = "A run's progress, counts, rules hash, snapshot time and the difference to the previous run")
    RunView runView(@PathVariable UUID id) {
        RunView run = runs.find(id).orElseThrow(() -> new DomainException(BenefitsError.POLICY_NOT_FOUND, Map.of("code", id.toString())));
        access.requireAdministers(CurrentUser.require(), policies.require(run.policyCode()).departmentCode());
        return run;
    }

    @GetMapping("/api/v1/benefit-offers")
    @Operation(summary = "The offers made to the caller and to the enterprises they act for")
    List<OfferView> myOffers() {
        return offers.forSubjects(List.copyOf(access.ownSubjects(CurrentUser.require()).keySet()));
    }

    @PostMapping("/api/v1/benefit-offers/{id}/confirm")
    @Operation(summary = "Confirm an offer (意愿确认): it is paid to the bank account on file")
    OfferView confirm(@PathVariable UUID id) {
        return offers.confirm(id, CurrentUser.require());
    }

    @PostMapping("/api/v1/benefit-offers/{id}/decline")
    OfferView decline(@PathVariable UUID id) {
        return offers.decline(id, CurrentUser.require());
    }

    private UUID self(UserAccount user, Audience audience) {
        if (user.personId() == null) {
            throw new DomainException(BenefitsError.SUBJECT_NOT_FOUND, Map.of());
        }
        return audience == Audience.PERSON ? user.personId()
                : enterprises.actingFor(user.personId()).stream().findFirst().map(e -> e.id())
                .orElseThrow(() -> new DomainException(BenefitsError.SUBJECT_NOT_FOUND, Map.of()));
    }
}
