package io.onewindow.benefits;

/**
 * What a policy pays: a fixed sum in fen, or a CEL formula giving fen (e.g.
 * {@code graduates_hired * param.per_graduate_fen}); {@code period} says what the sum covers (ONCE, MONTHLY, YEARLY).
 */
public record Amount(Long fixedFen, String formula, String period) {

    public static Amount fixed(long fen, String period) {
        return new Amount(fen, null, period);
    }

    public static Amount formula(String formula, String period) {
        return new Amount(null, formula, period);
    }
}
