package io.onewindow.exchange.internal;

import io.onewindow.exchange.DataResource;
import io.onewindow.exchange.InformationItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The catalogue as DCAT-AP 3.0 JSON-LD, for the national catalogue and anyone harvesting DCAT: one
 * {@code dcat:Dataset} per resource with its publisher (the provider), identifiers (resource code and
 * 类-项-目-细目 code), access rights (from the open type), accrual periodicity (from the update cycle, EU
 * frequency vocabulary), its sharing type and information items (in the platform's own namespace, since
 * DCAT has no terms for them), and a {@code dcat:Distribution} whose access URL is the query API.
 */
@Component
public class DcatExport {

    private static final String EU = "http://publications.europa.eu/resource/authority/";

    public Map<String, Object> catalogue(List<DataResource> resources, String base, String cityName, String cityNameEn) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.put("adms", "http://www.w3.org/ns/adms#");
        context.put("skos", "http://www.w3.org/2004/02/skos/core#");
        context.put("onewindow", base + "/ns/exchange#");

        Map<String, Object> catalogue = new LinkedHashMap<>();
        catalogue.put("@context", context);
        catalogue.put("@id", base + "/api/v1/exchange/catalogue.jsonld");
        catalogue.put("@type", "dcat:Catalog");
        catalogue.put("dct:title", texts(cityName + "政务信息资源目录", cityNameEn + " catalogue of government data resources"));
        catalogue.put("dct:description", texts("本市各部门政务信息资源的目录：共享类型、共享方式、开放类型、更新周期和信息项。",
                "Every department's government data resources: how each is shared and opened, how often it is updated, its items."));
        catalogue.put("dct:publisher", agent(base + "/exchange", cityName, cityNameEn));
        catalogue.put("dcat:dataset", resources.stream().map(r -> dataset(r, base)).toList());
        return catalogue;
    }

    private Map<String, Object> dataset(DataResource r, String base) {
        String id = base + "/exchange/resources/" + r.code();
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("@id", id);
        dataset.put("@type", "dcat:Dataset");
        dataset.put("dct:identifier", r.code());
        dataset.put("adms:identifier", Map.of("@type", "adms:Identifier", "skos:notation", r.catalogueCode()));
        dataset.put("dct:title", texts(r.name(), r.nameEn()));
        dataset.put("dct:description", texts(r.summary(), r.summaryEn()));
        dataset.put("dct:publisher", agent(base + "/departments/" + r.providerId(), r.providerName(), r.providerNameEn()));
        dataset.put("dct:issued", Map.of("@value", r.publishedOn().toString(), "@type", "xsd:date"));
        dataset.put("dct:accrualPeriodicity", Map.of("@id", EU + "frequency/" + switch (r.updateCycle()) {
            case REAL_TIME -> "CONT";
            case DAILY -> "DAILY";
            case MONTHLY -> "MONTHLY";
            case QUARTERLY -> "QUARTERLY";
            case YEARLY -> "ANNUAL";
        }));
        dataset.put("dct:accessRights", Map.of("@id", EU + "access-right/" + switch (r.openType()) {
            case OPEN -> "PUBLIC";
            case CONDITIONAL_OPEN -> "RESTRICTED";
            case NOT_OPEN -> "NON_PUBLIC";
        }));
        dataset.put("dcat:theme", Map.of("@id", base + "/ns/exchange#" + r.category().name().toLowerCase(java.util.Locale.ROOT)));
        dataset.put("onewindow:sharing", r.sharing().name());
        if (!r.conditions().isEmpty()) {
            dataset.put("onewindow:conditions", r.conditions());
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (InformationItem item : r.items()) {
            items.add(Map.of("dct:identifier", item.name(), "dct:title", texts(item.label(), item.labelEn()),
                    "onewindow:dataType", item.dataType(), "onewindow:sensitivity", item.sensitivity().name(),
                    "onewindow:personal", item.personal()));
        }
        dataset.put("onewindow:item", items);
        Map<String, Object> distribution = new LinkedHashMap<>();
        distribution.put("@id", id + "#" + r.method().name().toLowerCase(java.util.Locale.ROOT));
        distribution.put("@type", "dcat:Distribution");
        distribution.put("dct:format", Map.of("@id", EU + "file-type/" + (r.method() == DataResource.ShareMethod.FILE ? "CSV" : "JSON")));
        distribution.put("dcat:accessURL", Map.of("@id", base + "/api/v1/exchange/resources/" + r.code() + "/records"));
        distribution.put("dct:description", texts(r.format(), r.format()));
        dataset.put("dcat:distribution", List.of(distribution));
        return dataset;
    }

    private static Map<String, Object> agent(String id, String name, String nameEn) {
        return Map.of("@id", id, "@type", "foaf:Agent", "foaf:name", texts(name, nameEn));
    }

    private static List<Map<String, String>> texts(String zh, String en) {
        return List.of(Map.of("@language", "zh-CN", "@value", zh), Map.of("@language", "en", "@value", en));
    }
}
