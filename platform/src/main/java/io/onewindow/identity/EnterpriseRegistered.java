package io.onewindow.identity;

import java.time.Instant;
import java.util.UUID;

/** An enterprise was added to the register. */
public record EnterpriseRegistered(UUID enterpriseId, String uscc, Instant at) {
}
