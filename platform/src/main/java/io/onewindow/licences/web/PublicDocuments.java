package io.onewindow.licences.web;

import io.onewindow.kernel.error.DomainException;
import io.onewindow.licences.LicencesError;
import io.onewindow.licences.internal.BundledContexts;
import io.onewindow.licences.internal.DidDocument;
import io.onewindow.licences.internal.StatusLists;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What verifiers elsewhere fetch, public: the platform's DID document, the OneWindow licence context (the same
 * bytes every verifier bundles), and the signed status lists.
 */
@RestController
@Tag(name = "Licences", description = "E-licences (电子证照) as W3C Verifiable Credentials")
class PublicDocuments {

    static final MediaType DID_JSON = MediaType.parseMediaType("application/did+json");
    static final MediaType LD_JSON = MediaType.parseMediaType("application/ld+json");
    static final MediaType VC = MediaType.parseMediaType("application/vc");

    private final DidDocument did;
    private final StatusLists statusLists;

    PublicDocuments(DidDocument did, StatusLists statusLists) {
        this.did = did;
        this.statusLists = statusLists;
    }

    @GetMapping("/.well-known/did.json")
    @Operation(summary = "The platform's DID document (did:web)", description = "Every key licences were signed with, current and "
            + "retired, as Multikey verification methods: Ed25519 for eddsa-rdfc-2022, SM2 (multicodec sm2-pub) for the second proof.")
    ResponseEntity<String> didDocument() {
        return ResponseEntity.ok().contentType(DID_JSON).cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .body(did.document().toString());
    }

    @GetMapping("/ns/licences/v1")
    @Operation(summary = "The OneWindow licence vocabulary (JSON-LD context)",
            description = "Identified as https://onewindow.io/ns/licences/v1; verifiers bundle it and never fetch it when verifying.")
    ResponseEntity<byte[]> context() {
        return ResponseEntity.ok().contentType(LD_JSON).cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                .body(BundledContexts.text(BundledContexts.LICENCES_V1));
    }

    @GetMapping("/licences/status/{purpose}/{list}")
    @Operation(summary = "A signed BitstringStatusListCredential", description = "purpose: revocation or suspension; 131,072 "
            + "entries per list. Changes are in the list as soon as they commit.")
    ResponseEntity<String> statusList(@PathVariable String purpose, @PathVariable int list) {
        String credential = statusLists.credential(purpose, list).orElseThrow(() ->
                new DomainException(LicencesError.LICENCE_NOT_FOUND, Map.of("id", purpose + "/" + list)));
        return ResponseEntity.ok().contentType(VC).cacheControl(CacheControl.noCache()).body(credential);
    }
}
