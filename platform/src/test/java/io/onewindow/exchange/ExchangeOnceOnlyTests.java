package io.onewindow.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.cases.Applicant;
import io.onewindow.cases.ApplicationParties;
import io.onewindow.cases.AttachedMaterial;
import io.onewindow.cases.MaterialSource;
import io.onewindow.cases.OfferedMaterial;
import io.onewindow.cases.PrefillSource;
import io.onewindow.cases.PrefilledAnswer;
import io.onewindow.cases.RegisteredApplicant;
import io.onewindow.catalogue.Material;
import io.onewindow.catalogue.ServiceCatalogue;
import io.onewindow.catalogue.ServiceItem;
import io.onewindow.exchange.internal.Corrections;
import io.onewindow.exchange.internal.SharingDesk;
import io.onewindow.exchange.internal.SharingRequest;
import io.onewindow.exchange.internal.SharingStore;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.testing.Persons;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Once-only through grants, bound to the department that reviews: a form of 行政审批局's item is prefilled
 * from the population register under that bureau's grant (clear values, as granted), naming the source; an
 * item of a department without a grant gets nothing; a material that names POPULATION is offered in an
 * application 行政审批局 reviews and, once attached, carries the granted items as verified facts, while the same
 * applicant's application to a department without a grant is offered nothing and must hand the paper in; a
 * grant revoked between offer and consent attaches nothing; every read is recorded for the person, with the
 * purpose and the department it was read for.
 */
// The catalogue's demo items are the forms and materials the seams are asked about.
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "catalogue")
class ExchangeOnceOnlyTests {

    @Autowired
    List<PrefillSource> prefills;

    @Autowired
    List<MaterialSource> materials;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Corrections corrections;

    @Autowired
    io.onewindow.identity.Departments departments;

    @Autowired
    SharingDesk desk;

    @Autowired
    SharingStore sharing;

    @Test
    void theApprovalBureausFormIsPrefilledFromThePopulationRegisterThroughItsGrantNamingTheSource() {
        PersonView person = people.register(Persons.aShinanResident());
        ServiceItem food = catalogue.find("370200-XZSP-XK-0001").orElseThrow();
        ServiceItem hygiene = catalogue.find("370200-XZSP-XK-0002").orElseThrow();
        Map<String, Map<String, PrefilledAnswer>> both = prefill().prefill(RegisteredApplicant.person(UUID.randomUUID(), person),
                List.of(food, hygiene));
        assertThat(both).as("both forms of the bureau are filled").containsOnlyKeys(food.code(), hygiene.code());
        Map<String, PrefilledAnswer> answers = both.get(food.code());

        assertThat(answers).isNotEmpty();
        assertThat(answers.values()).extracting(PrefilledAnswer::value).contains(person.name());
        assertThat(answers.values()).allSatisfy(a -> assertThat(a.source().zh()).isEqualTo("青岛市公安局 人口基础信息"));
        assertThat(accesses(person.id())).as("one read for the bureau, however many of its forms it filled").isEqualTo(1);
        assertThat(readFor(person.id())).containsExactly(department("qd-xzsp").toString());

        ServiceItem birth = catalogue.find("370200-WJW-QR-0001").orElseThrow();
        assertThat(prefill().prefill(RegisteredApplicant.person(UUID.randomUUID(), person), List.of(birth)))
                .as("卫健委 holds no grant on the population register").isEmpty();
        assertThat(prefill().prefill(RegisteredApplicant.person(UUID.randomUUID(), person), List.of(birth, food)))
                .as("asked for both departments' items at once, each answered under its own department's grant")
                .containsOnlyKeys(food.code());
    }

