package io.onewindow.licences;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A licence as its holder, its issuer and other modules see it; {@code fields} by field name. */
public record LicenceView(UUID id, String identifier, LicenceType type, HolderKind holderKind, UUID holderId,
                          String holderName, String holderIdentifier, UUID departmentId, String departmentName,
                          Map<String, String> fields, Instant validFrom, Instant validUntil, LicenceStatus status,
                          String statusReason, Instant issuedAt) {

    public LicenceView {
        fields = Map.copyOf(fields);
    }

    /** Whether the validity period has ended at {@code now}. */
    public boolean expiredAt(Instant now) {
        return validUntil != null && now.isAfter(validUntil);
    }

    /** Whether the licence stands at {@code now}: active and within its validity period. */
    public boolean validAt(Instant now) {
        return status == LicenceStatus.ACTIVE && !expiredAt(now) && !now.isBefore(validFrom);
    }
}
