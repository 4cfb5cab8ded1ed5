package io.onewindow.benefits;

import java.util.List;
import java.util.Map;

/**
 * How one clause came out for one subject: its value, the facts and parameter values it read, and when it
 * does not hold, the conditions that failed, written with the parameter values in force (e.g. {@code age >= 80}).
 */
public record ClauseOutcome(String key, String name, String legalReference, String expression, boolean holds,
                            Map<String, Object> inputs, Map<String, Object> parameters, List<String> unmet) {
}
