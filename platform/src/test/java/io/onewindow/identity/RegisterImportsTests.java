package io.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.identity.RegisterImports.LineError;
import io.onewindow.identity.RegisterImports.Result;
import io.onewindow.kernel.code.OrganizationCode;
import io.onewindow.kernel.code.RegistrationAuthority;
import io.onewindow.kernel.code.UnifiedSocialCreditCode;
import io.onewindow.testing.Persons;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Day one's CSV imports are all or nothing: the administrator sees every bad line at once, by number and
 * reason, in their language, and a file with one bad line stores nothing, not even its good lines.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegisterImportsTests {

    static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:onewindow2026".getBytes());
    static final String DEPARTMENT_COLUMNS = "code,name,name_en,uscc,level,division,parent_code,function";
    static final String OFFICER_COLUMNS = "department_code,citizen_id,name,phone,division,title,roles,scope_division,username";

    @Autowired
    RegisterImports imports;

    @Autowired
    Departments departments;

    @Autowired
    People people;

    @Autowired
    MockMvc mvc;

    @Test
    void aDepartmentsFileWithBadLinesListsEveryOneByNumberAndReasonAndStoresNothing() {
        String good = aCode();
        String csv = departmentsWithBadLines(good);

        Result zh = in(Locale.SIMPLIFIED_CHINESE, () -> imports.departments(csv));
        Result en = in(Locale.ENGLISH, () -> imports.departments(csv));

        assertThat(zh.imported()).isZero();
        assertThat(zh.errors()).extracting(LineError::line).containsExactly(3L, 4L, 5L, 6L);
        assertThat(zh.errors()).extracting(LineError::message).satisfiesExactly(
                m -> assertThat(m).isEqualTo("parent_code: 没有找到该部门"),
                m -> assertThat(m).startsWith("uscc: "),
                m -> assertThat(m).isEqualTo("code: 该部门编码已被使用"),
                m -> assertThat(m).contains("应有8列，实有7列"));
        assertThat(en.errors()).extracting(LineError::line).containsExactly(3L, 4L, 5L, 6L);
        assertThat(en.errors()).extracting(LineError::message).satisfiesExactly(
                m -> assertThat(m).isEqualTo("parent_code: No such department"),
                m -> assertThat(m).startsWith("uscc: "),
                m -> assertThat(m).isEqualTo("code: This department code is taken"),
                m -> assertThat(m).contains("8 columns expected, 7 found"));
        assertThat(departments.findByCode(good)).as("the good line is not stored either").isEmpty();
    }

    @Test
    void anOfficersFileWithAnUnknownRoleOrDepartmentStoresNobodyNotEvenTheGoodLines() {
        String citizenId = Persons.citizenIdFrom("370202");
        String csv = String.join("\n", OFFICER_COLUMNS,
                "qd-xzsp," + citizenId + ",林晓燕,13912345678,370202,科员,OFFICER,,",
                "qd-xzsp," + Persons.citizenIdFrom("370202") + ",周建华,13912345679,370202,科员,MAYOR,,",
                "no-such-department," + Persons.citizenIdFrom("370202") + ",高文静,13912345670,370202,科员,OFFICER,,");

        Result result = in(Locale.SIMPLIFIED_CHINESE, () -> imports.officers(csv));

        assertThat(result.errors()).extracting(LineError::line).containsExactly(3L, 4L);
        assertThat(result.errors()).extracting(LineError::message).satisfiesExactly(
                m -> assertThat(m).isEqualTo("roles: 不能任命为“MAYOR”"),
                m -> assertThat(m).isEqualTo("department_code: 没有找到该部门"));
        assertThat(result.credentials()).isEmpty();
        assertThat(people.findByCitizenId(citizenId)).as("the good line registered nobody").isEmpty();
    }

    @Test
    void aFileWithoutAColumnIsRefusedNamingTheColumn() {
        Result result = in(Locale.ENGLISH, () -> imports.departments("code,name,name_en,uscc,level,division,function\n"
                + aCode() + ",青岛市民政局,Qingdao Civil Affairs Bureau,,CITY,3702,"));

        assertThat(result.errors()).containsExactly(new LineError(1, "Missing columns: parent_code"));
    }

    @Test
    void theSetupPageShowsEveryBadLineAndKeepsTheTextToCorrect() throws Exception {
        String good = aCode();

        mvc.perform(post("/admin/setup/departments").with(csrf()).header("Authorization", ADMIN)
                        .param("csv", departmentsWithBadLines(good)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("没有找到该部门"),
                        org.hamcrest.Matchers.containsString("该部门编码已被使用"),
                        org.hamcrest.Matchers.containsString("应有8列，实有7列"),
                        org.hamcrest.Matchers.containsString(good))));
        assertThat(departments.findByCode(good)).isEmpty();
    }

    /** A good line (line 2), then an unknown parent, a bad credit code, the good code again and a short line. */
    private static String departmentsWithBadLines(String good) {
        String uscc = UnifiedSocialCreditCode.of(RegistrationAuthority.ESTABLISHMENT, '1', "370200",
                OrganizationCode.of("51370001")).value();
        String badUscc = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
        return String.join("\n", DEPARTMENT_COLUMNS,
                good + ",青岛市民政局,Qingdao Civil Affairs Bureau," + uscc + ",CITY,3702,,",
                aCode() + ",市南区民政局,Shinan Civil Affairs Bureau,,COUNTY,370202,no-such-parent,",
                aCode() + ",市北区民政局,Shibei Civil Affairs Bureau," + badUscc + ",COUNTY,370203,,",
                good + ",青岛市民政局,Qingdao Civil Affairs Bureau,,CITY,3702,,",
                aCode() + ",李沧区民政局,Licang Civil Affairs Bureau,,COUNTY,370213,");
    }

    private static String aCode() {
        return "imp-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T> T in(Locale locale, Supplier<T> action) {
        LocaleContextHolder.setLocale(locale);
        try {
            return action.get();
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