    @Test
    void aMaterialNamingThePopulationRegisterIsOfferedAndAttachedWithTheGrantedItemsAsVerifiedFacts() {
        PersonView person = people.register(Persons.aShinanResident());
        ApplicationParties toTheBureau = new ApplicationParties(Applicant.person(UUID.randomUUID(), person.id()), department("qd-xzsp"));
        Material material = idCardOf("370200-XZSP-XK-0001");
        List<OfferedMaterial> offers = material().offers(toTheBureau, material);
        assertThat(offers).singleElement().satisfies(o -> assertThat(o.reference()).isEqualTo("POPULATION"));

        AttachedMaterial attached = material().attach(toTheBureau, material, offers.get(0), UUID.randomUUID());
        assertThat(attached.verifiedFacts()).containsEntry("citizenId", person.citizenId().value()).containsEntry("name", person.name())
                .doesNotContainKey("birthDate");
        assertThat(accesses(person.id())).as("one read for the bureau, however many of its forms it filled").isEqualTo(1);
        assertThat(readFor(person.id())).containsExactly(department("qd-xzsp").toString());

        Material tax = new Material("tax", io.onewindow.catalogue.Text.of("完税证明", "Tax certificate"), null, 1, true, null, "CRIMINAL_RECORD", null);
        assertThat(material().offers(toTheBureau, tax)).as("a resource that is not shared stands for nothing").isEmpty();
    }

