package io.onewindow.identity;

import java.time.Instant;
import java.util.UUID;

/** An appointment ended. */
public record OfficerDismissed(UUID officerId, UUID departmentId, Instant at) {
}
