package io.onewindow.catalogue.internal;

import io.onewindow.catalogue.CatalogueError;
import io.onewindow.catalogue.LegalBasis;
import io.onewindow.catalogue.Material;
import io.onewindow.catalogue.Outcome;
import io.onewindow.catalogue.Text;
import io.onewindow.identity.Departments;
import io.onewindow.kernel.error.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What an item must be to be saved as a draft (nothing typed wrongly, nothing out of range, every code it
 * names known) and, further, to be published (complete: both languages, a legal basis, time limits, fee,
 * channels, audience, outcome and a valid form). Fields are named as the editing page and the import name
 * them, under a prefix ({@code items[3].}) when given.
 */
@Component
class ItemRules {

    static final Pattern CODE = Pattern.compile("[0-9A-Z][0-9A-Z-]{3,39}");
    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    static final Pattern LICENCE_OR_DATA = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    static final int MAX_DAYS = 365;
    static final int MAX_TRIPS = 5;

    private final Departments departments;

    ItemRules(Departments departments) {
        this.departments = departments;
    }

    void check(ItemContent item, boolean publishing, EditorScope scope, String prefix, Violations v) {
        code(item.code(), prefix, v);
        department(item.departmentCode(), scope, prefix, v);
        v.require(item.name() != null && !item.name().isBlank(), prefix + "name", CatalogueError.REQUIRED);
        text(item.name(), prefix + "name", 100, false, v);
        if (publishing) {
            v.require(item.name() != null && item.name().en() != null && !item.name().en().isBlank(), prefix + "nameEn", CatalogueError.REQUIRED);
        }
        text(item.summary(), prefix + "summary", 500, publishing, v);
        text(item.whoMayApply(), prefix + "whoMayApply", 500, publishing, v);
        text(item.conditions(), prefix + "conditions", 2000, publishing, v);
        if (publishing) {
            v.require(item.type() != null, prefix + "type", CatalogueError.REQUIRED);
        }
        legalBasis(item.legalBasis(), prefix + "legalBasis", publishing, v);
        days(item, prefix, publishing, v);
        if (v.require(!publishing || item.feeFen() != null, prefix + "feeFen", CatalogueError.REQUIRED) && item.feeFen() != null) {
            v.require(item.feeFen() >= 0 && item.feeFen() <= 100_000_000, prefix + "feeFen", CatalogueError.OUT_OF_RANGE,
                    Map.of("min", 0, "max", 1_000_000));
        }
        if (v.require(!publishing || item.trips() != null, prefix + "trips", CatalogueError.REQUIRED) && item.trips() != null) {
            v.require(item.trips() >= 0 && item.trips() <= MAX_TRIPS, prefix + "trips", CatalogueError.OUT_OF_RANGE,
                    Map.of("min", 0, "max", MAX_TRIPS));
        }
        if (publishing) {
            v.require(!item.audiences().isEmpty(), prefix + "audiences", CatalogueError.REQUIRED);
            v.require(!item.channels().isEmpty(), prefix + "channels", CatalogueError.REQUIRED);
        }
        outcome(item.outcome(), prefix + "outcome", publishing, v);
        materials(item.materials(), prefix + "materials", v);
        keywords(item.keywords(), prefix + "keywords", v);
        if (publishing) {
            FormProfile.check(item.form(), item.audiences(), prefix + "form", v);
        }
    }

    void code(String code, String prefix, Violations v) {
        if (v.require(code != null && !code.isBlank(), prefix + "code", CatalogueError.REQUIRED)) {
            v.require(CODE.matcher(code).matches(), prefix + "code", CatalogueError.CODE_INVALID);
        }
    }

    void department(String code, EditorScope scope, String prefix, Violations v) {
        if (v.require(code != null && !code.isBlank(), prefix + "departmentCode", CatalogueError.REQUIRED)
                && v.require(departments.findByCode(code).isPresent(), prefix + "departmentCode", CatalogueError.DEPARTMENT_UNKNOWN)) {
            v.require(scope.covers(code), prefix + "departmentCode", CatalogueError.DEPARTMENT_NOT_YOURS);
        }
    }

