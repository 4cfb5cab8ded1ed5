package io.onewindow.benefits.internal;

import io.onewindow.benefits.Audience;
import io.onewindow.benefits.BenefitsError;
import io.onewindow.benefits.Decision;
import io.onewindow.benefits.Policy;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A policy decided for one subject now, from the facts on file: the subject asks for themselves (or for an
 * enterprise they act for), an officer asks for someone, which that person sees in "who used my data".
 */
@Component
public class LiveCheck {

    private final PolicyStore policies;
    private final PolicyRules rules;
    private final FactsStore facts;
    private final BenefitsAccess access;
    private final AuditedActions actions;
    private final Clock clock;

    LiveCheck(PolicyStore policies, PolicyRules rules, FactsStore facts, BenefitsAccess access, AuditedActions actions, Clock clock) {
        this.policies = policies;
        this.rules = rules;
        this.facts = facts;
        this.access = access;
        this.actions = actions;
        this.clock = clock;
    }

    @Transactional
    public Decision check(String policyCode, UUID subject, UserAccount user) {
        Policy policy = policies.require(policyCode);
        boolean own = access.actsFor(user, policy.audience(), subject);
        // Someone else's facts only for the policy's own department: any officer anywhere could read a person's age,
        // household, disability and income through any policy.
        if (!own && !access.worksFor(user, policy.departmentCode())) {
            throw new DomainException(BenefitsError.NOT_YOURS, Map.of());
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> known = facts.facts(policy.audience(), subject, today)
                .orElseThrow(() -> new DomainException(BenefitsError.NO_FACTS, Map.of()));
        if (!own && policy.audience() == Audience.PERSON) {
            actions.accessed(subject, "benefit-facts", "benefit-eligibility");
        }
        return rules.decide(policy, known, today);
    }

    /** The policy tried on facts given by its author (the editor's sample people); reads nobody's data. */
    public Decision trial(Policy policy, Map<String, Object> sample) {
        return rules.decide(policy, sample, LocalDate.now(clock));
    }
}
