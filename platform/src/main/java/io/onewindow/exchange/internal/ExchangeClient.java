package io.onewindow.exchange.internal;

import io.onewindow.kernel.access.Assurance;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A department system registered to query the exchange with OAuth2 client credentials, and how many
 * queries a minute it may make. As the principal of its API calls it stands for its department, so the
 * audit trail (and "who used my data") names the department and the system.
 */
public record ExchangeClient(UUID id, String clientId, UUID departmentId, String departmentName, String name, int perMinute)
        implements CurrentUser.Holder {

    @Override
    public UserAccount account() {
        return new UserAccount(id, clientId, null, name, Set.of(Role.OFFICER), List.of(departmentId), departmentName, List.of(),
                Assurance.SELF_DECLARED);
    }
}
