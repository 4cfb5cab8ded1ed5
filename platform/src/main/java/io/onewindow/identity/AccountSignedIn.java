package io.onewindow.identity;

import java.time.Instant;
import java.util.UUID;

/** Someone logged in, with a password or through the city's identity provider ({@code method}). */
public record AccountSignedIn(UUID accountId, String username, String method, Instant at) {
}
