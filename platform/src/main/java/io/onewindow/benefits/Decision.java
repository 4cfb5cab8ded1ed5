package io.onewindow.benefits;

import java.time.LocalDate;
import java.util.List;

/**
 * A policy decided for one subject on one date: eligible when the policy is in force and every clause holds;
 * the amount (fen) is what it would pay, 0 when not eligible.
 */
public record Decision(String policyCode, String rulesHash, LocalDate date, boolean inForce, boolean eligible,
                       long amountFen, List<ClauseOutcome> clauses) {
}
