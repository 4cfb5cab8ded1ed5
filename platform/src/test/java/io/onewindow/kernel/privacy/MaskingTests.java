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
    void aNameKeepsOnlyTheSurnameWhateverItsLength() {
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
    }

    @Test
    void anAddressKeepsItsFirstSixCharacters() {
        assertThat(Masking.address("市南区香港中路10号3单元")).isEqualTo("市南区香港中****");
    }

    @Test
    void identifiersAnywhereInATextAreMaskedAndOtherNumbersAreLeftAlone() {
        String line = "user 370202198506140021 called from 13912345678 about order 2026112212345678901";
        assertThat(Masking.identifiersIn(line))
                .isEqualTo("user 370202********0021 called from 139****5678 about order 2026112212345678901");
    }
}
