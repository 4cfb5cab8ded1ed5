package io.onewindow.kernel.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTests {

    @Test
    void aCitizenIdKeepsItsDivisionAndLastFourCharacters() {
        assertThat(Masking.citizenId("11010519491231002X")).isEqualTo("110105********002X");
    }

    @Test
    void aMobileNumberKeepsItsNetworkAndLastFourDigits() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void identifiersAnywhereInATextAreMaskedAndOtherNumbersAreLeftAlone() {
        String line = "user 370202198506140021 called from 13912345678 about order 2026112212345678901";
        assertThat(Masking.identifiersIn(line))
                .isEqualTo("user 370202********0021 called from 139****5678 about order 2026112212345678901");
    }
}
