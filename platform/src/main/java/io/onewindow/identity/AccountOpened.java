package io.onewindow.identity;

import java.time.Instant;
import java.util.UUID;

/** An account was opened, by its owner ({@code selfService}) or by an administrator. */
public record AccountOpened(UUID accountId, String username, UUID personId, boolean selfService, Instant at) {
}
