package io.onewindow.kernel.code;

import org.junit.jupiter.api.Test;

import static io.onewindow.kernel.code.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class OrganizationCodeTests {

    @Test
    void aCodeWrittenWithItsHyphenIsAccepted() {
        // Huawei's organisation code, characters 9 to 17 of its credit code 914403001922038216.
        var code = OrganizationCode.parse("19220382-1");

        assertThat(code.value()).isEqualTo("192203821");
        assertThat(code.body()).isEqualTo("19220382");
    }

    @Test
    void aRemainderOfOneGivesTheCheckCharacterX() {
        // 6 × 2 = 12, 12 mod 11 = 1, 11 − 1 = 10, written X.
        assertThat(OrganizationCode.checkCharacter("00000006")).isEqualTo('X');
    }

    @Test
    void aRemainderOfZeroGivesTheCheckCharacterZero() {
        // 11 − 0 = 11, written 0.
        assertThat(OrganizationCode.checkCharacter("00000000")).isEqualTo('0');
    }

    @Test
    void lettersCountFromTenInTheBody() {
        // GB 32100's example 91350100M000100Y43: M = 22, Y = 34; 22×3 + 1×5 + 34×2 = 139, 139 mod 11 = 7, 11 − 7 = 4.
        assertThat(OrganizationCode.of("M000100Y").value()).isEqualTo("M000100Y4");
    }

    @Test
    void aWrongCheckCharacterIsRefusedNamingTheExpectedOne() {
        var refusal = refusalOf(() -> OrganizationCode.parse("192203822"));

        assertThat(refusal.reason()).isEqualTo(CodeError.ORGANIZATION_CODE_CHECK_CHARACTER);
        assertThat(refusal.arguments()).containsOnly(entry("expected", "1"), entry("actual", "2"));
    }

    @Test
    void aCodeOfEightCharactersIsRefusedForItsLength() {
        var refusal = refusalOf(() -> OrganizationCode.parse("19220382"));

        assertThat(refusal.reason()).isEqualTo(CodeError.ORGANIZATION_CODE_LENGTH);
        assertThat(refusal.arguments()).containsExactly(entry("actual", 8));
    }

    @Test
    void aLetterOtherThanXInTheCheckPositionIsRefused() {
        var refusal = refusalOf(() -> OrganizationCode.parse("19220382A"));

        assertThat(refusal.reason()).isEqualTo(CodeError.ORGANIZATION_CODE_CHARACTER);
        assertThat(refusal.arguments()).containsOnly(entry("position", 9), entry("character", "A"));
    }
}
