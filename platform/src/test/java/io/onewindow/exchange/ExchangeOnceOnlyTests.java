package io.onewindow.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.cases.Applicant;
import io.onewindow.cases.AttachedMaterial;
import io.onewindow.cases.MaterialSource;
import io.onewindow.cases.OfferedMaterial;
import io.onewindow.cases.PrefillSource;
import io.onewindow.cases.PrefilledAnswer;
import io.onewindow.catalogue.Material;
import io.onewindow.catalogue.ServiceCatalogue;
import io.onewindow.catalogue.ServiceItem;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.testing.Persons;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Once-only through grants: a form of 行政审批局's item is prefilled from the population register under that
 * bureau's grant (clear values, as granted), naming the source; an item of a department without a grant
 * gets nothing; a material that names POPULATION is offered and, once attached, carries the granted items as
 * verified facts; every read is recorded for the person.
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
    io.onewindow.exchange.internal.Corrections corrections;

    @Autowired
    io.onewindow.identity.Departments departments;

    @Test
    void theApprovalBureausFormIsPrefilledFromThePopulationRegisterThroughItsGrantNamingTheSource() {
        PersonView person = people.register(Persons.aShinanResident());
        ServiceItem food = catalogue.find("370200-XZSP-XK-0001").orElseThrow();
        Map<String, PrefilledAnswer> answers = prefill().prefill(Applicant.person(UUID.randomUUID(), person.id()), food);

        assertThat(answers).isNotEmpty();
        assertThat(answers.values()).extracting(PrefilledAnswer::value).contains(person.name());
        assertThat(answers.values()).allSatisfy(a -> assertThat(a.source().zh()).isEqualTo("青岛市公安局 人口基础信息"));
        assertThat(accesses(person.id())).isEqualTo(1);

        ServiceItem birth = catalogue.find("370200-WJW-QR-0001").orElseThrow();
        assertThat(prefill().prefill(Applicant.person(UUID.randomUUID(), person.id()), birth))
                .as("卫健委 holds no grant on the population register").isEmpty();
    }

    @Test
    void aMaterialNamingThePopulationRegisterIsOfferedAndAttachedWithTheGrantedItemsAsVerifiedFacts() {
        PersonView person = people.register(Persons.aShinanResident());
        Applicant applicant = Applicant.person(UUID.randomUUID(), person.id());
        Material material = catalogue.find("370200-XZSP-XK-0001").orElseThrow().materials().stream()
                .filter(m -> "POPULATION".equals(m.satisfiedByData())).findFirst()
                .orElseGet(() -> new Material("id-card", io.onewindow.catalogue.Text.of("身份证", "ID card"), null, 1, true, null, "POPULATION", null));
        List<OfferedMaterial> offers = material().offers(applicant, material);
        assertThat(offers).singleElement().satisfies(o -> assertThat(o.reference()).isEqualTo("POPULATION"));

        AttachedMaterial attached = material().attach(applicant, material, offers.get(0), UUID.randomUUID());
        assertThat(attached.verifiedFacts()).containsEntry("citizenId", person.citizenId().value()).containsEntry("name", person.name())
                .doesNotContainKey("birthDate");
        assertThat(accesses(person.id())).isEqualTo(1);

        Material tax = new Material("tax", io.onewindow.catalogue.Text.of("完税证明", "Tax certificate"), null, 1, true, null, "CRIMINAL_RECORD", null);
        assertThat(material().offers(applicant, tax)).as("a resource that is not shared stands for nothing").isEmpty();
    }

    @Test
    void aFlaggedValueIsCorrectedByTheProviderAsANewVersionKeepingTheOldValue() {
        Map<String, Object> row = jdbc.sql("select subject, data::text as data from exchange.record where resource_code = 'MARRIAGE' limit 1")
                .query((rs, n) -> Map.<String, Object>of("subject", rs.getString("subject"), "data", rs.getString("data"))).single();
        String subject = (String) row.get("subject");
        java.util.UUID mzj = departments.findByCode("qd-rsj").orElseThrow().id();
        io.onewindow.exchange.internal.Corrections.Correction flagged = corrections.flag(new io.onewindow.exchange.internal.Corrections.Flag("MARRIAGE", subject, 1, "registeredOn", "2019-05-20",
                "申请人提供的结婚证登记日期为2019年5月20日。", mzj, null));
        assertThat(flagged.state()).isEqualTo("OPEN");
        assertThat(flagged.dueOn()).isAfter(flagged.flaggedAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate());

        io.onewindow.exchange.internal.Corrections.Correction answered = corrections.answer(flagged.id(), true, "已核对婚姻登记档案，予以更正。");
        assertThat(answered.state()).isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("select data->>'registeredOn' from exchange.record where resource_code = 'MARRIAGE' and subject = ? and seq = 1")
                .param(subject).query(String.class).single()).isEqualTo("2019-05-20");
        assertThat(corrections.versions("MARRIAGE", subject, 1)).singleElement()
                .satisfies(v -> assertThat(v.get("data").toString()).contains(flagged.currentValue()));
        assertThat(jdbc.sql("select count(*) from audit.record where action in ('exchange.correction.flagged', 'exchange.correction.answered') and object_id = ?")
                .param(flagged.id().toString()).query(Long.class).single()).isEqualTo(2);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> corrections.flag(new io.onewindow.exchange.internal.Corrections.Flag("POPULATION", subject, 1, "name", "王五",
                        "错了", mzj, null)))
                .isInstanceOfSatisfying(io.onewindow.kernel.error.DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ExchangeError.NOT_CORRECTABLE));
    }

    private PrefillSource prefill() {
        return prefills.stream().filter(p -> p.getClass().getPackageName().startsWith("io.onewindow.exchange")).findFirst().orElseThrow();
    }

    private MaterialSource material() {
        return materials.stream().filter(p -> p.getClass().getPackageName().startsWith("io.onewindow.exchange")).findFirst().orElseThrow();
    }

    private long accesses(UUID person) {
        return jdbc.sql("select count(*) from audit.record where action = 'personal-data.accessed' and subject = ? and object_type = 'exchange.population'")
                .param(person).query(Long.class).single();
    }
}
