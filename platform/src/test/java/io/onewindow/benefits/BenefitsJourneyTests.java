package io.onewindow.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.onewindow.benefits.internal.FactsImport;
import io.onewindow.benefits.internal.FactsStore;
import io.onewindow.benefits.internal.LiveCheck;
import io.onewindow.benefits.internal.MatchingRuns;
import io.onewindow.benefits.internal.OfferView;
import io.onewindow.benefits.internal.Offers;
import io.onewindow.benefits.internal.Payments;
import io.onewindow.benefits.internal.PersonFacts;
import io.onewindow.benefits.internal.PolicyStore;
import io.onewindow.benefits.internal.QingdaoPolicies;
import io.onewindow.benefits.internal.RunView;
import io.onewindow.identity.Departments;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.kernel.access.Assurance;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.testing.Persons;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;

/**
 * From a policy to money in the account: registration gives a subject facts, the import completes them, a
 * run finds the eligible and stores each clause's value, the newly eligible are offered, confirm, are
 * exported in a payment file and marked paid or failed from the treasury's result file; a second run offers
 * nobody twice and reports who is no longer eligible. Every step is an audited action.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class BenefitsJourneyTests {

    @Autowired PolicyStore policies;
    @Autowired MatchingRuns runs;
    @Autowired Offers offers;
    @Autowired Payments payments;
    @Autowired FactsStore facts;
    @Autowired FactsImport imports;
    @Autowired LiveCheck live;
    @Autowired People people;
    @Autowired Departments departments;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    @Test
    void aFounderIsFoundOfferedConfirmsAndIsPaidWhileANearMissIsExplained(AssertablePublishedEvents events) {
        policies.save(QingdaoPolicies.all().stream().filter(p -> p.code().equals("QD-YCXCY")).findFirst().orElseThrow());
        PersonView founder = people.register(workingAge());
        PersonView nearMiss = people.register(workingAge());
        PersonView other = people.register(workingAge());
        facts.update(founder.id(), selfEmployed(20, "6222020200112233445"));
        facts.update(nearMiss.id(), new PersonFacts(true, 0, "SELF_EMPLOYED", "EMPLOYEE", false, 3, false, 0, 11, 24, "6222020200112233446"));
        facts.update(other.id(), selfEmployed(30, null));

        RunView first = runs.runNow("QD-YCXCY", true);
        assertThat(first.state()).isEqualTo("DONE");
        assertThat(first.snapshotAt()).isNotNull();
        assertThat(first.rulesHash()).hasSize(64);
        assertThat(runs.clausesOf(first.id(), founder.id())).hasValue(List.of(true, true, true, true, true));
        assertThat(runs.clausesOf(first.id(), nearMiss.id())).as("not eligible: no row, the live check explains").isEmpty();

        OfferView offer = offers.forSubjects(List.of(founder.id())).get(0);
        assertThat(runs.rulesHashes(Set.of(offer.runId(), UUID.randomUUID())))
                .as("the rules the offer was decided on, for the offers page").isEqualTo(java.util.Map.of(first.id(), first.rulesHash()));
        assertThat(offer.amountFen()).isEqualTo(1_200_000L);
        assertThat(offer.state()).isEqualTo("OFFERED");
        assertThat(offers.forSubjects(List.of(nearMiss.id()))).isEmpty();
        assertThat(events.ofType(OfferMade.class).matching(e -> e.subjectId().equals(founder.id()))).hasSize(1);

        Decision why = live.check("QD-YCXCY", nearMiss.id(), citizen(nearMiss.id()));
        assertThat(why.eligible()).isFalse();
        assertThat(why.clauses().get(1).unmet()).containsExactly("(business_months >= 12)");
        // Someone else's facts are checked by the policy's own department only (人社局 for this one), not by any officer.
        assertThatThrownBy(() -> live.check("QD-YCXCY", nearMiss.id(), officerOf("qd-scjg"))).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", BenefitsError.NOT_YOURS);
        assertThat(live.check("QD-YCXCY", nearMiss.id(), officerOf("qd-rsj")).eligible()).isFalse();

        assertThatThrownBy(() -> offers.confirm(offer.id(), citizen(nearMiss.id()))).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", BenefitsError.NOT_YOURS);
        OfferView confirmed = offers.confirm(offer.id(), citizen(founder.id()));
        assertThat(confirmed.paymentState()).isEqualTo("PENDING");
        assertThat(events.ofType(OfferDecided.class).matching(OfferDecided::confirmed)).hasSize(1);

        OfferView unpaid = offers.forSubjects(List.of(other.id())).get(0);
        assertThatThrownBy(() -> offers.confirm(unpaid.id(), citizen(other.id()))).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", BenefitsError.NO_BANK_ACCOUNT);

        UUID batch = payments.export("qd-rsj");
        String file = payments.paymentFile(batch);
        assertThat(file).startsWith("reference,payee_name,payee_account,amount_fen,policy,batch").contains(founder.name())
                .contains("6222020200112233445").contains("1200000");
        UUID line = confirmed.disbursementId();
        payments.settle(batch, "reference,status,message\n" + line + ",PAID,\n");
        assertThat(offers.find(offer.id()).orElseThrow().paymentState()).isEqualTo("PAID");
        assertThat(payments.batches("qd-rsj").get(0).state()).isEqualTo("SETTLED");
        assertThat(events.ofType(DisbursementSettled.class).matching(e -> e.outcome().equals("PAID"))).hasSize(1);

        facts.update(founder.id(), selfEmployed(20, "6222020200112233445"));
        facts.update(nearMiss.id(), selfEmployed(12, "6222020200112233446"));
        facts.update(other.id(), new PersonFacts(true, 0, "EMPLOYED", "EMPLOYEE", false, 3, false, 0, -1, 30, null));
        RunView second = runs.runNow("QD-YCXCY", true);
        assertThat(second.newlyEligible()).as("the near miss now qualifies").isGreaterThanOrEqualTo(1);
        assertThat(runs.changes(second.id(), 100)).contains(java.util.Map.entry(nearMiss.id(), true), java.util.Map.entry(other.id(), false));
        assertThat(offers.forSubjects(List.of(founder.id()))).as("nobody is offered twice").hasSize(1);
        assertThat(offers.forSubjects(List.of(nearMiss.id()))).hasSize(1);
    }

    @Test
    void runsStartedFromPagesGoOneAfterTheOtherSoThatRunsAtOnceNeverHoldEveryConnection() throws SQLException {
        for (String code : List.of("QD-YCXCY", "QD-WGFH")) {
            policies.save(QingdaoPolicies.all().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow());
        }
        UUID persons;
        UUID enterprises;
        // The persons' run is held at its first read of the facts, as a long run would be, while the enterprises' run,
        // which reads other facts, is started after it.
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("lock table benefits.person_facts in access exclusive mode");
            persons = runs.start("QD-YCXCY");
            enterprises = runs.start("QD-WGFH");
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                    "select count(*) from pg_locks where relation = 'benefits.person_facts'::regclass and not granted")
                    .query(Long.class).single() > 0);
            UUID second = enterprises;
            await().alias("the second run waits for the first to end").during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .untilAsserted(() -> assertThat(runs.find(second).orElseThrow())
                            .satisfies(run -> assertThat(run.state()).isEqualTo("RUNNING"))
                            .satisfies(run -> assertThat(run.snapshotAt()).isNull()));
            holder.rollback();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> List.of(persons, enterprises).stream()
                .noneMatch(id -> runs.find(id).orElseThrow().state().equals("RUNNING")));
        RunView first = runs.find(persons).orElseThrow();
        RunView second = runs.find(enterprises).orElseThrow();
        assertThat(List.of(first.state(), second.state())).as("both runs end").containsExactly("DONE", "DONE");
        assertThat(second.snapshotAt()).as("the second run matches once the first has ended").isAfterOrEqualTo(first.finishedAt());
    }

    @Test
    void aFailedPaymentIsRetriedInTheNextBatch() {
        policies.save(QingdaoPolicies.all().stream().filter(p -> p.code().equals("QD-YCXCY")).findFirst().orElseThrow());
        PersonView founder = people.register(workingAge());
        facts.update(founder.id(), selfEmployed(40, "6222020200199999999"));
        runs.runNow("QD-YCXCY", true);
        OfferView offer = offers.forSubjects(List.of(founder.id())).get(0);
        UUID line = offers.confirm(offer.id(), citizen(founder.id())).disbursementId();
        jdbc.sql("update benefits.disbursement set state = 'PAID' where state in ('PENDING', 'EXPORTED') and id <> ?").param(line).update();
        UUID batch = payments.export("qd-rsj");
        payments.settle(batch, "reference,status,message\n" + line + ",FAILED,账户已销户\n");
        assertThat(offers.find(offer.id()).orElseThrow().paymentState()).isEqualTo("FAILED");
        payments.retry(line, "qd-rsj");
        UUID next = payments.export("qd-rsj");
        assertThat(payments.paymentFile(next)).contains(line.toString());
        assertThatThrownBy(() -> payments.settle(next, "reference,status\nnot-a-reference,PAID\n")).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", BenefitsError.RESULT_FILE_MALFORMED);
    }

    @Test
    void aPayeeNameThatASpreadsheetWouldEvaluateIsWrittenAsTextInThePaymentFile() throws Exception {
        policies.save(QingdaoPolicies.all().stream().filter(p -> p.code().equals("QD-YCXCY")).findFirst().orElseThrow());
        PersonView founder = people.register(workingAge());
        facts.update(founder.id(), selfEmployed(40, "6222020200177777777"));
        runs.runNow("QD-YCXCY", true);
        OfferView offer = offers.forSubjects(List.of(founder.id())).get(0);
        UUID line = offers.confirm(offer.id(), citizen(founder.id())).disbursementId();
        jdbc.sql("update benefits.disbursement set state = 'PAID' where state in ('PENDING', 'EXPORTED') and id <> ?").param(line).update();
        // A name as an older register may hold it, not one the register's rules would take today.
        String formula = "=HYPERLINK(\"http://example.com\",\"" + founder.name() + "\")";
        jdbc.sql("update identity.person set name = ? where id = ?").params(formula, founder.id()).update();

        String file = payments.paymentFile(payments.export("qd-rsj"));

        CSVRecord paid = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(file))
                .getRecords().stream().filter(r -> r.get("reference").equals(line.toString())).findFirst().orElseThrow();
        assertThat(paid.get("payee_name")).isEqualTo("'" + formula);
        assertThat(paid.get("payee_account")).isEqualTo("6222020200177777777");
    }

    @Test
    void aClauseOutsideTheSqlSubsetIsRefusedAndNothingIsSaved() {
        Policy policy = QingdaoPolicies.all().get(0);
        Policy broken = new Policy("QD-TEST-BROKEN", policy.name(), policy.nameEn(), policy.departmentCode(), policy.basis(), policy.audience(),
                policy.effectiveFrom(), null, policy.amount(), false, List.of(new Clause("x", "x", "division.matches(\"^37\")", "a")),
                policy.parameters());
        assertThatThrownBy(() -> policies.save(broken)).isInstanceOf(InvalidInputException.class);
        assertThat(policies.find("QD-TEST-BROKEN")).isEmpty();
    }

    @Test
    void aRunKeepingNearMissesStoresWhichClauseEachMissedAndComparesOnlyTheEligible() {
        policies.save(QingdaoPolicies.all().stream().filter(p -> p.code().equals("QD-YCXCY")).findFirst().orElseThrow());
        PersonView founder = people.register(workingAge());
        PersonView nearMiss = people.register(workingAge());
        PersonView farOff = people.register(workingAge());
        facts.update(founder.id(), selfEmployed(20, "6222020200112233445"));
        facts.update(nearMiss.id(), new PersonFacts(true, 0, "SELF_EMPLOYED", "EMPLOYEE", false, 3, false, 0, 11, 24, "6222020200112233446"));
        facts.update(farOff.id(), new PersonFacts(false, 0, "EMPLOYED", "EMPLOYEE", false, 3, false, 0, -1, 30, null));
        RunView eligibleOnly = runs.runNow("QD-YCXCY", false, false);

        RunView withNearMisses = runs.runNow("QD-YCXCY", false, true);
        assertThat(withNearMisses.eligible()).isEqualTo(eligibleOnly.eligible());
        assertThat(withNearMisses.newlyEligible()).as("near misses are not eligible, so nothing changed").isZero();
        assertThat(withNearMisses.noLongerEligible()).isZero();
        assertThat(runs.clausesOf(withNearMisses.id(), founder.id())).hasValue(List.of(true, true, true, true, true));
        assertThat(runs.clausesOf(withNearMisses.id(), nearMiss.id())).as("missed by one clause: kept")
                .hasValueSatisfying(c -> assertThat(c).containsExactly(true, false, true, true, true));
        assertThat(runs.clausesOf(withNearMisses.id(), farOff.id())).as("missed by more than one: not kept").isEmpty();
    }

    @Test
    void aRunCountsWhoBecameAndWhoStoppedBeingEligibleSinceThePreviousRunWhicheverRowsEachKept() {
        policies.save(QingdaoPolicies.all().stream().filter(p -> p.code().equals("QD-YCXCY")).findFirst().orElseThrow());
        PersonView staying = people.register(workingAge());
        PersonView leaving = people.register(workingAge());
        PersonView joining = people.register(workingAge());
        PersonFacts missesByOneClause = new PersonFacts(true, 0, "SELF_EMPLOYED", "EMPLOYEE", false, 3, false, 0, 11, 24, null);
        facts.update(staying.id(), selfEmployed(20, null));
        facts.update(leaving.id(), selfEmployed(20, null));
        facts.update(joining.id(), missesByOneClause);
        RunView first = runs.runNow("QD-YCXCY", false, false);

        facts.update(leaving.id(), missesByOneClause);
        facts.update(joining.id(), selfEmployed(20, null));
        RunView second = runs.runNow("QD-YCXCY", false, true);
        assertThat(second.eligible()).isEqualTo(first.eligible());
        assertThat(second.newlyEligible()).isEqualTo(1);
        assertThat(second.noLongerEligible()).isEqualTo(1);
        assertThat(runs.changes(second.id(), 100)).containsExactlyInAnyOrder(java.util.Map.entry(joining.id(), true),
                java.util.Map.entry(leaving.id(), false));

        RunView third = runs.runNow("QD-YCXCY", false, false);
        assertThat(third.newlyEligible()).as("compared with the run keeping near misses, whose near misses were not eligible").isZero();
        assertThat(third.noLongerEligible()).isZero();
        assertThat(runs.clausesOf(third.id(), joining.id())).as("every clause held, though the run wrote none")
                .hasValue(List.of(true, true, true, true, true));
    }

    @Test
    void aRunOfAPolicyNoLongerInForceFindsNobodyEligibleAndTheNextRunInForceFindsThemNewlyEligibleAgain() {
        Policy inForce = QingdaoPolicies.all().stream().filter(p -> p.code().equals("QD-YCXCY")).findFirst().orElseThrow();
        Policy lapsed = new Policy(inForce.code(), inForce.name(), inForce.nameEn(), inForce.departmentCode(), inForce.basis(), inForce.audience(),
                inForce.effectiveFrom(), inForce.effectiveFrom(), inForce.amount(), inForce.autoConfirm(), inForce.clauses(), inForce.parameters());
        policies.save(inForce);
        facts.update(people.register(workingAge()).id(), selfEmployed(20, null));
        RunView first = runs.runNow("QD-YCXCY", false);
        assertThat(first.eligible()).isPositive();

        policies.save(lapsed);
        RunView whileLapsed = runs.runNow("QD-YCXCY", false);
        assertThat(whileLapsed.eligible()).isZero();
        assertThat(whileLapsed.newlyEligible()).isZero();
        assertThat(whileLapsed.noLongerEligible()).isEqualTo(first.eligible());

        policies.save(inForce);
        RunView again = runs.runNow("QD-YCXCY", false);
        assertThat(again.eligible()).isEqualTo(first.eligible());
        assertThat(again.newlyEligible()).isEqualTo(first.eligible());
        assertThat(again.noLongerEligible()).isZero();
    }

    @Test
    void aRunCountsItsAudienceAsTheFactsTableHoldsItAfterInsertsDeletesAndATruncate() {
        policies.save(QingdaoPolicies.all().stream().filter(p -> p.code().equals("QD-YCXCY")).findFirst().orElseThrow());
        people.register(workingAge());
        assertThat(runs.runNow("QD-YCXCY", false).total()).isEqualTo(personFacts());

        jdbc.sql("""
                insert into benefits.person_facts (subject_id, birth_date, division, updated_at)
                select gen_random_uuid(), date '1990-01-01', '370202001001', now() from generate_series(1, 25)""").update();
        assertThat(runs.runNow("QD-YCXCY", false).total()).as("25 rows in one statement").isEqualTo(personFacts());
        jdbc.sql("delete from benefits.person_facts where subject_id in (select subject_id from benefits.person_facts limit 7)").update();
        assertThat(runs.runNow("QD-YCXCY", false).total()).as("7 deleted").isEqualTo(personFacts());
        jdbc.sql("truncate benefits.person_facts").update();
        assertThat(runs.runNow("QD-YCXCY", false).total()).isZero();
    }

    private long personFacts() {
        return jdbc.sql("select count(*) from benefits.person_facts").query(Long.class).single();
    }

    @Test
    void theImportCompletesTheFactsOfRegisteredPeopleAllOrNothing() {
        PersonView person = people.register(workingAge());
        int rows = imports.importCsv(Audience.PERSON, String.join(",", "citizen_id", "hukou_local", "disability_grade", "employment", "insurance",
                "pension_receiving", "income_band", "only_child_parent", "graduation_year", "business_months", "contribution_months", "bank_account")
                + "\n" + person.citizenId().value() + ",true,2,NONE,RESIDENT,false,2,false,0,-1,0,6222000011112222333\n");
        assertThat(rows).isEqualTo(1);
        assertThat(facts.facts(Audience.PERSON, person.id(), java.time.LocalDate.now())).hasValueSatisfying(f ->
                assertThat(f).containsEntry("disability_grade", 2L).containsEntry("insurance", "RESIDENT"));
        assertThatThrownBy(() -> imports.importCsv(Audience.PERSON, "citizen_id,hukou_local\n" + person.citizenId().value() + ",maybe\n"))
                .isInstanceOf(DomainException.class);
    }

    /** A Shinan resident born in 1985–1995: of working age whatever day the tests run. */
    static io.onewindow.identity.NewPerson workingAge() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        String id = io.onewindow.kernel.code.CitizenId.of("370202", java.time.LocalDate.of(1985, 1, 1).plusDays(random.nextInt(3650)),
                random.nextInt(1000)).value();
        return new io.onewindow.identity.NewPerson(id, Persons.aName(), Persons.aMobile(), "370202001001", "香港中路10号");
    }

    static PersonFacts selfEmployed(int months, String account) {
        return new PersonFacts(true, 0, "SELF_EMPLOYED", "EMPLOYEE", false, 3, false, 0, months, months, account);
    }

    private UserAccount officerOf(String department) {
        UUID id = departments.findByCode(department).orElseThrow().id();
        return new UserAccount(UUID.randomUUID(), "o-" + department, UUID.randomUUID(), "o", Set.of(Role.OFFICER), List.of(id), null,
                List.of("370200"), Assurance.VERIFIED);
    }

    static UserAccount citizen(UUID person) {
        return new UserAccount(UUID.randomUUID(), "c", person, "c", Set.of(Role.CITIZEN), List.of(), null, List.of(), Assurance.VERIFIED);
    }
}
