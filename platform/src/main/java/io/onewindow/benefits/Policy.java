package io.onewindow.benefits;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A benefit policy as written by the department that pays it: what it is, on which legal basis, for whom,
 * when it is in force, what it pays, and who is eligible — every named clause must hold.
 *
 * @param autoConfirm offers of this policy need no confirmation (the payment goes to the account on file)
 */
public record Policy(String code, String name, String nameEn, String departmentCode, LegalBasis basis, Audience audience,
                     LocalDate effectiveFrom, LocalDate effectiveTo, Amount amount, boolean autoConfirm,
                     List<Clause> clauses, List<Parameter> parameters) {

    public Policy {
        clauses = List.copyOf(clauses);
        parameters = List.copyOf(parameters);
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** The name in the reader's language: English when asked for, Chinese otherwise. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : name;
    }
}
