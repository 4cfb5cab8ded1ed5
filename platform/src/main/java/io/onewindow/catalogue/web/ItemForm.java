package io.onewindow.catalogue.web;

import io.onewindow.catalogue.Audience;
import io.onewindow.catalogue.BusinessEvent;
import io.onewindow.catalogue.CatalogueError;
import io.onewindow.catalogue.Channel;
import io.onewindow.catalogue.ItemType;
import io.onewindow.catalogue.LegalBasis;
import io.onewindow.catalogue.LifeEvent;
import io.onewindow.catalogue.Material;
import io.onewindow.catalogue.MaterialForm;
import io.onewindow.catalogue.Outcome;
import io.onewindow.catalogue.ServiceForm;
import io.onewindow.catalogue.Text;
import io.onewindow.catalogue.internal.ItemContent;
import io.onewindow.kernel.error.Violations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The item editing page's form, as typed: plain fields, checkboxes, and text areas with one legal basis or
 * one material per line and the application form as JSON. {@link #parse} turns it into an item's content,
 * recording against its field whatever cannot be read.
 */
public record ItemForm(String code, String departmentCode, String type, String name, String nameEn, String summary, String summaryEn,
                String whoMayApply, String whoMayApplyEn, String conditions, String conditionsEn, String statutoryDays,
                String promisedDays, String fee, String feeNote, String feeNoteEn, String trips, List<String> audiences,
                List<String> channels, List<String> lifeEvents, List<String> businessEvents, String outcomeLicenceType,
                String outcomeName, String outcomeNameEn, String legalBasis, String materials, String keywords, String form) {

    static final String SEPARATOR = "|";

    static ItemForm empty(String formTemplate) {
        return new ItemForm("", "", "", "", "", "", "", "", "", "", "", "", "", "0", "", "", "0", List.of(), List.of("ONLINE"),
                List.of(), List.of(), "", "", "", "", "", "", formTemplate);
    }

    static ItemForm of(ItemContent c, JsonMapper json) {
        return new ItemForm(c.code(), c.departmentCode(), c.type() == null ? "" : c.type().name(), zh(c.name()), en(c.name()),
                zh(c.summary()), en(c.summary()), zh(c.whoMayApply()), en(c.whoMayApply()), zh(c.conditions()), en(c.conditions()),
                number(c.statutoryDays()), number(c.promisedDays()),
                c.feeFen() == null ? "" : BigDecimal.valueOf(c.feeFen(), 2).stripTrailingZeros().toPlainString(),
                zh(c.feeNote()), en(c.feeNote()), number(c.trips()), names(c.audiences()), names(c.channels()), names(c.lifeEvents()),
                names(c.businessEvents()), c.outcome() == null || c.outcome().licenceType() == null ? "" : c.outcome().licenceType(),
                c.outcome() == null ? "" : zh(c.outcome().name()), c.outcome() == null ? "" : en(c.outcome().name()),
                c.legalBasis().stream().map(LegalBasis::citation).collect(Collectors.joining("\n")),
                c.materials().stream().map(ItemForm::line).collect(Collectors.joining("\n")), String.join("，", c.keywords()),
                c.form() == null ? "" : json.writerWithDefaultPrettyPrinter().writeValueAsString(c.form()));
    }

    ItemContent parse(JsonMapper json, Violations v) {
        ItemType itemType = choice(ItemType.class, type, "type", v);
        Integer statutory = integer(statutoryDays, "statutoryDays", v);
        Integer promised = integer(promisedDays, "promisedDays", v);
        Integer tripCount = integer(trips, "trips", v);
        Long feeFen = fen(v);
        Outcome outcome = blank(outcomeLicenceType) ? (blank(outcomeName) ? null : Outcome.decision(text(outcomeName, outcomeNameEn)))
                : Outcome.licence(outcomeLicenceType.strip(), text(outcomeName, outcomeNameEn));
        ServiceForm serviceForm = null;
        if (!blank(form)) {
            try {
                serviceForm = json.readValue(form, ServiceForm.class);
            } catch (JacksonException e) {
                v.require(false, "form", CatalogueError.JSON_MALFORMED, Map.of("detail", e.getOriginalMessage()));
            }
        }
        return new ItemContent(strip(code), text(name, nameEn), text(summary, summaryEn), strip(departmentCode), itemType,
                legalBasis(v), text(whoMayApply, whoMayApplyEn), text(conditions, conditionsEn), statutory, promised, feeFen,
                blank(feeNote) ? null : text(feeNote, feeNoteEn), tripCount, set(Audience.class, audiences, "audiences", v),
                set(Channel.class, channels, "channels", v), set(LifeEvent.class, lifeEvents, "lifeEvents", v),
                set(BusinessEvent.class, businessEvents, "businessEvents", v), outcome, materials(v), serviceForm,
                blank(keywords) ? List.of() : Arrays.stream(keywords.split("[,，、;；\\s]+")).filter(k -> !k.isBlank()).toList());
    }

    private List<LegalBasis> legalBasis(Violations v) {
        List<LegalBasis> basis = new ArrayList<>();
        for (String line : lines(legalBasis)) {
            int close = line.lastIndexOf('》');
            if (v.require(line.startsWith("《") && close > 0, "legalBasis", CatalogueError.LINE_MALFORMED, Map.of("line", line))) {
                String article = line.substring(close + 1).strip();
                basis.add(new LegalBasis(line.substring(0, close + 1), article.isEmpty() ? null : article));
            }
        }
        return basis;
    }

    // key | 中文名称 | English name | ORIGINAL | 1 | required | LICENCE_TYPE | DATA_RESOURCE
    private List<Material> materials(Violations v) {
        List<Material> found = new ArrayList<>();
        for (String line : lines(materials)) {
            String[] parts = Arrays.stream(line.split("\\" + SEPARATOR, -1)).map(String::strip).toArray(String[]::new);
            MaterialForm materialForm = parts.length > 3 ? parse(MaterialForm.class, parts[3]) : null;
            Integer count = parts.length > 4 ? parseInt(parts[4]) : null;
            if (!v.require(parts.length >= 6 && materialForm != null && count != null, "materials", CatalogueError.LINE_MALFORMED,
                    Map.of("line", line))) {
                continue;
            }
            boolean required = !parts[5].equalsIgnoreCase("optional") && !parts[5].equals("否") && !parts[5].equals("可选");
            found.add(new Material(parts[0], text(parts[1], parts[2]), materialForm, count, required,
                    parts.length > 6 && !parts[6].isEmpty() ? parts[6] : null, parts.length > 7 && !parts[7].isEmpty() ? parts[7] : null, null));
        }
        return found;
    }

    private static String line(Material m) {
        return String.join(" " + SEPARATOR + " ", m.key(), zh(m.name()), en(m.name()), m.form().name(), String.valueOf(m.count()),
                m.required() ? "required" : "optional", m.satisfiedByLicenceType() == null ? "" : m.satisfiedByLicenceType(),
                m.satisfiedByData() == null ? "" : m.satisfiedByData()).strip();
    }

    private Long fen(Violations v) {
        if (blank(fee)) {
            return null;
        }
        try {
            BigDecimal yuan = new BigDecimal(fee.strip());
            if (v.require(yuan.scale() <= 2 && yuan.signum() >= 0, "fee", CatalogueError.OUT_OF_RANGE, Map.of("min", 0, "max", 1_000_000))) {
                return yuan.movePointRight(2).longValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            v.require(false, "fee", CatalogueError.NOT_A_NUMBER);
        }
        return null;
    }

    private static Integer integer(String raw, String field, Violations v) {
        if (blank(raw)) {
            return null;
        }
        Integer value = parseInt(raw);
        v.require(value != null, field, CatalogueError.NOT_A_NUMBER);
        return value;
    }

    private static Integer parseInt(String raw) {
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String raw, String field, Violations v) {
        if (blank(raw)) {
            return null;
        }
        E value = parse(type, raw);
        v.require(value != null, field, CatalogueError.CHOICE_UNKNOWN, Map.of("value", raw));
        return value;
    }

    private static <E extends Enum<E>> Set<E> set(Class<E> type, List<String> raw, String field, Violations v) {
        Set<E> values = EnumSet.noneOf(type);
        for (String one : raw == null ? List.<String>of() : raw) {
            E value = choice(type, one, field, v);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String raw) {
        String name = raw.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    private static List<String> lines(String text) {
        return blank(text) ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static Text text(String zh, String en) {
        return new Text(strip(zh), strip(en));
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String zh(Text text) {
        return text == null || text.zh() == null ? "" : text.zh();
    }

    private static String en(Text text) {
        return text == null || text.en() == null ? "" : text.en();
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static <E extends Enum<E>> List<String> names(Set<E> values) {
        return values.stream().map(Enum::name).toList();
    }
}
