package io.onewindow.identity;

import java.time.Instant;
import java.util.UUID;

/** A person was added to the register. Carries no personal data; ask {@link People} for it. */
public record PersonRegistered(UUID personId, Instant at) {
}
