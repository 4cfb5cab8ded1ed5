package io.onewindow.kernel.code;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * ISO 7064 MOD 11-2 (modulus 11, a prime; weights 2^(18−i) mod 11, never 0 and never equal for neighbours)
 * detects every single substitution and every transposition of two adjacent different characters, the check
 * character included. So any such slip in a valid number is refused, whichever check notices it first.
 */
class CitizenIdProperties {

    private static final AddressCodes CODES = DivisionCodes.shipped();
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final String DIGITS = "0123456789";

    @Provide
    Arbitrary<CitizenId> citizenIds() {
        var divisions = Arbitraries.of(ShippedDivisions.CITIZEN_ADDRESSES);
        var birthDates = Arbitraries.longs()
                .between(CitizenId.EARLIEST_BIRTH_DATE.toEpochDay(), TODAY.toEpochDay())
                .map(LocalDate::ofEpochDay);
        var sequences = Arbitraries.integers().between(0, 999);
        return Combinators.combine(divisions, birthDates, sequences).as(CitizenId::of);
    }

    @Property
    void everyNumberTheFactoryBuildsIsAccepted(@ForAll("citizenIds") CitizenId id) {
        assertThat(CitizenId.parse(id.value(), CODES, TODAY)).isEqualTo(id);
    }

    @Property(tries = 300)
    void changingAnyOneCharacterToAnyOtherAllowedOneIsRefused(@ForAll("citizenIds") CitizenId id) {
        for (var position = 0; position < CitizenId.LENGTH; position++) {
            var allowed = position == CitizenId.LENGTH - 1 ? DIGITS + "X" : DIGITS;
            for (var replacement : allowed.toCharArray()) {
                if (replacement == id.value().charAt(position)) {
                    continue;
                }
                var changed = new StringBuilder(id.value());
                changed.setCharAt(position, replacement);
                assertRefused(changed.toString());
            }
        }
    }

    @Property(tries = 300)
    void swappingAnyTwoAdjacentDifferentCharactersIsRefused(@ForAll("citizenIds") CitizenId id) {
        var value = id.value();
        for (var position = 0; position < CitizenId.LENGTH - 1; position++) {
            if (value.charAt(position) != value.charAt(position + 1)) {
                assertRefused(value.substring(0, position) + value.charAt(position + 1) + value.charAt(position)
                        + value.substring(position + 2));
            }
        }
    }

    private static void assertRefused(String number) {
        assertThatExceptionOfType(InvalidCodeException.class)
                .as(number)
                .isThrownBy(() -> CitizenId.parse(number, CODES, TODAY));
    }
}
