package io.onewindow.identity;

import io.onewindow.kernel.access.Assurance;
import java.time.Instant;
import java.util.UUID;

/** One row of the account list an administrator sees; the person's ID is masked. */
public record AccountSummary(UUID id, String username, String personName, String maskedCitizenId, boolean administrator,
                             boolean enabled, boolean locked, Instant createdAt, Instant lastLoginAt, Assurance assurance) {
}
