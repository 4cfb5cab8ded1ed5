package io.onewindow.benefits.internal;

import java.time.Instant;
import java.util.UUID;

/** A payment batch sent to the treasury, and how many of its lines came back paid or failed. */
public record BatchView(UUID id, String number, String departmentCode, int lines, long totalFen, String state, Instant exportedAt,
                        Instant settledAt, long paid, long failed) {
}
