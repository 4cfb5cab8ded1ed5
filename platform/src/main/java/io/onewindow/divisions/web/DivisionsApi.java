package io.onewindow.divisions.web;

import io.onewindow.divisions.Division;
import io.onewindow.divisions.Divisions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The division register for integrators: public, read-only. */
@RestController
@RequestMapping("/api/v1/divisions")
@Tag(name = "Divisions", description = "The five-level register of administrative divisions (GB/T 2260 and below)")
class DivisionsApi {

    private final Divisions divisions;

    DivisionsApi(Divisions divisions) {
        this.divisions = divisions;
    }

    /** A division with its path from the province down. */
    public record DivisionResource(String code, String gbCode, String name, String level, String parentCode, List<String> path) {
        static DivisionResource of(Division d, Divisions divisions) {
            return new DivisionResource(d.code(), d.gbCode(), d.name(), d.level().name(), d.parentCode(),
                    divisions.path(d.code()).stream().map(Division::name).toList());
        }
    }

    @GetMapping
    @Operation(summary = "Search divisions by name", description = "Shallowest first; at most 50.")
    List<DivisionResource> search(@RequestParam("q") String query) {
        return divisions.search(query, 50).stream().map(d -> DivisionResource.of(d, divisions)).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "A division by its code", description = "The short form (3702) or the GB/T 2260 form (370200).")
    ResponseEntity<DivisionResource> division(@PathVariable String code) {
        return ResponseEntity.of(divisions.find(code).map(d -> DivisionResource.of(d, divisions)));
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "The divisions directly under a division")
    List<DivisionResource> children(@PathVariable String code) {
        return divisions.children(code).stream().map(d -> DivisionResource.of(d, divisions)).toList();
    }
}
