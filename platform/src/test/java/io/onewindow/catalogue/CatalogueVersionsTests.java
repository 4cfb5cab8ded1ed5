package io.onewindow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.catalogue.internal.CatalogueEditor;
import io.onewindow.catalogue.internal.CatalogueTransfer;
import io.onewindow.catalogue.internal.EditorScope;
import io.onewindow.catalogue.internal.ItemContent;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;

/**
 * Versions as cases need them: a published version never changes (not even by SQL), editing a published
 * item opens a new draft version while the old one stays readable, publishing supersedes, retiring keeps
 * every version readable; a draft is published only when complete and its form keeps to the profile; every
 * change is an audited action; the catalogue exports and imports as one document.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class CatalogueVersionsTests {

    @Autowired
    CatalogueEditor editor;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    CatalogueTransfer transfer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void editingAPublishedItemMakesANewVersionAndTheOldOneStaysReadable(AssertablePublishedEvents events) {
        ItemContent first = Items.passport(newCode());
        editor.saveItem(first, EditorScope.EVERY_DEPARTMENT);
        assertThat(catalogue.find(first.code())).as("a draft is not published").isEmpty();
        editor.publish(first.code(), EditorScope.EVERY_DEPARTMENT);

        ItemContent cheaper = Items.withFee(first, 8000L);
        ServiceItem draft = editor.saveItem(cheaper, EditorScope.EVERY_DEPARTMENT);

        assertThat(draft.version()).isEqualTo(2);
        assertThat(draft.state()).isEqualTo(EntryState.DRAFT);
        assertThat(catalogue.find(first.code())).hasValueSatisfying(current -> {
            assertThat(current.version()).isEqualTo(1);
            assertThat(current.feeFen()).isEqualTo(12000L);
        });

        editor.publish(first.code(), EditorScope.EVERY_DEPARTMENT);

        assertThat(catalogue.find(first.code())).hasValueSatisfying(current -> {
            assertThat(current.version()).isEqualTo(2);
            assertThat(current.feeFen()).isEqualTo(8000L);
        });
        assertThat(catalogue.find(first.code(), 1)).as("the version a case was filed under").hasValueSatisfying(old -> {
            assertThat(old.state()).isEqualTo(EntryState.SUPERSEDED);
            assertThat(old.feeFen()).isEqualTo(12000L);
            assertThat(old.publishedAt()).isNotNull();
        });
        assertThat(events.ofType(EntryPublished.class).matching(e -> e.code().equals(first.code()))).hasSize(2);
        assertThat(jdbc.sql("select count(*) from audit.record where action = 'catalogue.entry.published' and object_id like ?")
                .param(first.code() + "@%").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aPublishedVersionCannotBeChangedOrDeletedEvenInTheDatabase() {
        ItemContent item = Items.passport(newCode());
        editor.saveItem(item, EditorScope.EVERY_DEPARTMENT);
        editor.publish(item.code(), EditorScope.EVERY_DEPARTMENT);

        assertThatThrownBy(() -> jdbc.sql("update catalogue.entry_version set content = content || '{\"feeFen\": 1}' where code = ?")
                .param(item.code()).update()).hasMessageContaining("was published and cannot change");
        assertThatThrownBy(() -> jdbc.sql("delete from catalogue.entry_version where code = ?").param(item.code()).update())
                .hasMessageContaining("cannot be deleted");
        assertThat(catalogue.find(item.code(), 1).orElseThrow().feeFen()).isEqualTo(12000L);
    }

    @Test
    void startingADraftFromAPublishedItemCopiesItAsTheNextVersion() {
        ItemContent item = Items.passport(newCode());
        editor.saveItem(item, EditorScope.EVERY_DEPARTMENT);
        editor.publish(item.code(), EditorScope.EVERY_DEPARTMENT);

        var draft = editor.startDraft(item.code(), EditorScope.EVERY_DEPARTMENT);

        assertThat(draft.version()).isEqualTo(2);
        assertThat(draft.state()).isEqualTo(EntryState.DRAFT);
        assertThat(editor.startDraft(item.code(), EditorScope.EVERY_DEPARTMENT).version()).as("the open draft, not a third").isEqualTo(2);
    }

    @Test
    void aRetiredItemCanNoLongerBeFoundButEveryVersionStaysReadable() {
        ItemContent item = Items.passport(newCode());
        editor.saveItem(item, EditorScope.EVERY_DEPARTMENT);
        editor.publish(item.code(), EditorScope.EVERY_DEPARTMENT);
        assertThat(catalogue.search(ServiceQuery.of(item.name().zh())).items()).extracting(ServiceSummary::code).contains(item.code());

        editor.retire(item.code(), EditorScope.EVERY_DEPARTMENT);

        assertThat(catalogue.find(item.code())).isEmpty();
        assertThat(catalogue.find(item.code(), 1)).hasValueSatisfying(v -> assertThat(v.state()).isEqualTo(EntryState.RETIRED));
        assertThat(catalogue.search(ServiceQuery.of(item.name().zh())).items()).extracting(ServiceSummary::code).doesNotContain(item.code());
        assertThatThrownBy(() -> editor.retire(item.code(), EditorScope.EVERY_DEPARTMENT))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(CatalogueError.NOT_PUBLISHED));
    }

    @Test
    void aDraftWithAnInvalidFormCannotBePublishedAndTheErrorNamesThePart() {
        ItemContent item = Items.passport(newCode());
        Map<String, Object> schema = new LinkedHashMap<>(item.form().schema());
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.putAll(castMap(schema.get("properties")));
        properties.put("destination", Map.of("type", "string", "oneOf", List.of(Map.of("const", "HK"))));
        schema.put("properties", properties);
        ItemContent broken = Items.withForm(item, new ServiceForm(schema, item.form().pages()));
        editor.saveItem(broken, EditorScope.EVERY_DEPARTMENT);

        assertThatThrownBy(() -> editor.publish(broken.code(), EditorScope.EVERY_DEPARTMENT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::code, v -> v.arguments().get("path"))
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("form", CatalogueError.FORM_KEYWORD_UNSUPPORTED,
                                "properties.destination.oneOf")));
        assertThat(catalogue.find(broken.code())).isEmpty();
    }

    @Test
    void aFormForPeopleAsksOneQuestionPerPageAndEveryFieldIsAsked() {
        ItemContent item = Items.passport(newCode());
        List<FormPage> pages = item.form().pages();
        FormPage together = new FormPage(List.of(pages.get(0).questions().get(0), pages.get(1).questions().get(0)));
        ItemContent crowded = Items.withForm(item, new ServiceForm(item.form().schema(), List.of(together)));
        editor.saveItem(crowded, EditorScope.EVERY_DEPARTMENT);

        assertThatThrownBy(() -> editor.publish(crowded.code(), EditorScope.EVERY_DEPARTMENT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.code() + " " + v.arguments().get("path"))
                        .containsExactly("FORM_ONE_QUESTION_PER_PAGE pages[0]", "FORM_FIELD_NOT_ASKED properties.destination"));
    }

    @Test
    void aDraftIsPublishedOnlyWhenCompleteAndTheRefusalListsEveryMissingField() {
        ItemContent item = Items.passport(newCode());
        ItemContent unfinished = new ItemContent(item.code(), new Text("半成品事项", null), null, item.departmentCode(), null, List.of(),
                null, null, 10, 20, null, null, null, Set.of(), Set.of(), Set.of(), Set.of(), null, List.of(), null, List.of());

        assertThatThrownBy(() -> editor.saveItem(unfinished, EditorScope.EVERY_DEPARTMENT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("promisedDays"));

        editor.saveItem(Items.withDays(unfinished, 20, 10), EditorScope.EVERY_DEPARTMENT);
        assertThatThrownBy(() -> editor.publish(item.code(), EditorScope.EVERY_DEPARTMENT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(FieldViolation::field)
                        .contains("nameEn", "summary", "whoMayApply", "conditions", "type", "legalBasis", "feeFen", "trips", "audiences",
                                "channels", "outcome", "form"));
    }

    @Test
    void aDepartmentAdministratorCannotEditAnotherDepartmentsItems() {
        ItemContent item = Items.passport(newCode());

        assertThatThrownBy(() -> editor.saveItem(item, EditorScope.of(Set.of("qd-xzsp"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("departmentCode", CatalogueError.DEPARTMENT_NOT_YOURS)));
    }

    @Test
    void aBundleFillsOnlyFieldsItsMembersHaveAndIsPublishedWithThemFixedAtTheirCurrentVersions() {
        ItemContent item = Items.passport(newCode());
        editor.saveItem(item, EditorScope.EVERY_DEPARTMENT);
        editor.publish(item.code(), EditorScope.EVERY_DEPARTMENT);
        String code = newCode();
        var bundle = new io.onewindow.catalogue.internal.BundleContent(code, new Text("出境一件事", "Going abroad"),
                new Text("护照与港澳通行证一次申请。", "Passport and Hong Kong permit at once."), "qd-ga", Set.of(Audience.PERSON),
                Set.of(LifeEvent.TRAVEL), Set.of(), List.of(new ServiceBundle.BundleMember(item.code(), 0),
                new ServiceBundle.BundleMember("370200-GA-XK-0007", 0)),
                List.of(new ServiceBundle.SharedQuestion("destination", new Text("前往地", "Destination"), null, null,
                        List.of(new ServiceBundle.FieldMapping(item.code(), "destination"),
                                new ServiceBundle.FieldMapping("370200-GA-XK-0007", "nowhere")))), 7, 1, List.of("出国"));

        assertThatThrownBy(() -> editor.saveBundle(bundle, EditorScope.EVERY_DEPARTMENT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.code() + " " + v.arguments().get("field")).containsExactly("MEMBER_FIELD_UNKNOWN nowhere"));

        var fixed = new io.onewindow.catalogue.internal.BundleContent(code, bundle.name(), bundle.summary(), "qd-ga", bundle.audiences(),
                bundle.lifeEvents(), Set.of(), bundle.members(), List.of(new ServiceBundle.SharedQuestion("destination", new Text("前往地", "Destination"),
                null, null, List.of(new ServiceBundle.FieldMapping(item.code(), "destination"),
                new ServiceBundle.FieldMapping("370200-GA-XK-0007", "destination")))), 7, 1, List.of("出国"));
        editor.saveBundle(fixed, EditorScope.EVERY_DEPARTMENT);
        editor.publish(code, EditorScope.EVERY_DEPARTMENT);

        assertThat(catalogue.findBundle(code).orElseThrow().members())
                .containsExactly(new ServiceBundle.BundleMember(item.code(), 1),
                        new ServiceBundle.BundleMember("370200-GA-XK-0007", catalogue.find("370200-GA-XK-0007").orElseThrow().version()));
    }

    @Test
    void theExportedCatalogueImportsAgainWithoutChangingAnything() {
        long versions = jdbc.sql("select count(*) from catalogue.entry_version").query(Long.class).single();

        CatalogueTransfer.Imported again = transfer.importDocument(transfer.export(), true, EditorScope.EVERY_DEPARTMENT);

        assertThat(again.items()).isGreaterThanOrEqualTo(60);
        assertThat(again.published()).isZero();
        assertThat(jdbc.sql("select count(*) from catalogue.entry_version").query(Long.class).single()).isEqualTo(versions);
    }

    @Test
    void anImportWithAProblemImportsNothingAndNamesTheEntryAndField() {
        String code = newCode();
        String document = """
                {"format": "onewindow-catalogue/1", "items": [
                  {"code": "%s", "name": {"zh": "导入测试"}, "departmentCode": "qd-ga"},
                  {"code": "bad code", "name": {"zh": "坏编码"}, "departmentCode": "qd-ga", "trips": 9}
                ]}""".formatted(code);

        assertThatThrownBy(() -> transfer.importDocument(document, false, EditorScope.EVERY_DEPARTMENT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(FieldViolation::field)
                        .containsExactly("items[1].code", "items[1].trips"));
        assertThat(jdbc.sql("select count(*) from catalogue.entry_version where code = ?").param(code).query(Long.class).single()).isZero();
    }

    private static String newCode() {
        return "370200-TEST-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return new HashMap<>((Map<String, Object>) value);
    }
}
