package io.onewindow.licences;

import io.onewindow.cases.Applicant;
import io.onewindow.cases.ApplicationParties;
import io.onewindow.cases.CaseConcluded;
import io.onewindow.cases.MaterialSource;
import io.onewindow.cases.OfferedMaterial;
import io.onewindow.catalogue.Material;
import io.onewindow.catalogue.MaterialForm;
import io.onewindow.catalogue.ServiceCatalogue;
import io.onewindow.catalogue.ServiceItem;
import io.onewindow.identity.EnterpriseView;
import io.onewindow.identity.Enterprises;

import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.code.LicenceIdentifier;



import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.licences.internal.LicenceImport;
import io.onewindow.licences.internal.StatusLists;
import io.onewindow.testing.Companies;
import io.onewindow.testing.Persons;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The library as other modules and verifiers meet it: an issued licence's credential verifies and its
 * identifier is well-formed; revocation and suspension are in the signed status list as soon as they commit;
 * an approved case of an item with a licence outcome issues that licence once; a held licence stands for a
 * material with its verified facts; every step is an audited action.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class LicenceLibraryTests {

    @Autowired
    Licences licences;

    @Autowired
    Credentials credentials;

    @Autowired
    StatusLists statusLists;

    @Autowired
    People people;

    @Autowired
    Enterprises enterprises;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    MaterialSource materials;

    @Autowired
    AuditedActions actions;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anIssuedLicenceHasAWellFormedIdentifierAndACredentialThatVerifies(AssertablePublishedEvents events) {
        PersonView holder = people.register(Persons.aShinanResident());

        LicenceView licence = drivingLicence(holder);

        LicenceIdentifier identifier = LicenceIdentifier.parse(licence.identifier());
        assertThat(identifier.typeCode()).isEqualTo("100010");
        assertThat(identifier.version()).isEqualTo(1);
        assertThat(licence.validUntil()).as("six years, to the day before").isNotNull();
        Verification verification = credentials.verify(licences.credential(licence.id()));
        assertThat(verification.errors()).isEmpty();
        assertThat(verification.checks()).containsExactly("proof", "validity", "status");
        assertThat(events.ofType(LicenceIssued.class).matching(e -> e.licenceId().equals(licence.id()))).hasSize(1);
        JsonObject credential = read(licences.credential(licence.id()));
        assertThat(credential.getJsonArray("proof")).as("Ed25519 and SM2").hasSize(2);
        assertThat(credential.getJsonObject("credentialSubject").getString("licenceNumber")).isEqualTo(licence.identifier());
    }

    @Test
    void aChangedFieldNoLongerVerifies() {
        LicenceView licence = drivingLicence(people.register(Persons.aShinanResident()));
        String changed = licences.credential(licence.id()).replace("\"C1\"", "\"A1\"");

        assertThat(credentials.verify(changed).hasError("INVALID_SIGNATURE")).isTrue();
    }

    @Test
    void revocationIsInTheSignedStatusListOnceItCommits(AssertablePublishedEvents events) throws Exception {
        LicenceView licence = drivingLicence(people.register(Persons.aShinanResident()));

        licences.changeStatus(licence.id(), LicenceStatus.REVOKED, "以欺骗手段取得");

        assertThat(licences.find(licence.id()).orElseThrow().status()).isEqualTo(LicenceStatus.REVOKED);
        assertThat(credentials.verify(licences.credential(licence.id())).errors()).extracting(Verification.Finding::code)
                .containsExactly("REVOKED");
        JsonObject entry = read(licences.credential(licence.id())).getJsonArray("credentialStatus").getJsonObject(0);
        String list = statusLists.credential("revocation", Integer.parseInt(entry.getString("statusListCredential")
                .replaceAll(".*/", ""))).orElseThrow();
        assertThat(credentials.verify(list).errors()).as("the list is signed").isEmpty();
        assertThat(bit(read(list), Integer.parseInt(entry.getString("statusListIndex")))).isTrue();
        assertThat(events.ofType(LicenceStatusChanged.class).matching(e -> e.licenceId().equals(licence.id()))).hasSize(1);
        assertThatExceptionOfType(DomainException.class).as("revocation is final")
                .isThrownBy(() -> licences.changeStatus(licence.id(), LicenceStatus.ACTIVE, "误撤销"));
    }

    @Test
    void aSuspensionIsLiftedByReinstatement() {
        LicenceView licence = drivingLicence(people.register(Persons.aShinanResident()));

        licences.changeStatus(licence.id(), LicenceStatus.SUSPENDED, "记满12分，暂扣驾驶证");
        assertThat(credentials.verify(licences.credential(licence.id())).errors()).extracting(Verification.Finding::code)
                .containsExactly("SUSPENDED");

        licences.changeStatus(licence.id(), LicenceStatus.ACTIVE, "学习考试合格");
        assertThat(credentials.verify(licences.credential(licence.id())).errors()).isEmpty();
    }

    @Test
    void aStatusChangeWithoutAReasonChangesNothing() {
        LicenceView licence = drivingLicence(people.register(Persons.aShinanResident()));

        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> licences.changeStatus(licence.id(), LicenceStatus.REVOKED, " "));
        assertThat(licences.find(licence.id()).orElseThrow().status()).isEqualTo(LicenceStatus.ACTIVE);
    }

    @Test
    void aLicenceMissingARequiredFieldIsRefusedNamingTheField() {
        PersonView holder = people.register(Persons.aShinanResident());

        var refusal = assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> licences.issue(new NewLicence(
                "DRIVING_LICENCE", null, holder.id(), "qd-ga", Map.of("name", holder.name()), null, null, null))).actual();
        assertThat(refusal.violations()).extracting(v -> v.field()).containsExactlyInAnyOrder("citizenId", "vehicleClass", "firstIssuedOn");
        assertThat(licences.heldBy(holder.id())).isEmpty();
    }

    @Test
    void anApprovedCaseOfAnItemWithALicenceOutcomeIssuesThatLicenceOnce(Scenario scenario) {
        EnterpriseView company = anEnterprise();
        ServiceItem item = catalogue.find("370200-XZSP-XK-0001").orElseThrow();
        assertThat(item.outcome().licenceType()).isEqualTo("FOOD_BUSINESS_LICENCE");
        UUID caseId = UUID.randomUUID();
        Runnable conclude = () -> transactions.executeWithoutResult(tx -> actions.publish(trace -> new CaseConcluded(caseId,
                item.code(), item.version(), UUID.randomUUID(), Applicant.enterprise(UUID.randomUUID(), company.id()),
                CaseConcluded.Decision.APPROVED, Map.of("shopName", company.name(), "businessAddress", "青岛市崂山区松岭路169号",
                        "businessScope", "热食类食品制售"), trace)));

        scenario.stimulate(conclude).andWaitForStateChange(() -> licences.heldBy(company.id()), l -> !l.isEmpty())
                .andVerify(held -> {
                    assertThat(held).singleElement().satisfies(l -> {
                        assertThat(l.type().code()).isEqualTo("FOOD_BUSINESS_LICENCE");
                        assertThat(l.fields()).containsEntry("premises", "青岛市崂山区松岭路169号").containsEntry("operator", company.name());
                        assertThat(credentials.verify(licences.credential(l.id())).errors()).isEmpty();
                    });
                });
        scenario.stimulate(conclude).andWaitAtMost(Duration.ofSeconds(3)).andWaitForEventOfType(CaseConcluded.class)
                .toArrive();
        assertThat(jdbc.sql("select count(*) from licences.licence where case_id = :c").param("c", caseId).query(Integer.class).single())
                .as("delivered twice, issued once").isEqualTo(1);
    }

    @Test
    void aLicenceIssuedForAPersonNamesThatPersonAsTheRegistersHoldThemWhateverTheFormSaid(Scenario scenario) {
        PersonView applicant = people.register(Persons.aShinanResident());
        PersonView someoneElse = people.register(Persons.aShinanResident());
        ServiceItem item = catalogue.find("370200-GA-XK-0001").orElseThrow();
        assertThat(item.outcome().licenceType()).isEqualTo("RESIDENCE_PERMIT");

        scenario.stimulate(() -> transactions.executeWithoutResult(tx -> actions.publish(trace -> new CaseConcluded(UUID.randomUUID(),
                        item.code(), item.version(), UUID.randomUUID(), Applicant.person(UUID.randomUUID(), applicant.id()),
                        CaseConcluded.Decision.APPROVED, Map.of("applicantName", someoneElse.name(), "name", someoneElse.name(),
                                "citizenId", someoneElse.citizenId().value(), "address", "青岛市市南区香港中路10号"), trace))))
                .andWaitForStateChange(() -> licences.heldBy(applicant.id()), l -> !l.isEmpty())
                .andVerify(held -> assertThat(held).singleElement().satisfies(l -> assertThat(l.fields())
                        .containsEntry("name", applicant.name()).containsEntry("citizenId", applicant.citizenId().value())
                        .containsEntry("address", "青岛市市南区香港中路10号")));
    }

    @Test
    void aHeldLicenceStandsForAMaterialWithItsVerifiedFacts(AssertablePublishedEvents events) {
        EnterpriseView company = anEnterprise();
        LicenceView licence = licences.issue(new NewLicence("BUSINESS_LICENCE", null, company.id(), "qd-scjg", Map.of(
                "name", company.name(), "uscc", company.uscc().value(), "legalRepresentative", "李强", "registeredCapital", "100万元",
                "establishedOn", "2016-04-18", "address", "青岛市崂山区松岭路169号"), LocalDate.of(2016, 4, 18), null, null));
        Material copy = new Material("business-licence", io.onewindow.catalogue.Text.of("营业执照副本", "Copy of the business licence"),
                MaterialForm.values()[0], 1, true, "BUSINESS_LICENCE", null, null);
        // A licence is the holder's own to show, to whichever department reviews.
        ApplicationParties applicant = new ApplicationParties(Applicant.enterprise(UUID.randomUUID(), company.id()), UUID.randomUUID());

        List<OfferedMaterial> offers = materials.offers(applicant, copy);
        assertThat(offers).singleElement().satisfies(o -> assertThat(o.reference()).isEqualTo(licence.identifier()));
        UUID caseId = UUID.randomUUID();
        var attached = transactions.execute(tx -> materials.attach(applicant, copy, offers.get(0), caseId));

        assertThat(attached.verifiedFacts()).containsEntry("uscc", company.uscc().value()).containsEntry("licenceNumber", licence.identifier());
        assertThat(events.ofType(LicenceUsedForMaterial.class).matching(e -> e.caseId().equals(caseId))).hasSize(1);

        licences.changeStatus(licence.id(), LicenceStatus.SUSPENDED, "责令停业整顿");
        assertThat(materials.offers(applicant, copy)).as("a suspended licence is not offered").isEmpty();
        assertThatExceptionOfType(DomainException.class).as("nor attached")
                .isThrownBy(() -> transactions.execute(tx -> materials.attach(applicant, copy, offers.get(0), UUID.randomUUID())));
    }

    @Autowired
    io.onewindow.licences.internal.LicenceImport imports;

    @Test
    void anImportIssuesTheGoodLinesAndReportsEveryBadOneWithItsLineAndReason() {
        PersonView a = people.register(Persons.aShinanResident());
        PersonView b = people.register(Persons.aShinanResident());
        String csv = """
                licence_type,holder,department,valid_from,valid_until,identifier,name,citizenId,vehicleClass,firstIssuedOn
                DRIVING_LICENCE,%s,qd-ga,2023-05-01,,,%s,%s,C1,2011-01-01
                DRIVING_LICENCE,110101199003070000,qd-ga,2023-05-01,,,某人,110101199003070000,C1,2011-01-01
                DRIVING_LICENCE,%s,qd-ga,2023-05-01,,1.2.156.3005.2.100010.91350100M000100Y43.3702000001.001.9,%s,%s,C1,2011-01-01
                DRIVING_LICENCE,%s,qd-ga,2023-05-01,,,%s,%s,,2011-01-01
                DRIVING_LICENCE,%s,qd-ga,May 2023,,,%s,%s,C2,2011-01-01
                """.formatted(a.citizenId().value(), a.name(), a.citizenId().value(),
                b.citizenId().value(), b.name(), b.citizenId().value(),
                b.citizenId().value(), b.name(), b.citizenId().value(),
                b.citizenId().value(), b.name(), b.citizenId().value());

        var progress = imports.run(new StringReader(csv), java.util.Locale.SIMPLIFIED_CHINESE, d -> true,
                new io.onewindow.licences.internal.LicenceImport.Progress());

        assertThat(progress.finished()).isTrue();
        assertThat(progress.total()).isEqualTo(5);
        assertThat(progress.imported()).isEqualTo(1);
        assertThat(progress.errors()).extracting(e -> e.line()).containsExactly(3L, 4L, 5L, 6L);
        // The module test has no portal, which loads the bundles: the reasons read as their keys here.
        assertThat(progress.errors().get(0).message()).containsAnyOf("找不到持证主体", "holder-not-found");
        assertThat(progress.errors().get(1).message()).containsAnyOf("校验位应为C", "licence-id-check-character");
        assertThat(progress.errors().get(2).message()).containsAnyOf("准驾车型", "vehicleClass");
        assertThat(progress.errors().get(3).message()).containsAnyOf("May 2023", "valid_from");
        assertThat(licences.heldBy(a.id())).singleElement().satisfies(l -> assertThat(l.fields()).containsEntry("vehicleClass", "C1"));
        assertThat(licences.heldBy(b.id())).as("nothing of a refused line").isEmpty();
    }

    @Test
    void aDepartmentIssuesOnlyTheLicencesOfItsLineAndNoLicenceEndsBeforeItBegins() {
        PersonView holder = people.register(Persons.aShinanResident());
        String id = holder.citizenId().value();
        String csv = """
                licence_type,holder,department,valid_from,valid_until,identifier,owner,location,area,use,rightType,name,citizenId,category,grade
                REAL_ESTATE_CERTIFICATE,%s,qd-wjw,2020-01-01,,,%s,市南区香港中路1号,999,住宅,国有建设用地使用权/房屋所有权,,,,
                DISABILITY_CERTIFICATE,%s,sn-mzj,2024-01-01,2034-01-01,,,,,,,%s,%s,肢体残疾,三级
                DISABILITY_CERTIFICATE,%s,qd-mzj,2024-01-01,2023-01-01,,,,,,,%s,%s,肢体残疾,三级
                """.formatted(id, holder.name(), id, holder.name(), id, id, holder.name(), id);

        // As the web page asks it for a health commission's officer: any department the importer belongs to passes.
        var progress = imports.run(new StringReader(csv), java.util.Locale.SIMPLIFIED_CHINESE, d -> true,
                new io.onewindow.licences.internal.LicenceImport.Progress());

        assertThat(progress.errors()).extracting(e -> e.line()).containsExactly(2L, 4L);
        assertThat(progress.errors().get(0).message()).containsAnyOf("不核发不动产权证书", "not-the-types-issuer");
        assertThat(progress.errors().get(1).message()).containsAnyOf("早于有效期起", "bad-period");
        // A district's civil affairs bureau issues what the city's issues.
        assertThat(licences.heldBy(holder.id())).singleElement().satisfies(l -> assertThat(l.type().code()).isEqualTo("DISABILITY_CERTIFICATE"));
        // Issued through the module's interface, as a case's outcome is, the line is checked too.
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> licences.issue(new NewLicence("REAL_ESTATE_CERTIFICATE",
                HolderKind.PERSON, holder.id(), "qd-wjw", Map.of("owner", holder.name(), "location", "x", "area", "1", "use", "住宅",
                        "rightType", "x"), null, null, null)));
        assertThat(licences.heldBy(holder.id())).hasSize(1);
    }

    @Test
    void anImportThatFailsOnAFaultOfThePlatformEndsAsStoppedInsteadOfRunningForever() {
        PersonView holder = people.register(Persons.aShinanResident());
        String start = """
                licence_type,holder,department,valid_from,name,citizenId,vehicleClass,firstIssuedOn
                DRIVING_LICENCE,%s,qd-ga,2024-01-01,%s,%s,C1,2010-06-01
                DRIVING_LICENCE,%s,qd-ga,2024-01-01,%s,%s,C1,2010-06-01
                """.formatted(holder.citizenId().value(), holder.name(), holder.citizenId().value(),
                holder.citizenId().value(), holder.name(), holder.citizenId().value());
        // The file's source breaks off after its first lines, as a network drive does when it goes away.
        java.io.Reader breaking = new java.io.Reader() {
            private final StringReader lines = new StringReader(start);

            @Override
            public int read(char[] buffer, int offset, int length) throws java.io.IOException {
                int read = lines.read(buffer, offset, length);
                if (read < 0) {
                    throw new java.io.IOException("the drive went away");
                }
                return read;
            }

            @Override
            public void close() {
            }
        };
        LicenceImport.Progress progress = new LicenceImport.Progress();

        assertThatExceptionOfType(RuntimeException.class)
                .isThrownBy(() -> imports.run(breaking, java.util.Locale.SIMPLIFIED_CHINESE, d -> true, progress));

        assertThat(progress.finished()).as("whoever follows the import is not left waiting").isTrue();
        assertThat(progress.stopped()).isTrue();
        assertThat(progress.imported()).as("lines are issued only once the whole file is read").isZero();
        assertThat(progress.snapshot()).as("what the page shows, read at one moment")
                .isEqualTo(new LicenceImport.Snapshot(progress.total(), progress.done(), 0, progress.errors(), true, true));
        assertThat(licences.heldBy(holder.id())).isEmpty();
    }

    @Test
    void anImportOfSeveralBatchesIssuesEveryLineOnceEachInItsOwnStatusPositionAndAuditedAsTheImporter() {
        PersonView holder = people.register(Persons.aShinanResident());
        StringBuilder csv = new StringBuilder("licence_type,holder,department,valid_from,name,citizenId,vehicleClass,firstIssuedOn\n");
        for (int i = 0; i < 450; i++) {
            csv.append("DRIVING_LICENCE,").append(holder.citizenId().value()).append(",qd-ga,2024-01-01,驾驶人").append(i).append(',')
                    .append(holder.citizenId().value()).append(",C1,2010-06-01\n");
        }
        var importer = new io.onewindow.kernel.access.UserAccount(UUID.randomUUID(), "importer-" + UUID.randomUUID(), UUID.randomUUID(),
                "证照管理员", java.util.Set.of(io.onewindow.kernel.access.Role.OFFICER), List.of(), "青岛市公安局", List.of(),
                io.onewindow.kernel.access.Assurance.VERIFIED);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken(
                        (io.onewindow.kernel.access.CurrentUser.Holder) () -> importer, null));
        LicenceImport.Progress progress;
        try {
            progress = imports.run(new StringReader(csv.toString()), java.util.Locale.SIMPLIFIED_CHINESE, d -> true, new LicenceImport.Progress());
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }

        assertThat(progress.imported()).isEqualTo(450);
        assertThat(progress.errors()).isEmpty();
        assertThat(jdbc.sql("select count(distinct identifier) from licences.licence where holder_id = :h").param("h", holder.id())
                .query(Integer.class).single()).isEqualTo(450);
        assertThat(jdbc.sql("select count(distinct (status_list, status_index)) from licences.licence where holder_id = :h")
                .param("h", holder.id()).query(Integer.class).single()).isEqualTo(450);
        assertThat(jdbc.sql("select count(*) from audit.record where action = 'licences.licence.issued' and actor_username = :u")
                .param("u", importer.username()).query(Integer.class).single()).isEqualTo(450);
        assertThat(licences.heldBy(holder.id())).allSatisfy(l -> assertThat(credentials.verify(licences.credential(l.id())).verified()).isTrue());
    }

    @Autowired
    io.onewindow.licences.internal.Shares shares;

    @Test
    void everyViewThroughAShareLinkIsAnAccessTheHolderSeesUntilTheyWithdrawIt(AssertablePublishedEvents events) {
        PersonView holder = people.register(Persons.aShinanResident());
        LicenceView licence = drivingLicence(holder);
        var share = shares.create(licence, holder.id(), Duration.ofHours(1));

        assertThat(shares.open(share.token()).id()).isEqualTo(licence.id());
        assertThat(shares.open(share.token()).id()).isEqualTo(licence.id());

        assertThat(events.ofType(io.onewindow.kernel.audit.PersonalDataAccessed.class)
                .matching(e -> e.subject().equals(holder.id()) && e.purpose().equals("licence-sharing"))).hasSize(2);
        assertThat(events.ofType(LicenceShared.class).matching(e -> e.licenceId().equals(licence.id()))).hasSize(1);
        shares.withdraw(share.token(), licence, holder.id());
        assertThatExceptionOfType(DomainException.class).isThrownBy(() -> shares.open(share.token()));
        assertThat(events.ofType(LicenceShareWithdrawn.class).matching(e -> e.licenceId().equals(licence.id()))).hasSize(1);
    }

    LicenceView drivingLicence(PersonView holder) {
        return licences.issue(new NewLicence("DRIVING_LICENCE", null, holder.id(), "qd-ga", Map.of("name", holder.name(),
                "citizenId", holder.citizenId().value(), "vehicleClass", "C1", "firstIssuedOn", "2012-03-04"), null, null, null));
    }

    EnterpriseView anEnterprise() {
        PersonView representative = people.register(Persons.aShinanResident());
        return enterprises.register(Companies.of(representative.citizenId().value(), "青岛测试餐饮有限公司", "370212", "H", "2016-04-18"));
    }

    static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    static boolean bit(JsonObject statusList, int index) throws Exception {
        String encoded = statusList.getJsonObject("credentialSubject").getString("encodedList");
        byte[] gzipped = Base64.getUrlDecoder().decode(encoded.substring(1));
        byte[] bits = new GZIPInputStream(new ByteArrayInputStream(gzipped)).readAllBytes();
        assertThat(bits.length * 8).isEqualTo(StatusLists.SIZE);
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }
}
