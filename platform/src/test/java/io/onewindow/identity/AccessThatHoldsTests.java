package io.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.onewindow.kernel.access.Assurance;



import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.privacy.Masking;
import io.onewindow.testing.Companies;
import io.onewindow.testing.Persons;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Rights end when they are taken away, roles are granted only within one's authority, officers read only
 * within their area and for a listed purpose, and unusual reading is stopped and reported — each tried the
 * way an insider or an attacker would.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "onewindow.identity.reads.max-per-hour=3")
class AccessThatHoldsTests {

    static final String PASSWORD = "access-holds-2026";
    static final String DATA_ADMIN = "Basic " + java.util.Base64.getEncoder().encodeToString("dataadmin:onewindow2026".getBytes());

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Departments departments;

    @Autowired
    Accounts accounts;

    @Autowired
    Enterprises enterprises;

    @Autowired
    UserDetailsService signIn;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDismissedOfficersOpenSessionIsRefusedTheOfficerPagesOnItsNextRequestButStaysACitizen() throws Exception {
        Holder officer = anAccount("370202");
        OfficerView appointment = departments.appoint(new NewOfficer(department("qd-xzsp").id(), officer.person().citizenId().value(),
                officer.person().name(), "窗口受理员", Set.of("OFFICER"), "3702"));
        Cookie session = signIn(officer.username());
        mvc.perform(get("/officer").cookie(session)).andExpect(status().isOk());

        departments.dismiss(appointment.id(), appointment.departmentId());

        mvc.perform(get("/officer").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get("/citizen").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionAtOnce() throws Exception {
        Holder holder = anAccount("370202");
        Cookie session = signIn(holder.username());
        mvc.perform(get("/citizen").cookie(session)).andExpect(status().isOk());

        accounts.setEnabled(holder.accountId(), false);

        mvc.perform(get("/citizen").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
    }

    /**
     * Nodes keep accounts and sessions between requests; a change made outside the platform's own code (an operator's
     * SQL, another node) reaches them through PostgreSQL's notice, in milliseconds.
     */
    @Test
    void anAccountDisabledOrASessionDeletedInTheDatabaseByHandIsRefusedAsSoonAsTheNodeIsTold() throws Exception {
        Holder holder = anAccount("370202");
        Cookie first = signIn(holder.username());
        Cookie second = signIn(holder.username());
        mvc.perform(get("/citizen").cookie(first)).andExpect(status().isOk());
        mvc.perform(get("/citizen").cookie(second)).andExpect(status().isOk());

        String secondId = new String(java.util.Base64.getDecoder().decode(second.getValue()), java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(jdbc.sql("delete from spring_session where session_id = ?").param(secondId).update()).isOne();
        assertThat(soonRedirectedToSignIn(second)).as("the deleted session").isTrue();
        mvc.perform(get("/citizen").cookie(first)).andExpect(status().isOk());

        jdbc.sql("update identity.account set enabled = false where id = ?").param(holder.accountId()).update();
        assertThat(soonRedirectedToSignIn(first)).as("the disabled account's session").isTrue();
    }

    private boolean soonRedirectedToSignIn(Cookie session) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
        do {
            String location = mvc.perform(get("/citizen").cookie(session).accept(MediaType.TEXT_HTML)).andReturn().getResponse().getRedirectedUrl();
            if ("/login".equals(location)) {
                return true;
            }
            Thread.sleep(5);
        } while (System.nanoTime() < deadline);
        return false;
    }

    @Test
    void anAdministratorsResetEndsEverySessionAndTheTemporaryPasswordMustBeChangedFirst() throws Exception {
        Holder holder = anAccount("370202");
        Cookie first = signIn(holder.username());
        Cookie second = signIn(holder.username());

        String temporary = accounts.resetPassword(holder.accountId());

        mvc.perform(get("/citizen").cookie(first).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/citizen").cookie(second).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        Cookie afterReset = signIn(holder.username(), temporary);
        mvc.perform(get("/citizen").cookie(afterReset))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/me/password?required"));
    }

    @Test
    void changingOnesOwnPasswordEndsOnesOtherSessionsAndKeepsTheOneThatChangedIt() throws Exception {
        Holder holder = anAccount("370202");
        Cookie here = signIn(holder.username());
        Cookie elsewhere = signIn(holder.username());

        mvc.perform(post("/me/password").cookie(here).with(csrf()).param("currentPassword", PASSWORD)
                        .param("password", "a-new-passphrase-2026").param("passwordConfirmation", "a-new-passphrase-2026"))
                .andExpect(redirectedUrl("/workbench"));

        mvc.perform(get("/citizen").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/citizen").cookie(elsewhere).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aCityDepartmentsAdministratorAppointsInItsDistrictDepartmentButTheDistrictsAdministratorNotInTheCitys() {
        Holder candidate = anAccount("370202");
        DepartmentView city = department("qd-xzsp");
        DepartmentView district = department("sn-xzsp");
        String districtDivision = district.divisionCode();

        actAs(departmentAdministratorOf("qd-xzsp"));
        OfficerView appointed = departments.appoint(new NewOfficer(district.id(), candidate.person().citizenId().value(),
                candidate.person().name(), "窗口受理员", Set.of("OFFICER"), districtDivision));
        assertThat(appointed.departmentId()).isEqualTo(district.id());

        Holder other = anAccount("370202");
        actAs(departmentAdministratorOf("sn-xzsp"));
        assertThatThrownBy(() -> departments.appoint(new NewOfficer(city.id(), other.person().citizenId().value(),
                other.person().name(), "科员", Set.of("OFFICER"), "3702")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(IdentityError.NOT_YOUR_DEPARTMENT));
        assertThat(departments.appointmentsOf(other.person().id())).as("nothing stored").isEmpty();
    }

    @Test
    void anAdministratorWhoseOwnAreaIsOneDistrictCannotGiveAnyoneTheWholeCity() {
        DepartmentView city = department("qd-xzsp");
        Holder chief = anAccount("370202");
        SecurityContextHolder.clearContext();
        departments.appoint(new NewOfficer(city.id(), chief.person().citizenId().value(), chief.person().name(), "市南区片区科长",
                Set.of("OFFICER", "DEPT_ADMIN"), "370202"));
        actAs(new UserAccount(chief.accountId(), chief.username(), chief.person().id(), chief.person().name(),
                Set.of(Role.CITIZEN, Role.OFFICER, Role.DEPT_ADMIN), List.of(city.id()), city.name(), List.of("370202"), Assurance.VERIFIED));

        Holder candidate = anAccount("370202");
        assertThatThrownBy(() -> departments.appoint(new NewOfficer(city.id(), candidate.person().citizenId().value(),
                candidate.person().name(), "科员", Set.of("OFFICER"), "3702")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.code()).isEqualTo(IdentityError.OUTSIDE_SCOPE)));
        assertThat(departments.appoint(new NewOfficer(city.id(), candidate.person().citizenId().value(), candidate.person().name(),
                "科员", Set.of("OFFICER"), "370202")).scopeDivision()).isEqualTo("370202");
    }

    @Test
    void aDepartmentAdministratorCannotGrantAuditorOrDataAdministratorAndNothingIsStored() {
        Holder candidate = anAccount("370202");
        actAs(departmentAdministratorOf("qd-xzsp"));
        DepartmentView approvals = department("qd-xzsp");

        assertThat(departments.grantableIn(approvals.id())).containsExactlyInAnyOrder(Role.OFFICER, Role.DEPT_ADMIN);
        for (String role : List.of("AUDITOR", "DATA_ADMIN")) {
            assertThatThrownBy(() -> departments.appoint(new NewOfficer(approvals.id(), candidate.person().citizenId().value(),
                    candidate.person().name(), "审计员", Set.of(role), "3702")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .anySatisfy(v -> assertThat(v.code()).isEqualTo(IdentityError.ROLE_NOT_GRANTABLE)));
        }
        assertThat(departments.appointmentsOf(candidate.person().id())).as("nothing stored").isEmpty();
    }

    @Test
    void aDepartmentAdministratorCannotAppointInADepartmentThatIsNotTheirs() {
        Holder candidate = anAccount("370202");
        actAs(departmentAdministratorOf("qd-xzsp"));

        assertThatThrownBy(() -> departments.appoint(new NewOfficer(department("qd-scjg").id(), candidate.person().citizenId().value(),
                candidate.person().name(), "科员", Set.of("OFFICER"), "3702")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(IdentityError.NOT_YOUR_DEPARTMENT));
    }

    @Test
    void onlyTheDataBureausAdministratorGrantsDataAdministratorAndOnlyTheAuditOfficesGrantsAuditor() {
        actAs(departmentAdministratorOf("qd-dsj"));
        assertThat(departments.grantableIn(department("qd-dsj").id())).contains(Role.DATA_ADMIN).doesNotContain(Role.AUDITOR);
        actAs(departmentAdministratorOf("qd-sjj"));
        assertThat(departments.grantableIn(department("qd-sjj").id())).contains(Role.AUDITOR).doesNotContain(Role.DATA_ADMIN);
    }

    @Test
    void aShinanOfficerCannotReadALaoshanResidentsFileButCanReadAShinanOnes() {
        PersonView shinan = people.register(Persons.aShinanResident());
        PersonView laoshan = people.register(Persons.aCitizenOf("370212", "370212"));
        actAs(officerWithScope("370202"));

        assertThat(people.readForPurpose(shinan.citizenId().value(), "case-review")).isPresent();
        assertThatThrownBy(() -> people.readForPurpose(laoshan.citizenId().value(), "case-review"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(IdentityError.OUTSIDE_SCOPE));
    }

    @Test
    void aReadWithAPurposeNotOnTheListIsRefusedAndALookUpThatFindsNobodyIsRecordedToo() {
        actAs(officerWithScope("3702"));
        PersonView person = people.register(Persons.aShinanResident());

        assertThatThrownBy(() -> people.readForPurpose(person.citizenId().value(), "curiosity")).isInstanceOf(DomainException.class);
        String nobody = Persons.citizenIdFrom("370211");
        assertThat(people.readForPurpose(nobody, "counter-identification")).isEmpty();

        assertThat(jdbc.sql("select count(*) from audit.record where action = 'identity.person.lookup-found-nobody' and object_id = ?")
                .param(io.onewindow.kernel.privacy.Masking.citizenId(nobody)).query(Long.class).single()).isOne();
    }

    @Test
    void beyondTheHourlyLimitReadsAreRefusedAndTheDataBureauIsAlertedOnce() {
        UserAccount reader = officerWithScope("3702");
        actAs(reader);
        PersonView person = people.register(Persons.aShinanResident());
        for (int i = 0; i < 3; i++) {
            assertThat(people.readForPurpose(person.citizenId().value(), "case-review")).isPresent();
        }

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> people.readForPurpose(person.citizenId().value(), "case-review"))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(IdentityError.READ_LIMIT_REACHED));
        }
        assertThat(jdbc.sql("select count(*) from identity.read_alert where account_id = ?").param(reader.accountId())
                .query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from audit.record where action = 'identity.personal-data.read-limit-reached' and object_id = ?")
                .param(reader.accountId().toString()).query(Long.class).single()).isOne();
    }

    @Test
    void anOfficerBeyondTheHourlyLimitIsShownOnTheDataBureausWorkbenchWithTheirDepartment() throws Exception {
        DepartmentView approvals = department("qd-xzsp");
        String username = Persons.citizenIdFrom("370202");
        UserAccount reader = new UserAccount(UUID.randomUUID(), username, UUID.randomUUID(), "韩立新", Set.of(Role.CITIZEN, Role.OFFICER),
                List.of(approvals.id()), approvals.name(), List.of("3702"), Assurance.VERIFIED);
        actAs(reader);
        PersonView person = people.register(Persons.aShinanResident());
        for (int i = 0; i < 4; i++) {
            try {
                people.readForPurpose(person.citizenId().value(), "case-review");
            } catch (DomainException e) {
                assertThat(e.code()).isEqualTo(IdentityError.READ_LIMIT_REACHED);
            }
        }
        SecurityContextHolder.clearContext();
        long open = jdbc.sql("select count(*) from identity.read_alert where resolved_at is null").query(Long.class).single();

        String workbench = mvc.perform(get("/data-admin").header("Authorization", DATA_ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(workbench).containsPattern("<a href=\"/registers/read-alerts\">个人信息查询超限提醒</a></h2>\\s*<p class=\"figure\">\\s*<span>"
                + open + "</span>");

        String alerts = mvc.perform(get("/registers/read-alerts").header("Authorization", DATA_ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(alerts).contains("个人信息查询超限提醒", "韩立新", approvals.name(), Masking.citizenId(username)).doesNotContain(username);
        String english = mvc.perform(get("/registers/read-alerts").param("lang", "en").header("Authorization", DATA_ADMIN))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Personal data read limit alerts", "Reads within the hour", approvals.nameEn());
    }

    @Test
    void twoRegistrationsOfTheSameCitizenIdAtOnceEndInOnePersonAndAnAlreadyRegisteredNeverAFailure() throws Exception {
        NewPerson twice = Persons.aShinanResident();
        Callable<String> register = () -> {
            try {
                people.register(twice);
                return "registered";
            } catch (InvalidInputException e) {
                return e.violations().get(0).code().toString();
            }
        };
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<String> outcomes = new java.util.ArrayList<>();
        for (var future : pool.invokeAll(List.of(register, register, register, register))) {
            outcomes.add(future.get());
        }
        pool.shutdown();

        assertThat(outcomes).containsOnlyOnce("registered").containsOnly("registered", IdentityError.PERSON_ALREADY_REGISTERED.toString());
    }

    @Test
    void aSelfDeclaredLegalRepresentativeCannotActForTheEnterpriseUntilAnOfficerVerifiesThemAtACounter() throws Exception {
        Holder holder = anAccount("370202");
        jdbc.sql("update identity.account set assurance_level = 1, assured_by = 'sign-up' where id = :id").param("id", holder.accountId()).update();
        EnterpriseView company = enterprises.register(Companies.of(holder.person().citizenId().value(), "青岛实名测试有限公司", "370202", "I",
                "2020-01-02"));

        assertThat(signIn.loadUserByUsername(holder.username()).getAuthorities()).extracting(Object::toString)
                .contains("ROLE_CITIZEN").doesNotContain("ROLE_ENTERPRISE");
        mvc.perform(get("/enterprises/" + company.id()).with(user(signIn.loadUserByUsername(holder.username()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/benefit-offers").with(user(signIn.loadUserByUsername(holder.username()))))
                .andExpect(status().isForbidden());

        mvc.perform(post("/counter/verify/" + holder.accountId()).with(user(signIn.loadUserByUsername("officer"))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(signIn.loadUserByUsername(holder.username()).getAuthorities()).extracting(Object::toString).contains("ROLE_ENTERPRISE");
        mvc.perform(get("/enterprises/" + company.id()).with(user(signIn.loadUserByUsername(holder.username()))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/benefit-offers").with(user(signIn.loadUserByUsername(holder.username()))))
                .andExpect(status().isOk());
    }

    /** A registered person with an account opened for them (verified by the administrator). */
    private Holder anAccount(String county) {
        PersonView person = people.register(Persons.aCitizenOf(county, county));
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        AccountSummary account = accounts.open(new NewAccount(username, person.citizenId().value(), PASSWORD, false));
        return new Holder(person, username, account.id());
    }

    record Holder(PersonView person, String username, UUID accountId) {
    }

    private Cookie signIn(String username) throws Exception {
        return signIn(username, PASSWORD);
    }

    private Cookie signIn(String username, String password) throws Exception {
        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        return session;
    }

    private DepartmentView department(String code) {
        return departments.findByCode(code).orElseThrow();
    }

    private UserAccount departmentAdministratorOf(String code) {
        DepartmentView department = department(code);
        OfficerView administrator = departments.officersOf(department.id()).stream()
                .filter(o -> o.roles().contains(Role.DEPT_ADMIN)).findFirst().orElseThrow();
        return new UserAccount(UUID.randomUUID(), "admin-of-" + code, administrator.personId(), administrator.personName(),
                Set.of(Role.CITIZEN, Role.OFFICER, Role.DEPT_ADMIN), List.of(department.id()), department.name(),
                List.of(department.divisionCode()), Assurance.VERIFIED);
    }

    private static UserAccount officerWithScope(String division) {
        return new UserAccount(UUID.randomUUID(), "officer-" + division, UUID.randomUUID(), "窗口受理员", Set.of(Role.CITIZEN, Role.OFFICER),
                List.of(UUID.randomUUID()), "青岛市行政审批服务局", List.of(division), Assurance.VERIFIED);
    }

    private static void actAs(UserAccount user) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken((CurrentUser.Holder) () -> user, null));
    }
}
