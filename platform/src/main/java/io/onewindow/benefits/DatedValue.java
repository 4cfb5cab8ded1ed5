package io.onewindow.benefits;

import java.time.LocalDate;

/** A parameter's value in force from a date until the next value's date (as OpenFisca dates its parameters). */
public record DatedValue(LocalDate from, String value) {
}