    @Test
    void theSameApplicantApplyingToADepartmentWithoutAGrantIsNotOfferedThePopulationRecordsAnotherDepartmentMayRead() {
        PersonView person = people.register(Persons.aShinanResident());
        Applicant applicant = Applicant.person(UUID.randomUUID(), person.id());
        ApplicationParties toTheBureau = new ApplicationParties(applicant, department("qd-xzsp"));
        ApplicationParties toHealth = new ApplicationParties(applicant, department("qd-wjw"));
        List<OfferedMaterial> offeredToTheBureau = material().offers(toTheBureau, idCardOf("370200-XZSP-XK-0001"));
        assertThat(offeredToTheBureau).as("行政审批局 holds a grant").hasSize(1);

        Material birthIdCard = idCardOf("370200-WJW-QR-0001");
        assertThat(material().offers(toHealth, birthIdCard)).as("卫健委 holds none: the applicant uploads the card").isEmpty();
        assertThatThrownBy(() -> material().attach(toHealth, birthIdCard, offeredToTheBureau.get(0), UUID.randomUUID()))
                .as("nor is the bureau's offer taken into 卫健委's case")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ExchangeError.NO_GRANT));
        assertThat(accesses(person.id())).as("nobody's data was read").isZero();
    }

    @Test
    void aGrantRevokedBetweenOfferAndConsentAttachesNothing() {
        PersonView person = people.register(Persons.aShinanResident());
        UUID housing = department("qd-zjj");
        SharingRequest request = desk.apply(new SharingDesk.Application("POPULATION", housing, "case-review", "租赁备案时核验承租人身份",
                "《商品房屋租赁管理办法》第十四条", List.of("citizenId", "name"), false));
        desk.decide(request.id(), new SharingDesk.Decision(List.of("citizenId", "name"), false, null, "核验身份，姓名脱敏。"));
        ApplicationParties toHousing = new ApplicationParties(Applicant.person(UUID.randomUUID(), person.id()), housing);
        Material idCard = idCardOf("370200-ZJJ-BA-0001");
        List<OfferedMaterial> offers = material().offers(toHousing, idCard);
        assertThat(offers).as("offered under 住建局's new grant").singleElement()
                .satisfies(o -> assertThat(o.reference()).isEqualTo("POPULATION"));

        desk.revoke(sharing.grantsOn("POPULATION", housing).get(0).id(), "备案系统改为现场核验。");
        assertThat(material().offers(toHousing, idCard)).isEmpty();
        assertThatThrownBy(() -> material().attach(toHousing, idCard, offers.get(0), UUID.randomUUID()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ExchangeError.NO_GRANT));
        assertThat(accesses(person.id())).isZero();
    }

    @Test
    void aSystemFlagsOnlyAValueItsGrantCoversAndTheProviderCorrectsItAsANewVersionKeepingTheOldValue() {
        String subject = jdbc.sql("select subject from exchange.record where resource_code = 'MARRIAGE' limit 1").query(String.class).single();
        UUID rsj = department("qd-rsj");
        long before = jdbc.sql("select count(*) from exchange.correction").query(Long.class).single();

        assertThatThrownBy(() -> corrections.flag(new Corrections.Flag("MARRIAGE", subject, 1, "status", "已婚", "结婚证显示已婚。", rsj, null)))
                .as("人社局 holds no grant on the marriage register yet")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ExchangeError.NO_GRANT));
        SharingRequest request = desk.apply(new SharingDesk.Application("MARRIAGE", rsj, "case-review", "生育津贴审核时核验婚姻状况",
                "《山东省职工生育保险规定》第十五条", List.of("citizenId", "status", "registeredOn"), false));
        desk.decide(request.id(), new SharingDesk.Decision(List.of("citizenId", "status"), false, null, "登记日期不属于核验所必需。"));
        assertThatThrownBy(() -> corrections.flag(new Corrections.Flag("MARRIAGE", subject, 1, "registeredOn", "2019-05-20",
                "申请人提供的结婚证登记日期为2019年5月20日。", rsj, null)))
                .as("the registration date is not granted")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ExchangeError.ITEM_NOT_GRANTED));
        assertThat(jdbc.sql("select count(*) from exchange.correction").query(Long.class).single()).as("nothing flagged").isEqualTo(before);
        assertThatThrownBy(() -> corrections.flag(new Corrections.Flag("MARRIAGE", subject, 1, "status", "已婚", "核".repeat(1_000_000), rsj, null)))
                .as("a reason that would fill the provider's page")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.code()).isEqualTo(ExchangeError.TOO_LONG)));
        assertThat(jdbc.sql("select count(*) from exchange.correction").query(Long.class).single()).isEqualTo(before);

        Corrections.Correction flagged = corrections.flag(new Corrections.Flag("MARRIAGE", subject, 1, "status", "已婚",
                "申请人提供的结婚证显示已婚。", rsj, null));
        assertThat(flagged.state()).isEqualTo("OPEN");
        assertThat(flagged.dueOn()).isAfter(flagged.flaggedAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate());

        Corrections.Correction answered = corrections.answer(flagged.id(), true, "已核对婚姻登记档案，予以更正。");
        assertThat(answered.state()).isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("select data->>'status' from exchange.record where resource_code = 'MARRIAGE' and subject = ? and seq = 1")
                .param(subject).query(String.class).single()).isEqualTo("已婚");
        assertThat(corrections.versions("MARRIAGE", subject, 1)).singleElement()
                .satisfies(v -> assertThat(v.get("data").toString()).contains(flagged.currentValue()));
        assertThat(jdbc.sql("select count(*) from audit.record where action in ('exchange.correction.flagged', 'exchange.correction.answered') and object_id = ?")
                .param(flagged.id().toString()).query(Long.class).single()).isEqualTo(2);

        assertThatThrownBy(() -> corrections.flag(new Corrections.Flag("POPULATION", subject, 1, "name", "王五", "错了", rsj, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ExchangeError.NOT_CORRECTABLE));
    }

    private PrefillSource prefill() {
        return prefills.stream().filter(p -> p.getClass().getPackageName().startsWith("io.onewindow.exchange")).findFirst().orElseThrow();
    }

    private MaterialSource material() {
        return materials.stream().filter(p -> p.getClass().getPackageName().startsWith("io.onewindow.exchange")).findFirst().orElseThrow();
    }

    private Material idCardOf(String item) {
        return catalogue.find(item).orElseThrow().materials().stream().filter(m -> "POPULATION".equals(m.satisfiedByData()))
                .findFirst().orElseThrow();
    }

    private UUID department(String code) {
        return departments.findByCode(code).orElseThrow().id();
    }

    /** The departments the person's population records were read for. */
    private List<String> readFor(UUID person) {
        return jdbc.sql("select detail->>'forDepartment' from audit.record where action = 'personal-data.accessed' and subject = ? "
                + "and object_type = 'exchange.population'").param(person).query(String.class).list();
    }

    private long accesses(UUID person) {
        return jdbc.sql("select count(*) from audit.record where action = 'personal-data.accessed' and subject = ? and object_type = 'exchange.population'")
                .param(person).query(Long.class).single();
    }
}
