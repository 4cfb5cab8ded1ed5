package io.onewindow.exchange.web;

import io.onewindow.exchange.DataResource;
import io.onewindow.exchange.ExchangeError;
import io.onewindow.exchange.internal.Corrections;
import io.onewindow.exchange.internal.DcatExport;
import io.onewindow.exchange.internal.ExchangeClient;
import io.onewindow.exchange.internal.RecordQuery;
import io.onewindow.exchange.internal.ResourceStore;
import io.onewindow.kernel.error.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The exchange's API: the catalogue (public, also as DCAT-AP 3 JSON-LD) and the query of a resource's records
 * by a department system holding an access token from {@code POST /oauth2/token} (client credentials).
 */
@RestController
@RequestMapping("/api/v1/exchange")
@Tag(name = "Data exchange", description = "政务信息资源目录 and purpose-bound, masked queries by department systems (OAuth2 client credentials)")
class ExchangeApi {

    private final ResourceStore resources;
    private final RecordQuery query;
    private final DcatExport dcat;
    private final Corrections corrections;
    private final String cityName;
    private final String cityNameEn;

    ExchangeApi(ResourceStore resources, RecordQuery query, DcatExport dcat, Corrections corrections, @Value("${onewindow.portal.city-name:}") String cityName,
                @Value("${onewindow.portal.city-name-en:}") String cityNameEn) {
        this.resources = resources;
        this.query = query;
        this.dcat = dcat;
        this.corrections = corrections;
        this.cityName = cityName;
        this.cityNameEn = cityNameEn;
    }

    @GetMapping("/resources")
    @Operation(summary = "Search the catalogue of data resources",
            description = "Words in the name, summary, code or provider; category BASE, THEME or DEPARTMENT; sharing UNCONDITIONAL, "
                    + "CONDITIONAL or NOT_SHARED; provider department code (e.g. qd-ga).")
    List<DataResource> search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) DataResource.Category category,
                              @RequestParam(required = false) DataResource.SharingType sharing,
                              @RequestParam(required = false) String provider) {
        return resources.search(q, category, sharing, provider);
    }

    @GetMapping("/resources/{code}")
    @Operation(summary = "A data resource with its information items")
    DataResource resource(@PathVariable String code) {
        return resources.require(code);
    }

    @GetMapping(value = "/catalogue.jsonld", produces = "application/ld+json")
    @Operation(summary = "The catalogue as DCAT-AP 3.0 JSON-LD", description = "For the national catalogue and DCAT harvesters.")
    ResponseEntity<Map<String, Object>> catalogue() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return ResponseEntity.ok().contentType(MediaType.valueOf("application/ld+json"))
                .body(dcat.catalogue(resources.all(), base, cityName, cityNameEn));
    }

    /** A value a consumer system found wrong: which record (subject and its position), which item, what it should be, why. */
    public record NewCorrection(String subject, Integer seq, String item, String proposed, String reason) {
    }

    /**
     * A flag as the flagging system sees it: what it asked to correct and where the answer stands, without the value the
     * record holds (the system reads values under its grant, masked as the grant says, not here).
     */
    public record FlaggedValue(UUID id, String resourceCode, String subject, int seq, String item, String proposed, String reason,
                               Instant flaggedAt, LocalDate dueOn, String state, String answer) {

        static FlaggedValue of(Corrections.Correction correction) {
            return new FlaggedValue(correction.id(), correction.resourceCode(), correction.subject(), correction.seq(), correction.item(),
                    correction.proposed(), correction.reason(), correction.flaggedAt(), correction.dueOn(), correction.state(),
                    correction.answer());
        }
    }

    @PostMapping("/resources/{code}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Flag a wrong value (数据纠错)",
            description = "Bearer token of a department system whose department holds a grant, valid today, covering the item (403 "
                    + "no-grant or item-not-granted otherwise). The provider answers within 10 working days; a correction makes a new "
                    + "version of the record and keeps the old values. Only resources the exchange holds (not 人口 or 法人) are corrected here.")
    FlaggedValue flag(@PathVariable String code, @RequestBody NewCorrection body, @AuthenticationPrincipal ExchangeClient client) {
        if (client == null) {
            throw new DomainException(ExchangeError.CLIENT_UNKNOWN);
        }
        return FlaggedValue.of(corrections.flag(new Corrections.Flag(code, body.subject(), body.seq() == null ? 1 : body.seq(), body.item(),
                body.proposed(), body.reason(), client.departmentId(), null)));
    }

    @GetMapping("/resources/{code}/records")
    @Operation(summary = "A subject's records, for a purpose, under the department's grant",
            description = "Bearer token from POST /oauth2/token (grant_type=client_credentials). Only the granted items come back "
                    + "(all of them, or those named in items); sensitive items masked unless the grant allows clear values; core items "
                    + "always masked. Each call is recorded as a read of each person's data. Refusals (403 no grant, expired or revoked "
                    + "grant, item or purpose not granted, unknown purpose; 429 over the client's rate) are problem+json and recorded.")
    RecordQuery.Served records(@PathVariable String code,
                               @Parameter(description = "Citizen ID (人口 and other person resources) or unified social credit code")
                               @RequestParam(required = false) String subject,
                               @Parameter(description = "A purpose code of the managed list, as granted, e.g. social-assistance")
                               @RequestParam(required = false) String purpose,
                               @Parameter(description = "Item names; all granted items when absent") @RequestParam(required = false) List<String> items,
                               @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                               @AuthenticationPrincipal ExchangeClient client) {
        if (client == null) {
            throw new DomainException(ExchangeError.CLIENT_UNKNOWN);
        }
        return query.query(client, new RecordQuery.Ask(code, subject, purpose, items, page, size));
    }
}
