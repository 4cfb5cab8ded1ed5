package io.onewindow.identity;

import java.time.Instant;
import java.util.UUID;

/** An administrator enabled or disabled an account, or lifted its lock. */
public record AccountStatusChanged(UUID accountId, String change, Instant at) {
}
