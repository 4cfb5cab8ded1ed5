package io.onewindow.benefits.internal;

/** What the departments' data says about a person, beyond what identity holds (birth date, division). */
public record PersonFacts(boolean hukouLocal, int disabilityGrade, String employment, String insurance, boolean pensionReceiving,
                          int incomeBand, boolean onlyChildParent, int graduationYear, int businessMonths, int contributionMonths,
                          String bankAccount) {
}