    static void text(Text text, String field, int max, boolean publishing, Violations v) {
        boolean zh = text != null && !text.isBlank();
        boolean en = text != null && text.en() != null && !text.en().isBlank();
        if (publishing) {
            v.require(zh, field, CatalogueError.REQUIRED);
            v.require(en, field + "En", CatalogueError.REQUIRED);
        }
        if (zh) {
            v.require(text.zh().length() <= max, field, CatalogueError.TOO_LONG, Map.of("max", max));
        }
        if (en) {
            v.require(text.en().length() <= max * 3, field + "En", CatalogueError.TOO_LONG, Map.of("max", max * 3));
        }
    }

    private static void legalBasis(List<LegalBasis> basis, String field, boolean publishing, Violations v) {
        v.require(!publishing || !basis.isEmpty(), field, CatalogueError.REQUIRED);
        for (LegalBasis law : basis) {
            v.require(law.law() != null && law.law().startsWith("《") && law.law().contains("》") && law.law().length() <= 100,
                    field, CatalogueError.LINE_MALFORMED, Map.of("line", law.citation()));
        }
    }

    private static void days(ItemContent item, String prefix, boolean publishing, Violations v) {
        boolean statutory = range(item.statutoryDays(), prefix + "statutoryDays", MAX_DAYS, publishing, v);
        boolean promised = range(item.promisedDays(), prefix + "promisedDays", MAX_DAYS, publishing, v);
        if (statutory && promised) {
            v.require(item.promisedDays() <= item.statutoryDays(), prefix + "promisedDays", CatalogueError.PROMISED_EXCEEDS_STATUTORY,
                    Map.of("statutory", item.statutoryDays()));
        }
    }

    private static boolean range(Integer value, String field, int max, boolean publishing, Violations v) {
        if (!v.require(!publishing || value != null, field, CatalogueError.REQUIRED) || value == null) {
            return false;
        }
        return v.require(value >= 0 && value <= max, field, CatalogueError.OUT_OF_RANGE, Map.of("min", 0, "max", max));
    }

    private static void outcome(Outcome outcome, String field, boolean publishing, Violations v) {
        if (outcome == null || outcome.kind() == null) {
            v.require(!publishing, field, CatalogueError.REQUIRED);
            return;
        }
        if (outcome.kind() == Outcome.Kind.LICENCE) {
            v.require(outcome.licenceType() != null && KnownCodes.LICENCE_TYPES.contains(outcome.licenceType()), field,
                    CatalogueError.LICENCE_TYPE_UNKNOWN, Map.of("code", String.valueOf(outcome.licenceType())));
        } else {
            v.require(outcome.name() != null && !outcome.name().isBlank(), field, CatalogueError.REQUIRED);
        }
    }

    private static void materials(List<Material> materials, String field, Violations v) {
        Set<String> keys = new HashSet<>();
        for (Material m : materials) {
            String line = m.key() == null ? "" : m.key();
            if (v.require(m.key() != null && KEY.matcher(m.key()).matches(), field, CatalogueError.KEY_INVALID, Map.of("key", line))) {
                v.require(keys.add(m.key()), field, CatalogueError.KEY_REPEATED, Map.of("key", line));
            }
            v.require(m.name() != null && !m.name().isBlank(), field, CatalogueError.LINE_MALFORMED, Map.of("line", line));
            v.require(m.form() != null && m.count() >= 1 && m.count() <= 20, field, CatalogueError.LINE_MALFORMED, Map.of("line", line));
            if (m.satisfiedByLicenceType() != null) {
                v.require(KnownCodes.LICENCE_TYPES.contains(m.satisfiedByLicenceType()), field, CatalogueError.LICENCE_TYPE_UNKNOWN,
                        Map.of("code", m.satisfiedByLicenceType()));
            }
            if (m.satisfiedByData() != null) {
                v.require(KnownCodes.DATA_RESOURCES.contains(m.satisfiedByData()), field, CatalogueError.DATA_RESOURCE_UNKNOWN,
                        Map.of("code", m.satisfiedByData()));
            }
        }
    }

    private static void keywords(List<String> keywords, String field, Violations v) {
        v.require(keywords.size() <= 40 && keywords.stream().allMatch(k -> k != null && !k.isBlank() && k.length() <= 20),
                field, CatalogueError.TOO_LONG, Map.of("max", 20));
    }
}
