package io.onewindow.benefits.internal;

import java.util.UUID;

/** One disbursement: to whom (masked account), how much, and where it stands. */
public record DisbursementView(UUID id, String policyCode, UUID subjectId, long amountFen, String maskedAccount, String state,
                               int attempts, String failure, UUID batchId) {
}
