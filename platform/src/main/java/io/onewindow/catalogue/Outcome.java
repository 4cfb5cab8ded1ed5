package io.onewindow.catalogue;

/**
 * What an item results in: a licence of a type (its code, e.g. {@code FOOD_BUSINESS_LICENCE}, which the
 * e-licence module issues) or a decision (a written decision, a payment, a registration) named in {@code name}.
 */
public record Outcome(Kind kind, String licenceType, Text name) {

    public enum Kind {
        LICENCE,
        DECISION
    }

    public static Outcome licence(String licenceType, Text name) {
        return new Outcome(Kind.LICENCE, licenceType, name);
    }

    public static Outcome decision(Text name) {
        return new Outcome(Kind.DECISION, null, name);
    }
}
