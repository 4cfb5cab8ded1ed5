package io.onewindow.audit;

import java.util.Locale;
import java.util.Optional;

/**
 * Names, for the people reading a record, a kind of thing a module's records concern when the kind is the module's
 * data rather than a word of its bundle: a data resource read ({@code exchange.social_insurance}), a licence type
 * shown ({@code licence:<type code>}). A module contributes one as a bean; kinds named by a bundle use
 * {@code object.<kind>} there instead.
 */
@FunctionalInterface
public interface AuditObjectNames {

    /** The kind's name in the reader's language, or empty when it is not this module's. */
    Optional<String> name(String objectType, Locale locale);
}
