package io.onewindow.purposes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The managed list of purposes for using personal data. */
public interface Purposes {

    Optional<Purpose> find(String code);

    /** The purpose if it is on the list and not retired; otherwise refuses with {@link PurposeError#UNKNOWN}. */
    Purpose require(String code);

    /** The purposes in use, by code. */
    List<Purpose> active();

    /** Every purpose ever listed, retired ones too (records made under them still name them). */
    List<Purpose> all();

    /** The purpose's name in the reader's language, or the code itself when it was never listed. */
    default String nameOf(String code, Locale locale) {
        return code == null ? "" : find(code).map(p -> p.name(locale)).orElse(code);
    }

    /** Adds a purpose (the data bureau); publishes {@link PurposeDefined}. Bad input is refused field by field. */
    Purpose define(NewPurpose purpose);

    /** Takes a purpose off the list for new uses; publishes {@link PurposeRetired}. */
    void retire(String code);
}
