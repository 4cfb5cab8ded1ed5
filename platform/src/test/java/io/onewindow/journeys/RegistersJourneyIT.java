package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.identity.Departments;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.kernel.code.OrganizationCode;
import io.onewindow.kernel.code.RegistrationAuthority;
import io.onewindow.kernel.code.UnifiedSocialCreditCode;
import io.onewindow.testing.Persons;
import io.onewindow.testing.browser.BrowserJourney;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RegistersJourneyIT extends BrowserJourney {

    @Autowired
    People people;

    @Autowired
    Enterprises enterprises;

    @Autowired
    Departments departments;

    @Test
    void theDataBureauRegistersAnEnterpriseOnceEveryFieldIsRight() {
        PersonView representative = people.register(Persons.aShinanResident());
        String uscc = UnifiedSocialCreditCode.of(RegistrationAuthority.MARKET_REGULATION, '1', "370202",
                OrganizationCode.of(String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)))).value();
        String wrongCheck = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
        long before = enterprises.count();

        signIn("dataadmin", "onewindow2026");
        follow("企业名录");
        type("uscc", wrongCheck);
        type("name", "");
        type("legalRepresentativeCitizenId", "110105194912310020");
        type("divisionCode", "370202");
        type("establishedOn", "2099-01-01");
        press("form[action='/registers/enterprises'] button.button");
        assertThat(errorSummary()).containsExactly(
                "第18位校验码应为" + uscc.charAt(17) + "，而不是" + wrongCheck.charAt(17) + "，请核对代码是否输错",
                "此项必须填写",
                "第18位校验码应为X，而不是0，请核对号码是否输错",
                "此项必须填写",
                "此项必须填写",
                "日期不能晚于今天");
        assertThat(enterprises.count()).isEqualTo(before);

        type("uscc", uscc);
        type("name", "青岛测试海洋科技有限公司");
        type("legalRepresentativeCitizenId", representative.citizenId().value());
        choose("industry", "M");
        choose("size", "SMALL");
        type("establishedOn", "2021-03-15");
        press("form[action='/registers/enterprises'] button.button");
        assertThat(text(".notice.success")).isEqualTo("企业已登记");
        assertThat(enterprises.findByUscc(uscc)).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("青岛测试海洋科技有限公司"));
    }

    @Test
    void theDataBureauEstablishesADistrictDepartmentUnderItsMunicipalCounterpart() {
        String code = "ls-test-" + ThreadLocalRandom.current().nextInt(1_000_000);

        int before = departments.all().size();
        signIn("dataadmin", "onewindow2026");
        follow("部门名录");
        type("name", "青岛市崂山区测试局");
        type("nameEn", "Laoshan Test Bureau");
        type("code", "Bad Code");
        choose("level", "CITY");
        type("divisionCode", "370212");
        press("form[action='/registers/departments'] button.button");
        assertThat(errorSummary()).containsExactly(
                "部门编码以小写字母或数字开头，只含小写字母、数字和“-”，2至40位", "行政区划的层级与部门层级不一致");
        assertThat(departments.all()).hasSize(before);

        type("code", code);
        choose("level", "COUNTY");
        choose("parentCode", "qd-xzsp");
        press("form[action='/registers/departments'] button.button");
        assertThat(text(".notice.success")).isEqualTo("部门已新设");
        assertThat(departments.findByCode(code)).hasValueSatisfying(d -> assertThat(d.parentId())
                .isEqualTo(departments.findByCode("qd-xzsp").orElseThrow().id()));

        follow("青岛市崂山区测试局");
        assertThat(text(".summary")).contains("山东省 > 青岛市 > 崂山区", "青岛市行政审批服务局");
    }
}
