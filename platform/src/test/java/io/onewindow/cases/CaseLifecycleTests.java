package io.onewindow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.onewindow.cases.internal.ApplicationRow;
import io.onewindow.cases.internal.CaseRow;
import io.onewindow.cases.internal.CaseStore;
import io.onewindow.cases.internal.CaseWork;
import io.onewindow.cases.internal.Filing;
import io.onewindow.cases.internal.MaterialStore;
import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.kernel.access.AccessError;
import io.onewindow.kernel.access.Assurance;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.testing.Persons;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lifecycle against the database, with the demo city's catalogue: a bundle filed once becomes one case
 * per member at its department; officers act only on their department's cases within their divisions; an
 * illegal or stale action changes nothing (no state, no history, no audit record); a correction is resubmitted
 * by the applicant; concluding publishes CaseConcluded to listeners; material and prefill sources plug in,
 * each asked for the department that reviews, and a consent whose offer is gone refuses the submission.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(TestSources.class)
class CaseLifecycleTests {

    static final String BUNDLE = "370200-YJS-0001";
    /** 食品经营许可, reviewed by 行政审批局, a member of the bundle. */
    static final String FOOD = "370200-XZSP-XK-0001";

    @Autowired
    Filing filing;
    @Autowired
    CaseWork work;
    @Autowired
    CaseStore store;
    @Autowired
    MaterialStore materials;
    @Autowired
    People people;
    @Autowired
    Departments departments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aBundleFiledOnceBecomesOneCasePerMemberAtItsDepartmentWithTheSharedAnswersInEach() {
        UserAccount citizen = aCitizen();
        ApplicationRow application = applyForTheRestaurantBundle(citizen);

        List<CaseRow> cases = store.casesOf(application.id());
        assertThat(cases).extracting(CaseRow::itemCode)
                .containsExactlyInAnyOrder("370200-SCJG-XK-0001", "370200-XZSP-XK-0001", "370200-XZSP-XK-0002", "370200-XZSP-XK-0003");
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.file().state()).isEqualTo(CaseState.SUBMITTED);
            assertThat(c.answers()).containsEntry("shopName", "王记水饺").containsEntry("applicantName", citizen.displayName());
        });
        assertThat(cases.stream().filter(c -> c.itemCode().equals("370200-SCJG-XK-0001")).findFirst().orElseThrow().departmentId())
                .isEqualTo(department("qd-scjg").id());
        assertThat(cases.stream().filter(c -> c.itemCode().equals("370200-XZSP-XK-0003")).findFirst().orElseThrow().answers())
                .as("prefilled by a source on the platform").containsEntry("signText", "王记水饺");
        assertThat(materials.of(application.id())).filteredOn(MaterialStore.Row::verified)
                .as("the business licence the applicant consented to, attached once per member that asks for it").hasSize(3)
                .allSatisfy(m -> assertThat(m.verifiedFacts()).containsEntry("status", "valid"));
        assertThat(TestSources.ATTACHED_TO).containsAll(cases.stream().filter(c -> !c.itemCode().startsWith("370200-SCJG")).map(CaseRow::id).toList());
        assertThat(jdbc.sql("select count(*) from audit.record where action = 'cases.case.submit' and object_id in (:ids)")
                .param("ids", cases.stream().map(c -> c.id().toString()).toList()).query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select detail->'cases' from audit.record where action = 'cases.application.submitted' and object_id = ?")
                .param(application.id().toString()).query(String.class).single())
                .as("the submission is one audited action naming its cases").contains(cases.get(0).id().toString(), cases.get(3).id().toString());
    }

    @Test
    void aFilingInsideACallersTransactionCanBeActedOnBeforeThatTransactionEnds() {
        UserAccount citizen = aCitizen();
        UserAccount officer = anOfficerOf("qd-scjg");

        // As the demo data does: one transaction files applications and takes each case on through its lifecycle.
        CaseRow accepted = new TransactionTemplate(transactions).execute(status -> {
            CaseRow scjg = caseOf(applyForTheRestaurantBundle(citizen), "370200-SCJG-XK-0001");
            work.act(scjg.id(), CaseAction.ACCEPT, null, null, officer);
            return store.find(scjg.id()).orElseThrow();
        });

        assertThat(accepted.file().state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(store.find(accepted.id()).orElseThrow().file().state()).isEqualTo(CaseState.ACCEPTED);
    }

    @Test
    void aDraftKeptToReturnToIsRecordedAsStartedAndAnApplicationFiledAtOnceOnlyAsSubmitted() {
        UserAccount citizen = aCitizen();
        ApplicationRow draft = filing.start(BUNDLE, citizen);
        ApplicationRow filed = applyForTheRestaurantBundle(citizen);

        assertThat(recorded("cases.application.drafted", draft.id())).isEqualTo(1);
        assertThat(recorded("cases.application.drafted", filed.id())).as("no draft of it was ever kept").isZero();
        assertThat(recorded("cases.application.submitted", filed.id())).isEqualTo(1);
    }

    private long recorded(String action, UUID applicationId) {
        return jdbc.sql("select count(*) from audit.record where action = ? and object_id = ?").params(action, applicationId.toString())
                .query(Long.class).single();
    }

    @Test
    void badAnswersAreAllListedAndNothingIsFiled() {
        UserAccount citizen = aCitizen();
        long before = jdbc.sql("select count(*) from cases.case_file").query(Long.class).single();
        assertThatThrownBy(() -> filing.applyAtOnce(BUNDLE, Map.of("shopName", "王", "floorArea", "大", "phone", "12"), Map.of(), citizen))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
                        .contains("shopName", "floorArea", "phone"));
        assertThat(jdbc.sql("select count(*) from cases.case_file").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anIllegalTransitionIsRefusedAndLeavesNoTrace() {
        UserAccount citizen = aCitizen();
        CaseRow scjg = caseOf(applyForTheRestaurantBundle(citizen), "370200-SCJG-XK-0001");
        UserAccount officer = anOfficerOf("qd-scjg");
        long records = jdbc.sql("select count(*) from audit.record where object_id = ?").param(scjg.id().toString()).query(Long.class).single();

        assertThatThrownBy(() -> work.act(scjg.id(), CaseAction.APPROVE, null, null, officer))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(CaseError.ILLEGAL_TRANSITION);
                    assertThat(e.arguments()).containsEntry("from", "SUBMITTED").containsEntry("action", "APPROVE");
                });

        CaseRow after = store.find(scjg.id()).orElseThrow();
        assertThat(after.file()).isEqualTo(scjg.file());
        assertThat(store.history(List.of(scjg.id()))).hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit.record where object_id = ?").param(scjg.id().toString()).query(Long.class).single())
                .isEqualTo(records);
    }

    @Test
    void theApplicantsPhoneIsToldOfABundlesSubmissionOnceAndOfEachLaterChangeOnceItHasCommittedButNeverOfOneRolledBack() {
        UserAccount citizen = aCitizen();
        String phone = people.find(citizen.personId()).orElseThrow().phone();
        CaseRow scjg = caseOf(applyForTheRestaurantBundle(citizen), "370200-SCJG-XK-0001");
        // One message for the bundle's four cases.
        await().atMost(Duration.ofSeconds(10)).until(() -> textsTo(phone).size() == 1);
        UserAccount officer = anOfficerOf("qd-scjg");

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            work.act(scjg.id(), CaseAction.ACCEPT, null, null, officer);
            status.setRollbackOnly();
        });
        work.act(scjg.id(), CaseAction.ACCEPT, null, null, officer);

        await().atMost(Duration.ofSeconds(10)).until(() -> textsTo(phone).size() == 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> textsTo(phone).size() == 2);
    }

    private static List<TestSources.SentText> textsTo(String phone) {
        return TestSources.TEXTS.stream().filter(t -> t.mobile().equals(phone)).toList();
    }

    @Test
    void aStaleActionAndAnOfficerOfAnotherDepartmentAreRefused() {
        CaseRow scjg = caseOf(applyForTheRestaurantBundle(aCitizen()), "370200-SCJG-XK-0001");
        UserAccount officer = anOfficerOf("qd-scjg");
        work.act(scjg.id(), CaseAction.ACCEPT, scjg.file().lockVersion(), null, officer);

        assertThatThrownBy(() -> work.act(scjg.id(), CaseAction.START_REVIEW, scjg.file().lockVersion(), null, officer))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(CaseError.STALE));
        assertThatThrownBy(() -> work.act(scjg.id(), CaseAction.START_REVIEW, null, null, anOfficerOf("qd-xzsp")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(CaseError.NOT_AN_OFFICER));
        assertThat(store.find(scjg.id()).orElseThrow().file().state()).isEqualTo(CaseState.ACCEPTED);
    }

    @Test
    void anOfficerDoesNotWorkAnApplicationOfTheirOwn() {
        UserAccount officer = anOfficerOf("qd-xzsp");
        CaseRow own = store.casesOf(filing.applyAtOnce(FOOD, foodAnswers(), Map.of(), officer).id()).get(0);

        assertThatThrownBy(() -> work.act(own.id(), CaseAction.ACCEPT, null, null, officer))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(CaseError.OWN_APPLICATION));
        assertThatThrownBy(() -> work.claim(own.id(), officer)).isInstanceOf(DomainException.class);
        assertThat(work.mayWork(own, officer)).isFalse();
        assertThat(store.find(own.id()).orElseThrow().file().state()).isEqualTo(own.file().state());
    }

    @Test
    void administeringOneDepartmentGivesNoAdministratorsPowersInAnotherWhereOneIsOnlyAnOfficer() {
        DepartmentView xzsp = department("qd-xzsp");
        var clerk = departments.officersOf(xzsp.id()).get(0);
        // Roles and departments as they are merged over every appointment: an administrator somewhere, an officer here.
        UserAccount merged = new UserAccount(UUID.randomUUID(), "m" + clerk.personId(), clerk.personId(), clerk.personName(),
                Set.of(Role.OFFICER, Role.DEPT_ADMIN), List.of(xzsp.id(), department("qd-scjg").id()), xzsp.name(),
                List.of(xzsp.divisionCode()), Assurance.VERIFIED);
        CaseRow food = store.casesOf(filing.applyAtOnce(FOOD, foodAnswers(), Map.of(), aCitizen()).id()).get(0);

        assertThatThrownBy(() -> work.escalate(food.id(), merged))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(CaseError.NOT_THE_DEPARTMENTS_ADMIN));
        assertThatThrownBy(() -> work.assign(food.id(), clerk.personId(), merged)).isInstanceOf(DomainException.class);
        assertThat(store.find(food.id()).orElseThrow().escalatedAt()).isNull();
        // As the officer they are here, they work it.
        work.act(food.id(), CaseAction.ACCEPT, null, null, merged);
        assertThat(store.find(food.id()).orElseThrow().file().state()).isEqualTo(CaseState.ACCEPTED);
    }

    @Test
    void aCorrectionIsResubmittedByTheApplicantAndConcludingTellsTheListeners() {
        UserAccount citizen = aCitizen();
        ApplicationRow application = applyForTheRestaurantBundle(citizen);
        CaseRow scjg = caseOf(application, "370200-SCJG-XK-0001");
        UserAccount officer = anOfficerOf("qd-scjg");

        work.act(scjg.id(), CaseAction.REQUEST_CORRECTION, null, "请补充租赁合同", officer);
        assertThatThrownBy(() -> work.act(scjg.id(), CaseAction.RESUBMIT, null, null, officer))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(CaseError.NOT_YOURS));
        filing.upload(application.id(), "premises-proof", "lease.pdf", "%PDF-1.7 lease".getBytes(), citizen);
        work.act(scjg.id(), CaseAction.RESUBMIT, null, null, citizen);
        work.act(scjg.id(), CaseAction.ACCEPT, null, null, officer);
        work.act(scjg.id(), CaseAction.START_REVIEW, null, null, officer);
        work.act(scjg.id(), CaseAction.APPROVE, null, null, officer);
        CaseRow concluded = work.act(scjg.id(), CaseAction.CONCLUDE, null, null, officer);

        assertThat(concluded.file().state()).isEqualTo(CaseState.CONCLUDED);
        assertThat(concluded.decision()).isEqualTo("APPROVED");
        assertThat(store.history(List.of(scjg.id()))).extracting(CaseStore.Event::action)
                .containsExactly("SUBMIT", "REQUEST_CORRECTION", "RESUBMIT", "ACCEPT", "START_REVIEW", "APPROVE", "CONCLUDE");
        assertThat(store.history(List.of(scjg.id())).get(1).reason()).isEqualTo("请补充租赁合同");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(TestSources.CONCLUDED)
                .anySatisfy(e -> {
                    assertThat(e.caseId()).isEqualTo(scjg.id());
                    assertThat(e.decision()).isEqualTo(CaseConcluded.Decision.APPROVED);
                    assertThat(e.answers()).containsEntry("shopName", "王记水饺");
                    assertThat(e.applicant().subjectId()).isEqualTo(citizen.personId());
                }));
        assertThat(jdbc.sql("select count(*) from cases.notice where application_id = ?").param(application.id()).query(Long.class).single())
                .as("a notice for every change").isEqualTo(4 + 6);
    }

    @Test
    void anUploadIsRecognisedByItsContentNotItsName() {
        UserAccount citizen = aCitizen();
        ApplicationRow draft = filing.start(BUNDLE, citizen);
        assertThatThrownBy(() -> filing.upload(draft.id(), "layout-plan", "plan.pdf", "<script>alert(1)</script>".getBytes(), citizen))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).code()).isEqualTo(CaseError.UPLOAD_TYPE));
        filing.upload(draft.id(), "layout-plan", "plan.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}, citizen);
        assertThat(materials.of(draft.id())).singleElement().satisfies(m -> assertThat(m.contentType()).isEqualTo("image/png"));
    }

    @Test
    void sharedRecordsGrantedToOneDepartmentStandForTheIdCardInItsItemButNotInABundleAnotherDepartmentAlsoReviews() {
        UserAccount citizen = aCitizen();
        ApplicationRow food = filing.start(FOOD, citizen);
        assertThat(offersFor(food, "id-card", citizen)).as("行政审批局 reviews and holds the grant").containsExactly("exchange/POPULATION");

        ApplicationRow bundle = filing.start(BUNDLE, citizen);
        assertThat(offersFor(bundle, "id-card", citizen)).as("市场监管局 reviews a member too and holds no grant: the card is handed in once for all")
                .isEmpty();
        assertThat(offersFor(bundle, "business-licence", citizen)).as("a held licence serves every department").isNotEmpty();
        assertThatThrownBy(() -> filing.consent(bundle.id(), "id-card", "exchange/POPULATION", citizen))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.code()).isEqualTo(CaseError.OFFER_UNKNOWN)));
    }

    @Test
    void sharedRecordsWithdrawnAfterConsentRefuseTheSubmissionOnThatMaterialUntilTheCardIsUploaded() {
        UserAccount citizen = aCitizen();
        ApplicationRow draft = filing.start(FOOD, citizen);
        foodAnswers().forEach((key, value) -> filing.answer(draft.id(), key, value, citizen));
        filing.consent(draft.id(), "id-card", "exchange/POPULATION", citizen);
        try {
            TestSources.SHARED_RECORDS_WITHDRAWN.set(true);
            assertThatThrownBy(() -> filing.submit(draft.id(), citizen))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                            .satisfies(v -> assertThat(v.field()).isEqualTo("id-card")));
            assertThat(store.casesOf(draft.id())).as("nothing filed without the card").isEmpty();

            filing.upload(draft.id(), "id-card", "card.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}, citizen);
            assertThat(filing.submit(draft.id(), citizen)).hasSize(1);
            assertThat(materials.of(draft.id())).filteredOn(m -> m.key().equals("id-card")).singleElement()
                    .satisfies(m -> assertThat(m.verified()).isFalse());
        } finally {
            TestSources.SHARED_RECORDS_WITHDRAWN.set(false);
        }
    }

    @Test
    void aSelfDeclaredApplicantIsOfferedNoLicenceOrSharedDataAndAConsentSentByApiIsRefused() {
        UserAccount verified = aCitizen();
        UserAccount citizen = new UserAccount(UUID.randomUUID(), "s" + verified.personId(), verified.personId(), verified.displayName(),
                Set.of(Role.CITIZEN), List.of(), null, List.of(), Assurance.SELF_DECLARED);
        ApplicationRow food = filing.start(FOOD, citizen);
        assertThat(offersFor(food, "id-card", citizen)).isEmpty();
        assertThat(offersFor(food, "id-card", verified)).as("the same person, verified, is offered the register's record")
                .containsExactly("exchange/POPULATION");
        assertThatThrownBy(() -> filing.consent(food.id(), "id-card", "exchange/POPULATION", citizen))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> filing.applyAtOnce(FOOD, foodAnswers(), Map.of("id-card", "exchange/POPULATION"), citizen))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(AccessError.REAL_NAME_REQUIRED));
    }

    private List<String> offersFor(ApplicationRow application, String materialKey, UserAccount viewer) {
        return filing.materialsOf(application, viewer).stream().filter(n -> n.material().key().equals(materialKey)).findFirst().orElseThrow()
                .offers().stream().map(o -> o.source() + "/" + o.reference()).toList();
    }

    private static Map<String, String> foodAnswers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("shopName", "王记水饺");
        answers.put("businessAddress", "青岛市市南区香港中路10号");
        answers.put("businessScope", "餐饮服务");
        answers.put("floorArea", "80");
        return answers;
    }

    private ApplicationRow applyForTheRestaurantBundle(UserAccount citizen) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("shopName", "王记水饺");
        answers.put("businessAddress", "青岛市市南区香港中路10号");
        answers.put("businessScope", "餐饮服务");
        answers.put("floorArea", "80");
        answers.put("signSize", "3米×1米");
        ApplicationRow draft = filing.start(BUNDLE, citizen);
        String licence = filing.materialsOf(draft, citizen).stream().filter(n -> n.material().key().equals("business-licence")).findFirst()
                .orElseThrow().offers().get(0).reference();
        return filing.applyAtOnce(BUNDLE, answers, Map.of("business-licence", "licences/" + licence), citizen);
    }

    private CaseRow caseOf(ApplicationRow application, String item) {
        return store.casesOf(application.id()).stream().filter(c -> c.itemCode().equals(item)).findFirst().orElseThrow();
    }

    private UserAccount aCitizen() {
        PersonView person = people.register(Persons.aShinanResident());
        return new UserAccount(UUID.randomUUID(), "c" + person.id(), person.id(), person.name(), Set.of(Role.CITIZEN), List.of(), null,
                List.of(), Assurance.VERIFIED);
    }

    private UserAccount anOfficerOf(String code) {
        DepartmentView department = department(code);
        var officer = departments.officersOf(department.id()).get(0);
        return new UserAccount(UUID.randomUUID(), "o" + officer.personId(), officer.personId(), officer.personName(),
                Set.of(Role.OFFICER, Role.CITIZEN), List.of(department.id()), department.name(), List.of(department.divisionCode()),
                Assurance.VERIFIED);
    }

    private DepartmentView department(String code) {
        return departments.findByCode(code).orElseThrow();
    }
}
