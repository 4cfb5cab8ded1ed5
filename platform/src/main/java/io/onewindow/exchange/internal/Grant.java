package io.onewindow.exchange.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The right of a consumer department to query a resource's {@code items} for one purpose until
 * {@code expiresOn} (inclusive), with clear values of sensitive items only when {@code clearValues}.
 */
public record Grant(UUID id, UUID requestId, String resourceCode, UUID consumerId, UUID providerId, String purpose,
                    List<String> items, boolean clearValues, Instant grantedAt, LocalDate expiresOn, Instant revokedAt,
                    String revokeReason) {

    public Grant {
        items = List.copyOf(items);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean expiredOn(LocalDate today) {
        return today.isAfter(expiresOn);
    }

    public boolean validOn(LocalDate today) {
        return !revoked() && !expiredOn(today);
    }
}
