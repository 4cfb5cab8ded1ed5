package io.onewindow.licences.web;

import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.licences.HolderKind;
import io.onewindow.licences.LicenceStatus;
import io.onewindow.licences.LicenceView;
import io.onewindow.licences.LicencesError;
import io.onewindow.licences.internal.LicenceAccess;
import io.onewindow.licences.internal.LicenceLibrary;
import io.onewindow.licences.internal.Shares;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The holder's licences, a licence's credential, and status changes by the issuing department. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Licences", description = "E-licences (电子证照) as W3C Verifiable Credentials")
class LicencesApi {

    private final LicenceLibrary licences;
    private final LicenceAccess access;
    private final Shares shares;
    private final AuditedActions actions;

    LicencesApi(LicenceLibrary licences, LicenceAccess access, Shares shares, AuditedActions actions) {
        this.licences = licences;
        this.access = access;
        this.shares = shares;
        this.actions = actions;
    }

    /** A licence in a list: {@code credential} is the URL of its VC JSON. */
    public record LicenceResource(UUID id, String identifier, String type, String typeName, String holder, String status,
                           String statusReason, Instant validFrom, Instant validUntil, String issuer, String credential) {
        static LicenceResource of(LicenceView l) {
            return new LicenceResource(l.id(), l.identifier(), l.type().code(), l.type().name().zh(), l.holderName(), l.status().name(),
                    l.statusReason(), l.validFrom(), l.validUntil(), l.departmentName(), "/api/v1/licences/" + l.id() + "/credential");
        }
    }

    public record StatusChange(String reason) {
    }

    @GetMapping("/me/licences")
    @Operation(summary = "The signed-in person's licences", description = "Their own and those of every enterprise they act for.")
    List<LicenceResource> mine() {
        UserAccount user = CurrentUser.require();
        return access.wallet(user).stream().flatMap(h -> h.licences().stream()).map(LicenceResource::of).toList();
    }

    @GetMapping("/licences/{id}/credential")
    @Operation(summary = "A licence's Verifiable Credential (VC JSON, as issued)",
            description = "For its holder, an officer of the issuing department, or with ?share= a link the holder made.")
    @Transactional
    public ResponseEntity<String> credential(@PathVariable UUID id,
                                             @Parameter(description = "A share link's token") @RequestParam(required = false) String share) {
        LicenceView licence;
        if (share != null) {
            licence = shares.open(share);
            if (!licence.id().equals(id)) {
                throw new DomainException(LicencesError.SHARE_NOT_FOUND);
            }
        } else {
            UserAccount user = CurrentUser.get().orElseThrow(() -> new DomainException(LicencesError.NOT_THE_HOLDER));
            licence = licences.find(id).orElseThrow(() -> new DomainException(LicencesError.LICENCE_NOT_FOUND, Map.of("id", id)));
            if (!access.holds(user, licence)) {
                if (!access.issues(user, licence)) {
                    throw new DomainException(LicencesError.NOT_THE_HOLDER);
                }
                if (licence.holderKind() == HolderKind.PERSON) {
                    actions.accessed(licence.holderId(), "licence:" + licence.type().code(), "licence-verification");
                }
            }
        }
        return ResponseEntity.ok().contentType(PublicDocuments.VC).body(licences.credential(id));
    }

    @PostMapping("/licences/{id}/revoke")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Revoke a licence (final)", description = "By an officer of the issuing department, with a reason the holder sees.")
    LicenceResource revoke(@PathVariable UUID id, @RequestBody StatusChange change) {
        return change(id, LicenceStatus.REVOKED, change);
    }

    @PostMapping("/licences/{id}/suspend")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Suspend a licence", description = "By an officer of the issuing department, with a reason; lifted by reinstate.")
    LicenceResource suspend(@PathVariable UUID id, @RequestBody StatusChange change) {
        return change(id, LicenceStatus.SUSPENDED, change);
    }

    @PostMapping("/licences/{id}/reinstate")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Lift a licence's suspension", description = "By an officer of the issuing department, with a reason.")
    LicenceResource reinstate(@PathVariable UUID id, @RequestBody StatusChange change) {
        return change(id, LicenceStatus.ACTIVE, change);
    }

    private LicenceResource change(UUID id, LicenceStatus to, StatusChange change) {
        LicenceView licence = licences.find(id).orElseThrow(() -> new DomainException(LicencesError.LICENCE_NOT_FOUND, Map.of("id", id)));
        if (!access.issues(CurrentUser.require(), licence)) {
            throw new DomainException(LicencesError.NOT_THE_ISSUER);
        }
        return LicenceResource.of(licences.changeStatus(id, to, change == null ? null : change.reason()));
    }
}
