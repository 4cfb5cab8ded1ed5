package io.onewindow.purposes;

/** A purpose to add to the list, as typed. */
public record NewPurpose(String code, String name, String nameEn, String legalBasis) {
}
