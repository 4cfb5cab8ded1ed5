package io.onewindow.identity.web;

import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import io.onewindow.identity.EnterpriseView;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.IdentityError;
import io.onewindow.identity.NewEnterprise;
import io.onewindow.identity.NewPerson;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.code.AddressCodes;
import io.onewindow.kernel.code.CitizenId;
import io.onewindow.kernel.code.InvalidCodeException;
import io.onewindow.kernel.code.UnifiedSocialCreditCode;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.time.CivilTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The identity API for integrators: departments (public), the registers of people and
 * enterprises (officers and the data bureau), the code validators, and who the caller is. Every POST that
 * creates something honours an {@code Idempotency-Key}; errors are RFC 9457 problem+json in the language of
 * {@code Accept-Language}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "Divisions, departments, people, enterprises and accounts")
class IdentityApi {

    private final Departments departments;
    private final People people;
    private final Enterprises enterprises;
    private final AddressCodes addressCodes;
    private final Messages messages;
    private final Clock clock;

    IdentityApi(Departments departments, People people, Enterprises enterprises, AddressCodes addressCodes,
                Messages messages, Clock clock) {
        this.departments = departments;
        this.people = people;
        this.enterprises = enterprises;
        this.addressCodes = addressCodes;
        this.messages = messages;
        this.clock = clock;
    }

    public record DepartmentResource(UUID id, String code, String name, String nameEn, String uscc, String level, String divisionCode,
                              UUID parentId) {
        static DepartmentResource of(DepartmentView d) {
            return new DepartmentResource(d.id(), d.code(), d.name(), d.nameEn(), d.uscc(), d.level().name(), d.divisionCode(), d.parentId());
        }
    }

    public record PersonResource(UUID id, String citizenId, String name, String gender, LocalDate birthDate, String phone,
                          String divisionCode, String addressDetail) {
        static PersonResource of(PersonView p) {
            return new PersonResource(p.id(), p.citizenId().value(), p.name(), p.gender().name(), p.birthDate(), p.phone(),
                    p.divisionCode(), p.addressDetail());
        }
    }

    public record EnterpriseResource(UUID id, String uscc, String name, String industry, String divisionCode, String size,
                              LocalDate establishedOn) {
        static EnterpriseResource of(EnterpriseView e) {
            return new EnterpriseResource(e.id(), e.uscc().value(), e.name(), e.industry().name(), e.divisionCode(),
                    e.size().name(), e.establishedOn());
        }
    }

    public record Validity(boolean valid, String code, String message) {
    }

    public record Me(UUID accountId, String username, String name, List<String> roles) {
    }

    @GetMapping("/departments")
    @Operation(summary = "Every department, by division and code")
    List<DepartmentResource> departments() {
        return departments.all().stream().map(DepartmentResource::of).toList();
    }

    @GetMapping("/validation/citizen-id")
    @Operation(summary = "Check a citizen ID (GB 11643)", description = "Says why it is invalid; stores and logs nothing.")
    Validity citizenId(@RequestParam String value, Locale locale) {
        try {
            CitizenId.parse(value, addressCodes, CivilTime.today(clock));
            return new Validity(true, null, null);
        } catch (InvalidCodeException e) {
            return new Validity(false, e.code().messageKey(), messages.render(e.code(), e.arguments(), locale));
        }
    }

    @GetMapping("/validation/credit-code")
    @Operation(summary = "Check a unified social credit code (GB 32100)", description = "Says why it is invalid; stores nothing.")
    Validity creditCode(@RequestParam String value, Locale locale) {
        try {
            UnifiedSocialCreditCode.parse(value, addressCodes);
            return new Validity(true, null, null);
        } catch (InvalidCodeException e) {
            return new Validity(false, e.code().messageKey(), messages.render(e.code(), e.arguments(), locale));
        }
    }

    @PostMapping("/persons")
    @PreAuthorize("hasAnyRole('OFFICER', 'DATA_ADMIN')")
    @Operation(summary = "Register a person", description = "422 lists every bad field. Send an Idempotency-Key to make retries safe.")
    ResponseEntity<PersonResource> register(@RequestBody NewPerson person) {
        PersonResource created = PersonResource.of(people.register(person));
        return ResponseEntity.created(URI.create("/api/v1/persons/" + created.citizenId())).body(created);
    }

    @GetMapping("/persons/{citizenId}")
    @PreAuthorize("hasAnyRole('OFFICER', 'DATA_ADMIN')")
    @Operation(summary = "Read a person's data, for a stated purpose",
            description = "The purpose is required and is shown to the person under \"who used my data\".")
    PersonResource person(@PathVariable String citizenId,
                          @Parameter(description = "Why the data is read, e.g. counter-identification") @RequestParam(defaultValue = "") String purpose) {
        if (purpose.isBlank()) {
            throw new InvalidInputException(FieldViolation.of("purpose", IdentityError.REQUIRED));
        }
        return people.readForPurpose(citizenId, purpose.strip()).map(PersonResource::of)
                .orElseThrow(() -> new DomainException(IdentityError.PERSON_NOT_FOUND));
    }

    @PostMapping("/enterprises")
    @PreAuthorize("hasRole('DATA_ADMIN')")
    @Operation(summary = "Register an enterprise", description = "422 lists every bad field. Send an Idempotency-Key to make retries safe.")
    ResponseEntity<EnterpriseResource> registerEnterprise(@RequestBody NewEnterprise enterprise) {
        EnterpriseResource created = EnterpriseResource.of(enterprises.register(enterprise));
        return ResponseEntity.created(URI.create("/api/v1/enterprises/" + created.uscc())).body(created);
    }

    @GetMapping("/enterprises/{uscc}")
    @Operation(summary = "An enterprise by its unified social credit code", description = "Public register information.")
    ResponseEntity<EnterpriseResource> enterprise(@PathVariable String uscc) {
        return ResponseEntity.of(enterprises.findByUscc(uscc).map(EnterpriseResource::of));
    }

    @GetMapping("/me")
    @Operation(summary = "Who the caller is, and their roles")
    Me me() {
        UserAccount user = CurrentUser.get().orElseThrow(() -> new DomainException(IdentityError.ACCOUNT_NOT_FOUND));
        return new Me(user.accountId(), user.username(), user.displayName(), user.rolesInOrder().stream().map(Enum::name).toList());
    }
}
