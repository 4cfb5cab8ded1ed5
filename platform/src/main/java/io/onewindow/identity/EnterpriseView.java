package io.onewindow.identity;

import io.onewindow.kernel.code.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An enterprise as other modules see it. Its code and name are public information. */
public record EnterpriseView(UUID id, UnifiedSocialCreditCode uscc, String name, UUID legalRepresentativeId,
                             Gb4754Section industry, String divisionCode, EnterpriseSize size, LocalDate establishedOn,
                             List<UUID> agentIds) {

    public boolean mayBeActedForBy(UUID personId) {
        return legalRepresentativeId.equals(personId) || agentIds.contains(personId);
    }
}
