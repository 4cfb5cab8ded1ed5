package io.onewindow.kernel.code;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DivisionCodesTests {

    private static final DivisionCodes CODES = DivisionCodes.shipped();

    @ParameterizedTest
    @ValueSource(strings = {
            "370202", // 市南区, 青岛市, current
            "441900", // 东莞市, a prefecture-level city without counties, listed as its own county
            "440524", // 潮阳县, recoded 1993
            "110103", // 崇文区, merged into 东城区 in 2010
            "370201", // 青岛市市辖区, dropped from the lists in the 2010s
            "371202", // 莱城区, 莱芜市, moved to 济南市 in 2019
            "810000"  // 香港, address code of residence permits
    })
    void aCountyCurrentOrFormerMayBeACitizensAddress(String code) {
        assertThat(CODES.isCitizenAddress(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999", "371099", "000000", "370000", "370200", "100000", "37020", "3702021"})
    void noOtherCodeMayBeACitizensAddress(String code) {
        assertThat(CODES.isCitizenAddress(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"100000", "370000", "370200", "350100", "371200", "370202", "440524"})
    void theNationAProvinceAPrefectureOrACountyMayRegisterOrganisations(String code) {
        assertThat(CODES.isRegistrationDivision(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999", "371099", "000000", "990000", "379900", "810000"})
    void noOtherCodeMayRegisterOrganisations(String code) {
        assertThat(CODES.isRegistrationDivision(code)).isFalse();
    }
}
