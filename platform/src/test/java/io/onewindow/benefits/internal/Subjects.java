package io.onewindow.benefits.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Facts of test subjects, as the facts store gives them to a live check. */
final class Subjects {

    private Subjects() {
    }

    static Map<String, Object> person(LocalDate birth, LocalDate on) {
        Map<String, Object> facts = new HashMap<>(FactsStore.personFacts(birth, "370202001001", true, 0, "NONE", "NONE", false, 3,
                false, 0, -1, 0, on));
        return facts;
    }

    static Map<String, Object> with(Map<String, Object> facts, Object... pairs) {
        Map<String, Object> changed = new HashMap<>(facts);
        for (int i = 0; i < pairs.length; i += 2) {
            changed.put((String) pairs[i], pairs[i + 1] instanceof Integer n ? Long.valueOf(n) : pairs[i + 1]);
        }
        return changed;
    }

    static Map<String, Object> enterprise(String size, long headcount, double layoffRate, boolean arrears, long premiumFen,
                                          long graduatesHired) {
        return FactsStore.enterpriseFacts(LocalDate.of(2015, 3, 1), "370212", "I", size, headcount, layoffRate, arrears, 0L,
                premiumFen, graduatesHired, LocalDate.of(2026, 12, 1));
    }
}
