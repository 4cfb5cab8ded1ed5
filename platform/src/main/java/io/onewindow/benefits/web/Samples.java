package io.onewindow.benefits.web;

import io.onewindow.benefits.Audience;
import io.onewindow.benefits.internal.FactsStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The sample people and enterprises an author tries a policy on while writing it: made-up profiles at the
 * usual edges (80 today, 79, a founder one month short), so that trying a rule reads nobody's data.
 */
final class Samples {

    public record Sample(String labelKey, Map<String, Object> facts) {
    }

    private Samples() {
    }

    static List<Sample> of(Audience audience, LocalDate today) {
        if (audience == Audience.ENTERPRISE) {
            return List.of(
                    new Sample("benefits.sample.small-hiring", FactsStore.enterpriseFacts(today.minusYears(6), "370212", "I", "SMALL", 28, 0.0,
                            false, 86_000_000L, 1_240_000L, 2, today)),
                    new Sample("benefits.sample.medium-layoffs", FactsStore.enterpriseFacts(today.minusYears(15), "370202", "C", "MEDIUM", 240,
                            5.6, false, 300_000_000L, 4_800_000L, 0, today)),
                    new Sample("benefits.sample.micro-arrears", FactsStore.enterpriseFacts(today.minusYears(2), "370203", "H", "MICRO", 6, 16.0,
                            true, 1_200_000L, 90_000L, 1, today)));
        }
        return List.of(
                new Sample("benefits.sample.eighty-today", person(today.minusYears(80), "RETIRED", "RESIDENT", true, 0, 3, true, 0, -1, 180, today)),
                new Sample("benefits.sample.seventy-nine", person(today.minusYears(80).plusDays(1), "RETIRED", "EMPLOYEE", true, 0, 4, true, 0, -1, 420, today)),
                new Sample("benefits.sample.disabled-poor", person(today.minusYears(45), "UNEMPLOYED", "RESIDENT", false, 3, 2, false, 0, -1, 24, today)),
                new Sample("benefits.sample.founder-short", person(today.minusYears(32), "SELF_EMPLOYED", "EMPLOYEE", false, 0, 3, false, 0, 11, 11, today)),
                new Sample("benefits.sample.founder", person(today.minusYears(36), "SELF_EMPLOYED", "EMPLOYEE", false, 0, 3, false, 0, 20, 18, today)),
                new Sample("benefits.sample.graduate", person(today.minusYears(23), "EMPLOYED", "EMPLOYEE", false, 0, 3, false, today.getYear() - 1, -1, 8, today)));
    }

    private static Map<String, Object> person(LocalDate birth, String employment, String insurance, boolean pension, int disability, int band,
                                              boolean onlyChild, int graduation, int business, int contribution, LocalDate today) {
        return FactsStore.personFacts(birth, "370202001001", true, disability, employment, insurance, pension, band, onlyChild, graduation,
                business, contribution, today);
    }
}
