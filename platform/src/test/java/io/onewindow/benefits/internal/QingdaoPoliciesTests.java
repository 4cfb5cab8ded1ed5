package io.onewindow.benefits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.benefits.ClauseOutcome;
import io.onewindow.benefits.Decision;
import io.onewindow.benefits.Policy;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each seeded policy decided at its edges, with the explanation a person would read. */
class QingdaoPoliciesTests {

    static final LocalDate DECISION = LocalDate.of(2026, 12, 1);
    final PolicyRules rules = new PolicyRules(new RuleCompiler());

    Decision decide(Policy policy, Map<String, Object> facts, LocalDate on) {
        return rules.decide(policy, facts, on);
    }

    @Test
    void everySeededPolicyCompilesAndItsClausesTranslateToSql() {
        for (Policy policy : QingdaoPolicies.all()) {
            assertThat(rules.clausesAsSql(policy, DECISION)).hasSize(policy.clauses().size());
        }
        assertThat(QingdaoPolicies.all()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void oldAgeAllowanceStartsOnTheEightiethBirthdayNotTheDayBefore() {
        Policy policy = QingdaoPolicies.oldAgeAllowance();
        Map<String, Object> eighty = Subjects.person(DECISION.minusYears(80), DECISION);
        Map<String, Object> dayShort = Subjects.person(DECISION.minusYears(80).plusDays(1), DECISION);

        assertThat(decide(policy, eighty, DECISION).eligible()).isTrue();
        Decision no = decide(policy, dayShort, DECISION);
        assertThat(no.eligible()).isFalse();
        ClauseOutcome age = no.clauses().get(0);
        assertThat(age.holds()).isFalse();
        assertThat(age.inputs()).containsEntry("age", 79L);
        assertThat(age.parameters()).containsEntry("min_age", 80L);
        assertThat(age.unmet()).containsExactly("(age >= 80)");
        assertThat(no.clauses().get(1).holds()).isTrue();
    }

    @Test
    void oldAgeAllowancePaysTheRateInForceOnTheDecisionDateWhichRoseLastMonth() {
        Policy policy = QingdaoPolicies.oldAgeAllowance();
        Map<String, Object> eightyFive = Subjects.person(LocalDate.of(1941, 5, 5), DECISION);
        assertThat(decide(policy, eightyFive, LocalDate.of(2026, 10, 31)).amountFen()).isEqualTo(10000L);
        assertThat(decide(policy, eightyFive, LocalDate.of(2026, 11, 1)).amountFen()).isEqualTo(15000L);
    }

    @Test
    void aPersonFromAnotherCityIsRefusedOnTheHukouClauseAlone() {
        Map<String, Object> visitor = Subjects.with(Subjects.person(LocalDate.of(1940, 1, 1), DECISION), "division", "370102001001");
        Decision decision = decide(QingdaoPolicies.oldAgeAllowance(), visitor, DECISION);
        assertThat(decision.clauses()).extracting(ClauseOutcome::holds).containsExactly(true, false);
        assertThat(decision.clauses().get(1).unmet()).containsExactly("division.startsWith(\"3702\")");
    }

    @Test
    void disabilitySubsidiesNeedASevereGradeOrAPoorHousehold() {
        Policy policy = QingdaoPolicies.disabilitySubsidies();
        Map<String, Object> person = Subjects.person(LocalDate.of(1970, 1, 1), DECISION);
        assertThat(decide(policy, Subjects.with(person, "disability_grade", 2), DECISION).amountFen()).isEqualTo(15000L);
        assertThat(decide(policy, Subjects.with(person, "disability_grade", 3), DECISION).eligible()).isFalse();
        assertThat(decide(policy, Subjects.with(person, "disability_grade", 3, "income_band", 2), DECISION).amountFen()).isEqualTo(10000L);
        assertThat(decide(policy, Subjects.with(person, "disability_grade", 3, "income_band", 2), LocalDate.of(2024, 12, 31)).amountFen())
                .as("the living subsidy rose on 2025-01-01").isEqualTo(9000L);
        assertThat(decide(policy, person, DECISION).eligible()).as("no certificate").isFalse();
    }

    @Test
    void onlyChildParentsQualifyWhenRetiredOrAtSixty() {
        Policy policy = QingdaoPolicies.onlyChildParents();
        Map<String, Object> parent = Subjects.with(Subjects.person(DECISION.minusYears(60), DECISION), "only_child_parent", true);
        assertThat(decide(policy, parent, DECISION).eligible()).isTrue();
        Map<String, Object> younger = Subjects.with(Subjects.person(DECISION.minusYears(60).plusDays(1), DECISION), "only_child_parent", true);
        assertThat(decide(policy, younger, DECISION).eligible()).isFalse();
        assertThat(decide(policy, Subjects.with(younger, "employment", "RETIRED"), DECISION).eligible()).isTrue();
        assertThat(decide(policy, Subjects.with(parent, "only_child_parent", false), DECISION).eligible()).isFalse();
    }

    @Test
    void residentPensionIncreaseDoubledOnTheFirstOfJuly() {
        Policy policy = QingdaoPolicies.residentPensionIncrease();
        Map<String, Object> pensioner = Subjects.with(Subjects.person(LocalDate.of(1955, 3, 1), DECISION), "insurance", "RESIDENT",
                "pension_receiving", true);
        assertThat(decide(policy, pensioner, LocalDate.of(2026, 6, 30)).amountFen()).isEqualTo(1000L);
        assertThat(decide(policy, pensioner, LocalDate.of(2026, 7, 1)).amountFen()).isEqualTo(2000L);
        assertThat(decide(policy, Subjects.with(pensioner, "insurance", "EMPLOYEE"), DECISION).eligible()).isFalse();
    }

    @Test
    void jobRetentionRefundAcceptsALayoffRateOfExactlyTheLimitAndSmallFirmsUpToTwentyPercent() {
        Policy policy = QingdaoPolicies.jobRetentionRefund();
        assertThat(decide(policy, Subjects.enterprise("MEDIUM", 200, 5.5, false, 1_000_000, 0), DECISION).amountFen()).isEqualTo(600_000L);
        assertThat(decide(policy, Subjects.enterprise("MEDIUM", 200, 5.6, false, 1_000_000, 0), DECISION).eligible()).isFalse();
        assertThat(decide(policy, Subjects.enterprise("MICRO", 30, 20.0, false, 50_000, 0), DECISION).eligible()).isTrue();
        assertThat(decide(policy, Subjects.enterprise("MICRO", 31, 20.0, false, 50_000, 0), DECISION).eligible()).isFalse();
        assertThat(decide(policy, Subjects.enterprise("MEDIUM", 200, 1.0, true, 1_000_000, 0), DECISION).clauses().get(0).holds()).isFalse();
    }

    @Test
    void smallEnterpriseSubsidyPaysPerGraduateAndNotMediumFirms() {
        Policy policy = QingdaoPolicies.smallEnterpriseInsuranceSubsidy();
        assertThat(decide(policy, Subjects.enterprise("SMALL", 40, 0, false, 0, 3), DECISION).amountFen()).isEqualTo(1_800_000L);
        assertThat(decide(policy, Subjects.enterprise("MEDIUM", 40, 0, false, 0, 3), DECISION).eligible()).isFalse();
        assertThat(decide(policy, Subjects.enterprise("MICRO", 5, 0, false, 0, 0), DECISION).eligible()).isFalse();
    }

    @Test
    void startUpSubsidyNeedsTwelveFullMonthsOfBusinessAndContributions() {
        Policy policy = QingdaoPolicies.startUpSubsidy();
        Map<String, Object> founder = Subjects.with(Subjects.person(LocalDate.of(1990, 6, 1), DECISION), "employment", "SELF_EMPLOYED",
                "business_months", 12, "contribution_months", 12);
        assertThat(decide(policy, founder, DECISION).amountFen()).isEqualTo(1_200_000L);
        Decision eleven = decide(policy, Subjects.with(founder, "business_months", 11), DECISION);
        assertThat(eleven.eligible()).isFalse();
        assertThat(eleven.clauses().get(1).unmet()).containsExactly("(business_months >= 12)");
        Map<String, Object> sixty = Subjects.with(founder, "age", 60L);
        assertThat(decide(policy, sixty, DECISION).clauses().get(3).unmet()).containsExactly("(age < 60)");
    }

    @Test
    void graduateSubsidyUsesTheGraduationYearWindowInForceThatYear() {
        Policy policy = QingdaoPolicies.graduateEmploymentSubsidy();
        Map<String, Object> graduate = Subjects.with(Subjects.person(LocalDate.of(2001, 9, 1), DECISION), "graduation_year", 2024,
                "employment", "EMPLOYED", "insurance", "EMPLOYEE", "contribution_months", 6);
        assertThat(decide(policy, graduate, DECISION).eligible()).isTrue();
        assertThat(decide(policy, Subjects.with(graduate, "graduation_year", 2023), DECISION).eligible()).isFalse();
        assertThat(decide(policy, Subjects.with(graduate, "graduation_year", 2023), LocalDate.of(2025, 12, 31)).eligible()).isTrue();
        assertThat(decide(policy, Subjects.with(graduate, "contribution_months", 5), DECISION).eligible()).isFalse();
    }

    @Test
    void aPolicyOutOfForceDecidesNoEvenWhenEveryClauseHolds() {
        Policy current = QingdaoPolicies.oldAgeAllowance();
        Policy policy = new Policy(current.code(), current.name(), current.nameEn(), current.departmentCode(), current.basis(),
                current.audience(), LocalDate.of(2027, 1, 1), null, current.amount(), current.autoConfirm(), current.clauses(),
                current.parameters());
        Decision before = decide(policy, Subjects.person(LocalDate.of(1930, 1, 1), DECISION), DECISION);
        assertThat(before.clauses()).allMatch(ClauseOutcome::holds);
        assertThat(before.eligible()).isFalse();
    }
}
