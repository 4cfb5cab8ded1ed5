package io.onewindow.cases.internal;

import io.onewindow.cases.PrefillSource;
import io.onewindow.cases.PrefilledAnswer;
import io.onewindow.cases.RegisteredApplicant;
import io.onewindow.catalogue.FormQuestion;
import io.onewindow.catalogue.ServiceItem;
import io.onewindow.catalogue.Text;
import io.onewindow.divisions.Division;
import io.onewindow.divisions.Divisions;
import io.onewindow.identity.EnterpriseView;
import io.onewindow.identity.PersonView;
import io.onewindow.kernel.audit.AuditedActions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Prefills what identity knows of the applicant, for the questions whose layout names an identity value
 * ({@code person.name}, {@code person.citizenId}, {@code person.phone}, {@code person.address},
 * {@code enterprise.name}, {@code enterprise.uscc}). The read is announced to the person (who used my data).
 * For a self-declared account, identity holds only what its holder typed at sign-up (a register's person cannot
 * be claimed without verification) and no enterprise is acted for, so this source is asked for every account.
 */
@Component
class IdentityPrefill implements PrefillSource {

    static final Text SOURCE = Text.of("统一身份认证平台", "The platform's identity register");

    private final Divisions divisions;
    private final AuditedActions actions;

    IdentityPrefill(Divisions divisions, AuditedActions actions) {
        this.divisions = divisions;
        this.actions = actions;
    }

    @Override
    public boolean readsRegisters() {
        return false;
    }

    @Override
    public Map<String, Map<String, PrefilledAnswer>> prefill(RegisteredApplicant applicant, List<ServiceItem> items) {
        Optional<PersonView> person = applicant.asPerson();
        Optional<EnterpriseView> enterprise = applicant.asEnterprise();
        Map<String, Map<String, PrefilledAnswer>> answers = new LinkedHashMap<>();
        for (ServiceItem item : items) {
            for (FormQuestion q : item.form().questions()) {
                Object value = q.prefill() == null ? null : switch (q.prefill()) {
                    case "person.name" -> person.map(PersonView::name).orElse(null);
                    case "person.citizenId" -> person.map(p -> p.citizenId().value()).orElse(null);
                    case "person.phone" -> person.map(PersonView::phone).orElse(null);
                    case "person.address" -> person.map(p -> divisions.path(p.divisionCode()).stream().map(Division::name)
                            .reduce("", String::concat) + (p.addressDetail() == null ? "" : p.addressDetail())).orElse(null);
                    case "enterprise.name" -> enterprise.map(EnterpriseView::name).orElse(null);
                    case "enterprise.uscc" -> enterprise.map(e -> e.uscc().value()).orElse(null);
                    default -> null;
                };
                if (value != null) {
                    answers.computeIfAbsent(item.code(), code -> new LinkedHashMap<>()).put(q.field(), new PrefilledAnswer(value, SOURCE));
                }
            }
        }
        if (!answers.isEmpty() && person.isPresent()) {
            actions.accessed(person.get().id(), "identity.person", "service-application");
        }
        return answers;
    }
}
