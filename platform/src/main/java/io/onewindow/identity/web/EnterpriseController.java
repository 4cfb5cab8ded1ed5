package io.onewindow.identity.web;

import io.onewindow.identity.EnterpriseView;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonalCodes;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.web.FormErrors;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An enterprise's page for the people who act for it: its details, its agents, its code (一企一码). */
@Controller
@PreAuthorize("hasRole('ENTERPRISE')")
class EnterpriseController {

    private final Enterprises enterprises;
    private final People people;
    private final PersonalCodes codes;
    private final PersonalCodePage codePage;
    private final Messages messages;

    EnterpriseController(Enterprises enterprises, People people, PersonalCodes codes, PersonalCodePage codePage, Messages messages) {
        this.enterprises = enterprises;
        this.people = people;
        this.codes = codes;
        this.codePage = codePage;
        this.messages = messages;
    }

    @GetMapping("/enterprises/{id}")
    String show(@PathVariable UUID id, Model model) {
        EnterpriseView enterprise = actingFor(id);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("representative", people.find(enterprise.legalRepresentativeId()).orElseThrow());
        model.addAttribute("agents", people.findAll(enterprise.agentIds()));
        model.addAttribute("errors", FormErrors.none());
        return "identity/enterprise";
    }

    @PostMapping("/enterprises/{id}/agents")
    String authorise(@PathVariable UUID id, @RequestParam(defaultValue = "") String citizenId, @RequestParam(defaultValue = "") String name,
                     Locale locale, Model model, RedirectAttributes redirect) {
        UserAccount user = CurrentUser.require();
        EnterpriseView enterprise = actingFor(id);
        try {
            enterprises.authoriseAgent(enterprise.id(), user.personId(), citizenId, name);
            redirect.addFlashAttribute("notice", "enterprise.agent.authorised");
            return "redirect:/enterprises/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("enterprise", enterprise);
            model.addAttribute("representative", people.find(enterprise.legalRepresentativeId()).orElseThrow());
            model.addAttribute("agents", people.findAll(enterprise.agentIds()));
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            model.addAttribute("citizenId", citizenId);
            model.addAttribute("name", name);
            return "identity/enterprise";
        }
    }

    /** 撤销授权: the representative withdraws an agent; the agent's next request no longer acts for the enterprise. */
    @PostMapping("/enterprises/{id}/agents/{agent}/withdraw")
    String withdraw(@PathVariable UUID id, @PathVariable UUID agent, RedirectAttributes redirect) {
        UserAccount user = CurrentUser.require();
        EnterpriseView enterprise = actingFor(id);
        enterprises.withdrawAgent(enterprise.id(), user.personId(), agent);
        redirect.addFlashAttribute("notice", "enterprise.agent.withdrawn");
        return "redirect:/enterprises/" + id;
    }

    @GetMapping("/enterprises/{id}/code")
    String code(@PathVariable UUID id, Model model, Locale locale) {
        UserAccount user = CurrentUser.require();
        EnterpriseView enterprise = actingFor(id);
        return codePage.show(codes.issue(PersonalCodes.Subject.ENTERPRISE, enterprise.id(), user), enterprise.name(),
                "code.enterprise.title", model, locale);
    }

    /** The enterprise, if the signed-in person may act for it; otherwise a 404, revealing nothing. */
    private EnterpriseView actingFor(UUID id) {
        UserAccount user = CurrentUser.require();
        return enterprises.find(id).filter(e -> e.mayBeActedForBy(user.personId())).orElseThrow(NotFound::new);
    }
}
