package io.onewindow.benefits.internal;

/** What the departments' data says about an enterprise, beyond what identity holds (industry, size, division). */
public record EnterpriseFacts(int headcount, double layoffRate, boolean siArrears, long taxPaidFen, long unemploymentPremiumFen,
                              int graduatesHired, String bankAccount) {
}
