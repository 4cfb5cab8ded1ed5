package io.onewindow.kernel.code;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.Objects;

import static io.onewindow.kernel.code.CodeError.CITIZEN_ID_BIRTH_DATE_INVALID;
import static io.onewindow.kernel.code.CodeError.CITIZEN_ID_BIRTH_DATE_IN_FUTURE;
import static io.onewindow.kernel.code.CodeError.CITIZEN_ID_BIRTH_DATE_TOO_EARLY;
import static io.onewindow.kernel.code.CodeError.CITIZEN_ID_CHARACTER;
import static io.onewindow.kernel.code.CodeError.CITIZEN_ID_CHECK_CHARACTER;
import static io.onewindow.kernel.code.CodeError.CITIZEN_ID_LENGTH;
import static io.onewindow.kernel.code.CodeError.UNKNOWN_DIVISION;

/**
 * A citizen ID number (公民身份号码, GB 11643-1999): the six-digit address code of the county that issued it,
 * the birth date as yyyyMMdd, a three-digit sequence whose last digit gives the gender, and an ISO 7064
 * MOD 11-2 check character (0-9 or X). The value is held normalised, with an upper-case X.
 *
 * <p>{@link #parse} checks a number as typed against the division lists and today's date; the constructor
 * checks only what the number itself can prove (length, characters, a real calendar date, the check
 * character). {@link #toString()} gives {@link #masked()}, so a number that reaches a log is not disclosed.
 */
public record CitizenId(String value) {

    public static final int LENGTH = 18;

    /**
     * Numbers were first assigned in 1984; given the longest verified human life (122 years) nobody alive then
     * was born before 1862. The bound still refuses typing slips such as 1099 while accepting the standard's
     * own example, born 1880.
     */
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1860, 1, 1);

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    public CitizenId {
        Objects.requireNonNull(value, "value");
        requireLength(value);
        requireCharacters(value);
        birthDateIn(value);
        requireCheckCharacter(value);
    }

    /**
     * Checks a number as typed (spaces dropped, full-width digits and a lower-case x accepted) and refuses it
     * with the first reason found: length, characters, division, birth date, check character. {@code today}
     * is a calendar day in China ({@link io.onewindow.kernel.time.CivilTime#today}), whatever the server's
     * time zone.
     */
    public static CitizenId parse(String raw, AddressCodes codes, LocalDate today) {
        var value = CodeInput.normalize(raw);
        requireLength(value);
        requireCharacters(value);
        var division = value.substring(0, 6);
        if (!codes.isCitizenAddress(division)) {
            throw new InvalidCodeException(UNKNOWN_DIVISION, Map.of("division", division));
        }
        var birthDate = birthDateIn(value);
        if (birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
            throw new InvalidCodeException(CITIZEN_ID_BIRTH_DATE_TOO_EARLY,
                    Map.of("birthDate", birthDate.toString(), "earliest", EARLIEST_BIRTH_DATE.toString()));
        }
        if (birthDate.isAfter(today)) {
            throw new InvalidCodeException(CITIZEN_ID_BIRTH_DATE_IN_FUTURE, Map.of("birthDate", birthDate.toString()));
        }
        requireCheckCharacter(value);
        return new CitizenId(value);
    }

    /** The number a person with these particulars is given; used for demo data and tests. */
    public static CitizenId of(String division, LocalDate birthDate, int sequence) {
        if (division == null || !division.matches("\\d{6}")) {
            throw new IllegalArgumentException("a division code has six digits: " + division);
        }
        if (sequence < 0 || sequence > 999) {
            throw new IllegalArgumentException("the sequence is 000 to 999: " + sequence);
        }
        if (birthDate.getYear() < 1000 || birthDate.getYear() > 9999) {
            throw new IllegalArgumentException("the birth year has four digits: " + birthDate);
        }
        var first17 = division + BIRTH_DATE.format(birthDate) + "%03d".formatted(sequence);
        return new CitizenId(first17 + checkCharacter(first17));
    }

    /** ISO 7064 MOD 11-2 over the first 17 digits (GB 11643 clause 7). */
    public static char checkCharacter(String first17) {
        if (first17 == null || !first17.matches("\\d{17}")) {
            throw new IllegalArgumentException("the check character is computed over 17 digits: " + first17);
        }
        var sum = 0;
        for (var i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    public String divisionCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return LocalDate.parse(value.substring(6, 14), BIRTH_DATE);
    }

    /** The sequence (顺序码), 0 to 999. */
    public int sequence() {
        return Integer.parseInt(value.substring(14, 17));
    }

    public Gender gender() {
        return Gender.ofSequenceDigit(value.charAt(16) - '0');
    }

    /**
     * The first six and the last four characters, e.g. {@code 370202********123X}: the birth date, which with
     * a name is enough to find a person, is hidden; the county and the tail are enough for the holder to
     * recognise the number as theirs.
     */
    public String masked() {
        return value.substring(0, 6) + "*".repeat(8) + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static void requireLength(String value) {
        if (value.length() != LENGTH) {
            throw new InvalidCodeException(CITIZEN_ID_LENGTH, Map.of("actual", value.length()));
        }
    }

    private static void requireCharacters(String value) {
        for (var i = 0; i < LENGTH; i++) {
            var c = value.charAt(i);
            var allowed = (c >= '0' && c <= '9') || (i == LENGTH - 1 && c == 'X');
            if (!allowed) {
                throw new InvalidCodeException(CITIZEN_ID_CHARACTER,
                        Map.of("position", i + 1, "character", CodeInput.shown(c)));
            }
        }
    }

    private static LocalDate birthDateIn(String value) {
        var digits = value.substring(6, 14);
        try {
            return LocalDate.parse(digits, BIRTH_DATE);
        } catch (DateTimeException e) {
            throw new InvalidCodeException(CITIZEN_ID_BIRTH_DATE_INVALID, Map.of("birthDate", digits));
        }
    }

    private static void requireCheckCharacter(String value) {
        var expected = checkCharacter(value.substring(0, LENGTH - 1));
        var actual = value.charAt(LENGTH - 1);
        if (actual != expected) {
            throw new InvalidCodeException(CITIZEN_ID_CHECK_CHARACTER,
                    Map.of("expected", String.valueOf(expected), "actual", String.valueOf(actual)));
        }
    }
}
