package io.onewindow.catalogue.web;

import io.onewindow.catalogue.CatalogueError;
import io.onewindow.catalogue.EntryKind;
import io.onewindow.catalogue.ResultPage;
import io.onewindow.catalogue.ServiceCatalogue;
import io.onewindow.catalogue.ServiceSummary;
import io.onewindow.catalogue.internal.CatalogueReader;
import io.onewindow.kernel.error.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public catalogue API: search the published entries, and read one in full (current, or a given version). */
@RestController
@RequestMapping("/api/v1/services")
@Tag(name = "Catalogue", description = "Service items and bundles (办事指南): search and guides, public")
class ServicesApi {

    private final ServiceCatalogue catalogue;
    private final CatalogueReader reader;

    ServicesApi(ServiceCatalogue catalogue, CatalogueReader reader) {
        this.catalogue = catalogue;
        this.reader = reader;
    }

    /** One entry of a result list. {@code feeFen} is the fee in fen (0 when free). */
    public record ServiceResource(String code, int version, String kind, String name, String nameEn, String departmentCode,
                           String department, String departmentEn, int promisedDays, int trips, long feeFen, List<String> audiences) {
        static ServiceResource of(ServiceSummary s) {
            return new ServiceResource(s.code(), s.version(), s.kind().name(), s.name().zh(), s.name().en(), s.departmentCode(),
                    s.departmentName().zh(), s.departmentName().en(), s.promisedDays(), s.trips(), s.feeFen(),
                    s.audiences().stream().map(Enum::name).sorted().toList());
        }
    }

    public record Page(List<ServiceResource> items, int page, int size, long total) {
    }

    @GetMapping
    @Operation(summary = "Search the published catalogue",
            description = "Words as people type them (开饭店, 公积金怎么取); without words, every entry by code. Filters: audience "
                    + "(PERSON, ENTERPRISE), department code, level of the owning department (CITY, COUNTY, TOWNSHIP), event (a life "
                    + "event such as BIRTH or a business event such as START).")
    Page search(@RequestParam(defaultValue = "") String q,
                @Parameter(description = "PERSON or ENTERPRISE") @RequestParam(required = false) String audience,
                @Parameter(description = "A department code, e.g. qd-scjg") @RequestParam(required = false) String department,
                @Parameter(description = "The owning department's level: CITY (市级), COUNTY (区（市）级) or TOWNSHIP (街道、镇级)")
                @RequestParam(required = false) String level,
                @Parameter(description = "A life event (BIRTH, SCHOOL, …) or business event (START, CHANGE, …)") @RequestParam(required = false) String event,
                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        ResultPage<ServiceSummary> found = catalogue.search(new Browse(q, audience, department, level, event, page).query(size));
        return new Page(found.items().stream().map(ServiceResource::of).toList(), found.page(), found.size(), found.total());
    }

    @GetMapping("/{code}")
    @Operation(summary = "An item's or a bundle's guide in full",
            description = "The current published version, or with ?version= that version (kept readable after it is superseded "
                    + "or retired). Items carry their materials (with the licence type or data resource that can stand for each) "
                    + "and their form (JSON Schema 2020-12 and its pages); bundles their members and shared questions.")
    Object entry(@PathVariable String code, @RequestParam(required = false) Integer version, Locale locale) {
        CatalogueReader.Versions versions = reader.versions(code);
        EntryKind kind = versions.kind().orElseThrow(() -> notFound(code));
        Object found = kind == EntryKind.BUNDLE ? reader.bundle(versions, version).orElse(null) : reader.item(versions, version).orElse(null);
        if (found == null) {
            throw notFound(code);
        }
        return found;
    }

    private static DomainException notFound(String code) {
        return new DomainException(CatalogueError.ENTRY_NOT_FOUND, Map.of("code", code));
    }
}
