package io.onewindow.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.calendar.WorkingDays;
import io.onewindow.exchange.internal.ClientRegistry;
import io.onewindow.exchange.internal.ExchangeClient;
import io.onewindow.exchange.internal.RecordQuery;
import io.onewindow.exchange.internal.SharingDesk;
import io.onewindow.exchange.internal.SharingRequest;
import io.onewindow.exchange.internal.SharingStore;
import io.onewindow.identity.Departments;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.InvalidInputException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Sharing as the law has it: a conditional resource is decided by its provider within 10 working days and a
 * subset may be granted; an unconditional one is granted on the automatic check, one not shared is refused
 * with its basis; a department system then gets exactly the granted items, masked, each person's read
 * recorded with the purpose; every refusal (no grant, expired, revoked, another department's credentials,
 * unknown purpose, item not granted, over the rate) serves nothing and is recorded.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class ExchangeSharingTests {

    @Autowired
    DataResources catalogue;

    @Autowired
    SharingDesk desk;

    @Autowired
    SharingStore store;

    @Autowired
    RecordQuery query;

    @Autowired
    ClientRegistry clients;

    @Autowired
    Departments departments;

    @Autowired
    People people;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoCatalogueHasThirtyResourcesOfTheDemoDepartmentsWithTheBaseLibrariesTheCatalogueNames() {
        List<DataResource> all = catalogue.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(30);
        assertThat(all.stream().map(DataResource::providerId).distinct().count()).isGreaterThanOrEqualTo(10);
        assertThat(all).extracting(DataResource::code).contains("POPULATION", "LEGAL_ENTITY", "TAX", "HOUSEHOLD", "SOCIAL_INSURANCE",
                "CREDIT", "EDUCATION", "HOUSING_FUND", "MARRIAGE", "LICENCE");
        assertThat(all).allSatisfy(r -> {
            assertThat(r.catalogueCode()).matches("\\d-\\d{2}-\\d{2}-\\d{2}");
            assertThat(r.items()).isNotEmpty();
            if (r.sharing() != DataResource.SharingType.UNCONDITIONAL) {
                assertThat(r.conditions()).as("conditions or legal basis of %s", r.code()).isNotBlank();
            }
        });
        assertThat(catalogue.search("人口", null, null, null)).extracting(DataResource::code).contains("POPULATION");
        assertThat(catalogue.search("", DataResource.Category.BASE, null, "qd-ga")).extracting(DataResource::code)
                .containsExactlyInAnyOrder("POPULATION", "HOUSEHOLD");
    }

    @Test
    void theProviderGrantsTwoOfThreeItemsAndTheSystemGetsExactlyThoseMaskedWhileTheThirdIsRefusedAndRecorded() {
        PersonView person = aPerson();
        ExchangeClient mzj = client("qd-mzj");
        SharingRequest request = desk.apply(application(mzj.departmentId(), "citizenId", "name", "phone"));

        assertThat(request.state()).isEqualTo(SharingRequest.State.SUBMITTED);
        assertThat(request.dueOn()).isEqualTo(workingDays.calendar().dueDate(workingDays.today(), 10).date());

        SharingRequest decided = desk.decide(request.id(), new SharingDesk.Decision(List.of("name", "citizenId"), false, null,
                "联系电话不属于核对所必需。"));
        assertThat(decided.state()).isEqualTo(SharingRequest.State.GRANTED);
        assertThat(decided.grantedItems()).containsExactly("citizenId", "name");

        RecordQuery.Served served = query.query(mzj, ask(person, "social-assistance"));
        assertThat(served.items()).containsExactly("citizenId", "name");
        assertThat(served.records()).singleElement().satisfies(record -> {
            assertThat(record).containsOnlyKeys("citizenId", "name");
            assertThat(record.get("citizenId")).isEqualTo(person.maskedCitizenId());
            assertThat((String) record.get("name")).startsWith(person.name().substring(0, 1)).endsWith("*").doesNotContain(person.name().substring(1));
        });
        assertThat(served.masked()).containsExactly("citizenId", "name");
        assertThat(accessesOf(person.id(), "social-assistance")).isEqualTo(1);

        assertRefused(() -> query.query(mzj, new RecordQuery.Ask("POPULATION", person.citizenId().value(), "social-assistance",
                List.of("name", "phone"), 0, 20)), ExchangeError.ITEM_NOT_GRANTED, mzj);
        assertThat(accessesOf(person.id(), "social-assistance")).as("a refused query reads nobody").isEqualTo(1);
    }

    @Test
    void withoutAValidGrantForThePurposeNothingIsServedAndEachRefusalIsRecorded() {
        PersonView person = aPerson();
        ExchangeClient jyj = client("qd-jyj");
        assertRefused(() -> query.query(jyj, ask(person, "social-assistance")), ExchangeError.NO_GRANT, jyj);

        ExchangeClient rsj = client("qd-rsj");
        SharingRequest request = desk.apply(application(rsj.departmentId(), "citizenId", "name"));
        desk.decide(request.id(), new SharingDesk.Decision(List.of("citizenId", "name"), false, null, ""));
        assertThat(query.query(rsj, ask(person, "social-assistance")).records()).hasSize(1);

        assertRefused(() -> query.query(rsj, ask(person, "no-such-purpose")), ExchangeError.QUERY_PURPOSE_UNKNOWN, rsj);
        assertRefused(() -> query.query(rsj, ask(person, "hotline")), ExchangeError.PURPOSE_NOT_GRANTED, rsj);

        // Another department's system, with its own valid credentials, gets nothing under rsj's grant.
        ExchangeClient swj = client("qd-swj");
        assertRefused(() -> query.query(swj, ask(person, "social-assistance")), ExchangeError.NO_GRANT, swj);

        UUID grant = store.grantsOn("POPULATION", rsj.departmentId()).get(0).id();
        jdbc.sql("update exchange.grant_ set expires_on = ? where id = ?").params(workingDays.today().minusDays(1), grant).update();
        assertRefused(() -> query.query(rsj, ask(person, "social-assistance")), ExchangeError.GRANT_EXPIRED, rsj);

        jdbc.sql("update exchange.grant_ set expires_on = ? where id = ?").params(workingDays.today().plusDays(30), grant).update();
        desk.revoke(grant, "核对工作已结束。");
        assertRefused(() -> query.query(rsj, ask(person, "social-assistance")), ExchangeError.GRANT_REVOKED, rsj);
        assertThat(accessesOf(person.id(), "social-assistance")).isEqualTo(1);
    }

    @Test
    void aSystemOverItsRateIsRefused() {
        ExchangeClient slow = clients.register(departments.findByCode("qd-wjw").orElseThrow().id(), "wjw-" + UUID.randomUUID(), "s3cret-value",
                "卫健委测试系统", 2);
        PersonView person = aPerson();
        assertRefused(() -> query.query(slow, ask(person, "social-assistance")), ExchangeError.NO_GRANT, slow);
        assertRefused(() -> query.query(slow, ask(person, "social-assistance")), ExchangeError.NO_GRANT, slow);
        assertRefused(() -> query.query(slow, ask(person, "social-assistance")), ExchangeError.RATE_EXCEEDED, slow);
    }

    @Test
    void anUnconditionalResourceIsGrantedOnTheCheckAndOneNotSharedIsRefusedWithItsBasis() {
        UUID mzj = departments.findByCode("qd-mzj").orElseThrow().id();
        SharingRequest open = desk.apply(new SharingDesk.Application("LEGAL_ENTITY", mzj, "case-review", "社会组织登记时核验发起单位",
                "《社会团体登记管理条例》第十条", List.of("uscc", "name"), false));
        assertThat(open.state()).isEqualTo(SharingRequest.State.GRANTED);
        assertThat(store.grantsOn("LEGAL_ENTITY", mzj)).isNotEmpty();

        SharingRequest closed = desk.apply(new SharingDesk.Application("CRIMINAL_RECORD", mzj, "case-review", "审查",
                "《社会团体登记管理条例》第十条", List.of("record"), false));
        assertThat(closed.state()).isEqualTo(SharingRequest.State.REFUSED);
        assertThat(closed.reason()).contains("《公安机关办理犯罪记录查询工作规定》");
    }

    @Test
    void theProviderEscalatesAndTheDataBureauDecides() {
        UUID jyj = departments.findByCode("qd-jyj").orElseThrow().id();
        SharingRequest request = desk.apply(application(jyj, "citizenId", "address"));
        SharingRequest escalated = desk.escalate(request.id(), "住址属敏感信息，请大数据局决定。");
        assertThat(escalated.state()).isEqualTo(SharingRequest.State.ESCALATED);
        assertThat(store.escalated()).extracting(SharingRequest::id).contains(request.id());
        SharingRequest decided = desk.decide(request.id(), SharingDesk.Decision.refuse("用途与住址无关。"));
        assertThat(decided.state()).isEqualTo(SharingRequest.State.REFUSED);
        assertThatThrownBy(() -> desk.decide(request.id(), SharingDesk.Decision.refuse("again")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ExchangeError.ALREADY_DECIDED));
    }

    @Test
    void anApplicationWithoutPurposeBasisOrKnownItemsIsRefusedFieldByFieldAndNothingIsStored() {
        UUID mzj = departments.findByCode("qd-mzj").orElseThrow().id();
        long before = store.requestsBy(mzj).size();
        assertThatThrownBy(() -> desk.apply(new SharingDesk.Application("POPULATION", mzj, "made-up", " ", "", List.of("salary"), false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
                        .containsExactly("purpose", "scenario", "legalBasis", "items"));
        assertThat(store.requestsBy(mzj)).hasSize((int) before);
    }

    private void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ExchangeError reason, ExchangeClient client) {
        long before = refusals(client, reason);
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(reason));
        assertThat(refusals(client, reason)).as("refusal %s recorded", reason).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from audit.record where action = 'exchange.query.refused' and detail::text like ?")
                .param("%" + client.clientId() + "%").query(Long.class).single()).isGreaterThan(0);
    }

    private long refusals(ExchangeClient client, ExchangeError reason) {
        return jdbc.sql("select count(*) from exchange.refusal where client_id = ? and reason = ?").params(client.clientId(), reason.name())
                .query(Long.class).single();
    }

    private long accessesOf(UUID person, String purpose) {
        return jdbc.sql("select count(*) from audit.record where action = 'personal-data.accessed' and subject = ? and purpose = ?")
                .params(person, purpose).query(Long.class).single();
    }

    private ExchangeClient client(String department) {
        return clients.find(department + "-system").orElseThrow();
    }

    private static SharingDesk.Application application(UUID consumer, String... items) {
        return new SharingDesk.Application("POPULATION", consumer, "social-assistance", "低保审核时核对申请人身份",
                "《社会救助暂行办法》第十一条", List.of(items), false);
    }

    private static RecordQuery.Ask ask(PersonView person, String purpose) {
        return new RecordQuery.Ask("POPULATION", person.citizenId().value(), purpose, List.of(), 0, 20);
    }

    private PersonView aPerson() {
        int n = ThreadLocalRandom.current().nextInt(1, 999);
        return people.register(new io.onewindow.identity.NewPerson(io.onewindow.kernel.code.CitizenId.of("370202",
                java.time.LocalDate.of(1980, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(9000)), n).value(), "欧阳明", "13812345678",
                "370202001001", "香港中路1号"));
    }
}
