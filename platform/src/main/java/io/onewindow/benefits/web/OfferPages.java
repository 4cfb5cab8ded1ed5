package io.onewindow.benefits.web;

import io.onewindow.benefits.Policy;
import io.onewindow.benefits.internal.BenefitsAccess;
import io.onewindow.benefits.internal.FactsStore;
import io.onewindow.benefits.internal.MatchingRuns;
import io.onewindow.benefits.internal.OfferView;
import io.onewindow.benefits.internal.Offers;
import io.onewindow.benefits.internal.PolicyRules;
import io.onewindow.benefits.internal.PolicyStore;
import io.onewindow.kernel.access.CurrentUser;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My benefits": the offers made to the signed-in person and to the enterprises they act for, each with the
 * clauses that made them eligible, the account it will be paid to (masked), and where the payment stands.
 */
@Controller
class OfferPages {

    private final Offers offers;
    private final PolicyStore policies;
    private final MatchingRuns runs;
    private final FactsStore facts;
    private final BenefitsAccess access;

    OfferPages(Offers offers, PolicyStore policies, MatchingRuns runs, FactsStore facts, BenefitsAccess access) {
        this.offers = offers;
        this.policies = policies;
        this.runs = runs;
        this.facts = facts;
        this.access = access;
    }

    /**
     * An offer on the page. An offer is made to the eligible only, so every clause of the rules the run decided on
     * held: the clauses are marked as held when the policy's rules are still those ({@code clausesHeld}).
     */
    public record Row(OfferView offer, Policy policy, boolean clausesHeld, String subjectName, String account) {
    }

    @GetMapping("/benefits/offers")
    String mine(Model model) {
        Map<UUID, String> subjectNames = access.ownSubjects(CurrentUser.require());
        List<OfferView> mine = offers.forSubjects(List.copyOf(subjectNames.keySet()));
        Map<UUID, String> decidedOn = runs.rulesHashes(mine.stream().map(OfferView::runId).collect(Collectors.toSet()));
        List<Row> rows = mine.stream().map(o -> {
            Policy policy = policies.require(o.policyCode());
            boolean sameRules = PolicyRules.rulesHash(policy).equals(decidedOn.get(o.runId()));
            return new Row(o, policy, sameRules, subjectNames.get(o.subjectId()),
                    facts.bankAccount(o.audience(), o.subjectId()).map(OfferPages::masked).orElse(null));
        }).toList();
        model.addAttribute("rows", rows);
        return "benefits/offers";
    }

    @PostMapping("/benefits/offers/{id}/confirm")
    String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
        offers.confirm(id, CurrentUser.require());
        redirect.addFlashAttribute("notice", "benefits.offer.confirmed");
        return "redirect:/benefits/offers";
    }

    @PostMapping("/benefits/offers/{id}/decline")
    String decline(@PathVariable UUID id, RedirectAttributes redirect) {
        offers.decline(id, CurrentUser.require());
        redirect.addFlashAttribute("notice", "benefits.offer.declined");
        return "redirect:/benefits/offers";
    }

    static String masked(String account) {
        return account.length() < 8 ? "****" : account.substring(0, 4) + " **** **** " + account.substring(account.length() - 4);
    }
}
