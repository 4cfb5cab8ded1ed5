package io.onewindow.bench.benefits;

import java.util.UUID;

/** A person as a fact in the Drools session: the same variables the CEL rules read. */
public final class BenchPerson {

    private final UUID id;
    private final int age;
    private final String division;
    private final boolean hukouLocal;
    private final int incomeBand;
    private final String insurance;
    private final int disabilityGrade;
    private final int contributionMonths;

    public BenchPerson(UUID id, int age, String division, boolean hukouLocal, int incomeBand, String insurance, int disabilityGrade,
                       int contributionMonths) {
        this.id = id;
        this.age = age;
        this.division = division;
        this.hukouLocal = hukouLocal;
        this.incomeBand = incomeBand;
        this.insurance = insurance;
        this.disabilityGrade = disabilityGrade;
        this.contributionMonths = contributionMonths;
    }

    public UUID getId() {
        return id;
    }

    public int getAge() {
        return age;
    }

    public String getDivision() {
        return division;
    }

    public boolean isHukouLocal() {
        return hukouLocal;
    }

    public int getIncomeBand() {
        return incomeBand;
    }

    public String getInsurance() {
        return insurance;
    }

    public int getDisabilityGrade() {
        return disabilityGrade;
    }

    public int getContributionMonths() {
        return contributionMonths;
    }
}
