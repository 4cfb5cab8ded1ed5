package io.onewindow.benefits;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A value a policy's clauses and amount refer to as {@code param.<name>} and that changes over time. */
public record Parameter(String name, ValueType type, String label, List<DatedValue> values) {

    public Parameter {
        values = values.stream().sorted(Comparator.comparing(DatedValue::from)).toList();
    }

    /** The value in force on the date: the latest one dated on or before it. */
    public Optional<DatedValue> inForceOn(LocalDate date) {
        DatedValue found = null;
        for (DatedValue value : values) {
            if (!value.from().isAfter(date)) {
                found = value;
            }
        }
        return Optional.ofNullable(found);
    }
}
