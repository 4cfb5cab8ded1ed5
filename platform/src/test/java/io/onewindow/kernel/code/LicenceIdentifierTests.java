package io.onewindow.kernel.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LicenceIdentifierTests {

    private static final UnifiedSocialCreditCode ISSUER = new UnifiedSocialCreditCode("91350100M000100Y43");

    @Test
    void checkCharacterOfTheIsoExampleIsM() {
        // ISO/IEC 7064 MOD 37,36 worked example, as published with python-stdnum's iso7064.mod_37_36
        assertThat(LicenceIdentifier.checkCharacter("A12425GABC1234002")).isEqualTo('M');
    }

    @Test
    void checkCharacterOfTwoDigitsComputedByHand() {
        // P=36; '1': S=(36+1) mod 36=1, P=2·1 mod 37=2; '2': S=4, P=8; (8+c) mod 36=1 gives c=29, which is T
        assertThat(LicenceIdentifier.checkCharacter("12")).isEqualTo('T');
        // P=36; 'A'=10: S=10, P=20; c=(37−20) mod 36=17, which is H
        assertThat(LicenceIdentifier.checkCharacter("A")).isEqualTo('H');
    }

    @Test
    void theDotsAreSeparatorsAndDoNotCount() {
        assertThat(LicenceIdentifier.checkCharacter("1.2")).isEqualTo('T');
    }

    @Test
    void aWholeIdentifierReadsBackAsItsParts() {
        var identifier = LicenceIdentifier.parse("1.2.156.3005.2.100001.91350100M000100Y43.3702000001.001.8");

        assertThat(identifier.typeCode()).isEqualTo("100001");
        assertThat(identifier.issuer()).isEqualTo(ISSUER);
        assertThat(identifier.serial()).isEqualTo("3702000001");
        assertThat(identifier.version()).isEqualTo(1);
        assertThat(identifier.value()).isEqualTo("1.2.156.3005.2.100001.91350100M000100Y43.3702000001.001.8");
    }

    @Test
    void typedWithSpacesFullWidthDigitsAndLowerCaseIsAccepted() {
        assertThat(LicenceIdentifier.parse(" 1.2.156.3005.2.100001.91350100m000100y43.３７０２000001.001.8").serial())
                .isEqualTo("3702000001");
    }

    @Test
    void theNextVersionKeepsTheSerialAndGetsItsOwnCheckCharacter() {
        var first = new LicenceIdentifier("100001", ISSUER, "3702000001", 1);

        assertThat(first.nextVersion().value()).startsWith("1.2.156.3005.2.100001.91350100M000100Y43.3702000001.002.");
        assertThat(LicenceIdentifier.parse(first.nextVersion().value())).isEqualTo(first.nextVersion());
    }

    @Test
    void aWrongPrefixIsRefusedNamingIt() {
        assertRefused("1.2.156.3005.3.100001.91350100M000100Y43.3702000001.001.8", CodeError.LICENCE_ID_PREFIX);
    }

    @Test
    void aMissingPartIsRefusedCountingThem() {
        var e = assertRefused("1.2.156.3005.2.100001.91350100M000100Y43.001.8", CodeError.LICENCE_ID_PARTS);
        assertThat(e.arguments()).containsEntry("actual", 4);
    }

    @Test
    void aBadIssuerCodeIsRefusedWithTheCreditCodesOwnReason() {
        assertRefused("1.2.156.3005.2.100001.91350100M000100Y44.3702000001.001.8", CodeError.CREDIT_CODE_CHECK_CHARACTER);
    }

    @Test
    void aVersionOfTwoDigitsIsRefused() {
        assertRefused("1.2.156.3005.2.100001.91350100M000100Y43.3702000001.01.8", CodeError.LICENCE_ID_VERSION);
    }

    @Test
    void versionZeroIsRefused() {
        assertRefused("1.2.156.3005.2.100001.91350100M000100Y43.3702000001.000.8", CodeError.LICENCE_ID_VERSION);
    }

    @Test
    void aSerialWithAHyphenIsRefused() {
        assertRefused("1.2.156.3005.2.100001.91350100M000100Y43.3702-01.001.8", CodeError.LICENCE_ID_SERIAL);
    }

    @Test
    void anEmptyTypeCodeIsRefused() {
        assertRefused("1.2.156.3005.2..91350100M000100Y43.3702000001.001.8", CodeError.LICENCE_ID_TYPE_CODE);
    }

    @Test
    void aWrongCheckCharacterIsRefusedNamingTheRightOne() {
        var e = assertRefused("1.2.156.3005.2.100001.91350100M000100Y43.3702000001.001.9",
                CodeError.LICENCE_ID_CHECK_CHARACTER);
        assertThat(e.arguments()).containsEntry("expected", "8").containsEntry("actual", "9");
    }

    private static InvalidCodeException assertRefused(String value, CodeError reason) {
        var refusal = assertThatExceptionOfType(InvalidCodeException.class)
                .isThrownBy(() -> LicenceIdentifier.parse(value)).actual();
        assertThat(refusal.reason()).isEqualTo(reason);
        return refusal;
    }
}
