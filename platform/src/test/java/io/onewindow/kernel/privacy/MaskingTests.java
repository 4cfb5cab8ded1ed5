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
    void anEmailAddressKeepsItsFirstCharacterAndItsDomain() {
        assertThat(Masking.email("zhang.san@example.com")).isEqualTo("z***@example.com");
        assertThat(Masking.email("not-an-address")).isEqualTo("**************");
    }

    @Test
    void identifiersAnywhereInATextAreMaskedAndOtherNumbersAreLeftAlone() {
        String line = "user 370202198506140021 called from 13912345678 about order 2026112212345678901";
        assertThat(Masking.identifiersIn(line))
                .isEqualTo("user 370202********0021 called from 139****5678 about order 2026112212345678901");
    }

    @Test
    void anEmailAddressAnywhereInATextIsMasked() {
        assertThat(Masking.identifiersIn("Could not send to zhang.san@example.com: 550 mailbox unavailable"))
                .isEqualTo("Could not send to z***@example.com: 550 mailbox unavailable");
    }
}
