package io.onewindow.kernel.code;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.onewindow.kernel.time.CivilTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static io.onewindow.kernel.code.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

class CitizenIdTests {

    private static final AddressCodes CODES = DivisionCodes.shipped();
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private static CitizenId parse(String raw) {
        return CitizenId.parse(raw, CODES, TODAY);
    }

    @Test
    void theStandardsExampleOfAWomanBornIn1949Validates() {
        var id = parse("11010519491231002X");

        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.divisionCode()).isEqualTo("110105");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sequence()).isEqualTo(2);
        assertThat(id.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void theStandardsExampleFromTheFormerChaoyangCountyValidates() {
        var id = parse("440524188001010014");

        assertThat(id.divisionCode()).isEqualTo("440524");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
        assertThat(id.sequence()).isEqualTo(1);
        assertThat(id.gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void aNumberTypedWithALowerCaseXFullWidthDigitsAndSpacesIsNormalised() {
        assertThat(parse(" 110105 19491231 002x ").value()).isEqualTo("11010519491231002X");
        assertThat(parse("１１０１０５１９４９１２３１００２Ｘ").value()).isEqualTo("11010519491231002X");
    }

    @Test
    void aResidencePermitNumberForAHongKongResidentValidates() {
        var number = CitizenId.of("810000", LocalDate.of(1990, 5, 1), 37).value();

        assertThat(parse(number).divisionCode()).isEqualTo("810000");
    }

    @Test
    void theClocksTimeZoneDecidesWhichDayIsToday() {
        // 2026-03-14T20:00Z is already 15 March in China: a baby born that day has a valid number.
        var clock = Clock.fixed(LocalDate.of(2026, 3, 14).atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        var bornToday = CitizenId.of("370202", LocalDate.of(2026, 3, 15), 1).value();

        assertThat(CitizenId.parse(bornToday, CODES, CivilTime.today(clock)).birthDate())
                .isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void theMaskKeepsTheCountyAndTheLastFourCharacters() {
        var id = parse("11010519491231002X");

        assertThat(id.masked()).isEqualTo("110105********002X");
        assertThat(id.toString()).isEqualTo(id.masked()).doesNotContain("19491231");
    }

    @Test
    void theFactoryBuildsTheNumberTheStandardPrescribes() {
        var id = CitizenId.of("110105", LocalDate.of(1949, 12, 31), 2);

        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(CitizenId.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @Test
    void theFactoryRefusesPartsThatCannotFormANumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> CitizenId.of("3702", LocalDate.of(1990, 1, 1), 1));
        assertThatIllegalArgumentException().isThrownBy(() -> CitizenId.of("370202", LocalDate.of(1990, 1, 1), 1000));
        assertThatIllegalArgumentException().isThrownBy(() -> CitizenId.checkCharacter("4405241880010100X"));
    }

    @Test
    void aNumberOfSeventeenCharactersIsRefusedForItsLength() {
        var refusal = refusalOf(() -> parse("11010519491231002"));

        assertThat(refusal.reason()).isEqualTo(CodeError.CITIZEN_ID_LENGTH);
        assertThat(refusal.arguments()).containsExactly(entry("actual", 17));
    }

    @Test
    void aLetterAmongTheDigitsIsRefusedWithItsPosition() {
        var refusal = refusalOf(() -> parse("1101A519491231002X"));

        assertThat(refusal.reason()).isEqualTo(CodeError.CITIZEN_ID_CHARACTER);
        assertThat(refusal.arguments()).containsOnly(entry("position", 5), entry("character", "A"));
    }

    @Test
    void anXBeforeTheLastPositionIsRefused() {
        var refusal = refusalOf(() -> parse("11010519491231X022"));

        assertThat(refusal.reason()).isEqualTo(CodeError.CITIZEN_ID_CHARACTER);
        assertThat(refusal.arguments()).containsOnly(entry("position", 15), entry("character", "X"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999", "371099", "000000", "370200", "370000"})
    void aCodeThatIsNoCountyIsRefusedAsAnUnknownDivision(String division) {
        var number = CitizenId.of(division, LocalDate.of(1980, 6, 1), 15).value();

        var refusal = refusalOf(() -> parse(number));

        assertThat(refusal.reason()).isEqualTo(CodeError.UNKNOWN_DIVISION);
        assertThat(refusal.arguments()).containsExactly(entry("division", division));
    }

    @Test
    void theThirtiethOfFebruaryIsRefusedAsAnImpossibleBirthDate() {
        var first17 = "37020219490230123";
        var number = first17 + CitizenId.checkCharacter(first17);

        var refusal = refusalOf(() -> parse(number));

        assertThat(refusal.reason()).isEqualTo(CodeError.CITIZEN_ID_BIRTH_DATE_INVALID);
        assertThat(refusal.arguments()).containsExactly(entry("birthDate", "19490230"));
    }

    @Test
    void aBirthDateBeforeTheEarliestPossibleIsRefused() {
        var number = CitizenId.of("370202", LocalDate.of(1859, 12, 31), 123).value();

        var refusal = refusalOf(() -> parse(number));

        assertThat(refusal.reason()).isEqualTo(CodeError.CITIZEN_ID_BIRTH_DATE_TOO_EARLY);
        assertThat(refusal.arguments()).containsOnly(entry("birthDate", "1859-12-31"), entry("earliest", "1860-01-01"));
    }

    @Test
    void aBirthDateAfterTodayIsRefused() {
        var number = CitizenId.of("370202", TODAY.plusDays(1), 123).value();

        var refusal = refusalOf(() -> parse(number));

        assertThat(refusal.reason()).isEqualTo(CodeError.CITIZEN_ID_BIRTH_DATE_IN_FUTURE);
        assertThat(refusal.arguments()).containsExactly(entry("birthDate", "2026-03-16"));
    }

    @Test
    void aWrongCheckCharacterIsRefusedNamingTheExpectedOne() {
        var refusal = refusalOf(() -> parse("110105194912310021"));

        assertThat(refusal.reason()).isEqualTo(CodeError.CITIZEN_ID_CHECK_CHARACTER);
        assertThat(refusal.arguments()).containsOnly(entry("expected", "X"), entry("actual", "1"));
    }

    @Test
    void theConstructorRefusesANumberWhoseCheckCharacterIsWrong() {
        var refusal = refusalOf(() -> new CitizenId("440524188001010015"));

        assertThat(refusal.reason()).isEqualTo(CodeError.CITIZEN_ID_CHECK_CHARACTER);
        assertThat(refusal.arguments()).containsEntry("expected", "4");
    }
}
