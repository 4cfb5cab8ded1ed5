package io.onewindow.identity.internal;

import io.onewindow.divisions.DivisionLevel;
import io.onewindow.divisions.Divisions;
import io.onewindow.identity.DepartmentEstablished;
import io.onewindow.identity.DepartmentFunction;
import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import io.onewindow.identity.IdentityError;
import io.onewindow.identity.NewDepartment;
import io.onewindow.identity.NewOfficer;
import io.onewindow.identity.OfficerAppointed;
import io.onewindow.identity.OfficerDismissed;
import io.onewindow.identity.OfficerView;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.code.UnifiedSocialCreditCode;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.Violations;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The register of departments and their officers. */
@Service
@Transactional(readOnly = true)
class DepartmentRegister implements Departments {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    /** How long a node lists departments without looking for those another node established meanwhile. */
    private static final long LISTED_FOR_NANOS = 30_000_000_000L;

    private final DepartmentRepository departments;
    private final OfficerRepository officers;
    private final PersonRepository persons;
    private final InputRules rules;
    private final Divisions divisions;
    private final AuditedActions actions;
    private final GrantingAuthority authority;
    private final AccountStamps stamps;
    private final Clock clock;
    private final JdbcClient jdbc;
    private volatile Listed listed;

    DepartmentRegister(DepartmentRepository departments, OfficerRepository officers, PersonRepository persons,
                       InputRules rules, Divisions divisions, AuditedActions actions, GrantingAuthority authority,
                       AccountStamps stamps, Clock clock, JdbcClient jdbc) {
        this.departments = departments;
        this.officers = officers;
        this.persons = persons;
        this.rules = rules;
        this.divisions = divisions;
        this.actions = actions;
        this.authority = authority;
        this.stamps = stamps;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public DepartmentView establish(NewDepartment input) {
        Violations violations = new Violations();
        String code = null;
        if (violations.require(InputRules.present(input.code()), "code", IdentityError.REQUIRED)
                && violations.require(CODE.matcher(input.code().strip()).matches(), "code", IdentityError.DEPARTMENT_CODE_INVALID)) {
            code = input.code().strip();
            violations.require(departments.findByCode(code).isEmpty(), "code", IdentityError.DEPARTMENT_CODE_TAKEN);
        }
        String name = rules.text(violations, "name", input.name(), 100, true);
        String nameEn = rules.text(violations, "nameEn", input.nameEn(), 200, true);
        String uscc = null;
        if (InputRules.present(input.uscc())) {
            UnifiedSocialCreditCode parsed = violations.parse("uscc", () -> UnifiedSocialCreditCode.parse(input.uscc(), divisions));
            uscc = parsed == null ? null : parsed.value();
        }
        DivisionLevel level = rules.oneOf(violations, "level", input.level(), DivisionLevel.class, IdentityError.LEVEL_UNKNOWN);
        String division = rules.division(violations, "divisionCode", input.divisionCode(), null);
        if (level != null && division != null) {
            violations.require(DivisionLevel.ofCode(division) == level, "divisionCode", IdentityError.LEVEL_DOES_NOT_MATCH_DIVISION);
        }
        UUID parentId = null;
        if (InputRules.present(input.parentCode())) {
            Optional<Department> parent = departments.findByCode(input.parentCode().strip());
            violations.require(parent.isPresent(), "parentCode", IdentityError.DEPARTMENT_NOT_FOUND);
            parentId = parent.map(p -> p.id).orElse(null);
        }
        DepartmentFunction function = null;
        if (InputRules.present(input.function())) {
            function = rules.oneOf(violations, "function", input.function(), DepartmentFunction.class, IdentityError.FUNCTION_UNKNOWN);
            DepartmentFunction wanted = function;
            violations.require(wanted == null || departments.findByFunction(wanted).isEmpty(), "function", IdentityError.FUNCTION_TAKEN);
        }
        violations.throwIfAny();
        Department established = Department.establish(code, name, nameEn, uscc, level, division, parentId, clock.instant());
        established.function = function;
        Department department = departments.save(established);
        actions.publish(trace -> new DepartmentEstablished(department.id, department.code, trace));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                listed = null;
            }
        });
        return view(department);
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<DepartmentView> find(UUID id) {
        DepartmentView known = listed().byId().get(id);
        return known != null ? Optional.of(known) : departments.findById(id).map(DepartmentRegister::view);
    }

    // From the list in memory; those it does not know yet (established on another node) in one plain query: a
    // list names a few dozen departments, and reading each as an aggregate (instantiation, conversion, an
    // after-convert event per row) cost more than the rest of the list's reading.
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Map<UUID, DepartmentView> findAll(Collection<UUID> ids) {
        Map<UUID, DepartmentView> found = new HashMap<>();
        Set<UUID> unknown = new HashSet<>();
        Map<UUID, DepartmentView> known = listed().byId();
        for (UUID id : ids) {
            DepartmentView department = known.get(id);
            if (department != null) {
                found.put(id, department);
            } else {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            jdbc.sql("select id, code, name, name_en, uscc, level, division_code, parent_id, function from identity.department where id in (:ids)")
                    .param("ids", unknown)
                    .query((rs, n) -> new DepartmentView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                            rs.getString("name_en"), rs.getString("uscc"), DivisionLevel.valueOf(rs.getString("level")),
                            rs.getString("division_code"), rs.getObject("parent_id", UUID.class),
                            rs.getString("function") == null ? null : DepartmentFunction.valueOf(rs.getString("function"))))
                    .list().forEach(d -> found.put(d.id(), d));
        }
        return found;
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<DepartmentView> findByCode(String code) {
        DepartmentView known = listed().byCode().get(code);
        return known != null ? Optional.of(known) : departments.findByCode(code).map(DepartmentRegister::view);
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<DepartmentView> all() {
        return listed().all();
    }

    /**
     * Departments are established and never changed or removed, and every page that names one asks for
     * them: the list is read once, again when this node establishes a department, and at the latest after
     * {@link #LISTED_FOR_NANOS} for one established on another node (which {@link #find} and
     * {@link #findByCode} read from the register at once).
     */
    private Listed listed() {
        Listed current = listed;
        if (current == null || System.nanoTime() - current.readAt() > LISTED_FOR_NANOS) {
            List<DepartmentView> all = departments.findAllByOrderByDivisionCodeAscCodeAsc().stream().map(DepartmentRegister::view).toList();
            current = new Listed(all, all.stream().collect(Collectors.toUnmodifiableMap(DepartmentView::id, d -> d)),
                    all.stream().collect(Collectors.toUnmodifiableMap(DepartmentView::code, d -> d)), System.nanoTime());
            listed = current;
        }
        return current;
    }

    private record Listed(List<DepartmentView> all, Map<UUID, DepartmentView> byId, Map<String, DepartmentView> byCode, long readAt) {
    }

    @Override
    @Transactional
    public OfficerView appoint(NewOfficer input) {
        Department department = departments.findById(input.departmentId())
                .orElseThrow(() -> new DomainException(IdentityError.DEPARTMENT_NOT_FOUND));
        Optional<UserAccount> granter = CurrentUser.get();
        granter.ifPresent(user -> requireAdministration(user, department));
        Violations violations = new Violations();
        Optional<Person> person = rules.registeredPerson(violations, input.citizenId(), input.name());
        person.ifPresent(p -> violations.require(
                officers.findByPersonIdAndDepartmentId(p.id, department.id).filter(o -> o.active).isEmpty(),
                "citizenId", IdentityError.OFFICER_ALREADY_APPOINTED));
        String title = rules.text(violations, "title", input.title(), 64, true);
        Set<Role> roles = roles(violations, input.roles());
        String scope = rules.division(violations, "scopeDivision", input.scopeDivision(), department.divisionCode);
        if (granter.isPresent() && roles != null) {
            Set<Role> grantable = authority.grantable(granter.get(), department);
            for (Role role : roles) {
                violations.require(grantable.contains(role), "roles", IdentityError.ROLE_NOT_GRANTABLE, Map.of("role", role.name()));
            }
        }
        if (granter.isPresent() && scope != null) {
            violations.require(authority.scopeWithin(granter.get(), department, scope), "scopeDivision", IdentityError.OUTSIDE_SCOPE);
        }
        violations.throwIfAny();

        Person appointee = person.get();
        Officer officer = officers.save(officers.findByPersonIdAndDepartmentId(appointee.id, department.id)
                .map(existing -> existing.reappoint(title, roles, scope))
                .orElseGet(() -> Officer.appoint(appointee.id, department.id, title, roles, scope, clock.instant())));
        actions.publish(trace -> new OfficerAppointed(officer.id, officer.personId, officer.departmentId, officer.roles, trace));
        stamps.rolesChangedOf(officer.personId);
        return view(officer, appointee);
    }

    @Override
    @Transactional
    public void dismiss(UUID officerId, UUID departmentId) {
        Officer officer = officers.findById(officerId)
                .filter(o -> o.departmentId.equals(departmentId) && o.active)
                .orElseThrow(() -> new DomainException(IdentityError.OFFICER_NOT_FOUND));
        CurrentUser.get().ifPresent(user -> requireAdministration(user, departments.findById(departmentId).orElseThrow()));
        officer.active = false;
        officers.save(officer);
        actions.publish(trace -> new OfficerDismissed(officer.id, officer.departmentId, trace));
        stamps.rolesChangedOf(officer.personId);
    }

    @Override
    public Set<Role> grantableIn(UUID departmentId) {
        Department department = departments.findById(departmentId).orElseThrow(() -> new DomainException(IdentityError.DEPARTMENT_NOT_FOUND));
        return CurrentUser.get().map(user -> authority.grantable(user, department)).orElse(Set.of());
    }

    @Override
    public boolean administers(UUID departmentId) {
        return departments.findById(departmentId)
                .map(department -> CurrentUser.get().map(user -> authority.administers(user, department)).orElse(false))
                .orElse(false);
    }

    private void requireAdministration(UserAccount user, Department department) {
        if (!authority.administers(user, department)) {
            throw new DomainException(IdentityError.NOT_YOUR_DEPARTMENT);
        }
    }

    @Override
    public List<OfficerView> officersOf(UUID departmentId) {
        return withPeople(officers.findByDepartmentIdAndActiveTrueOrderByCreatedAt(departmentId));
    }

    @Override
    public List<OfficerView> appointmentsOf(UUID personId) {
        return withPeople(officers.findByPersonIdAndActiveTrue(personId));
    }

    private List<OfficerView> withPeople(List<Officer> list) {
        Map<UUID, Person> people = new java.util.HashMap<>();
        persons.findAllById(list.stream().map(o -> o.personId).distinct().toList()).forEach(p -> people.put(p.id, p));
        return list.stream().map(o -> view(o, people.get(o.personId))).toList();
    }

    private static Set<Role> roles(Violations violations, Set<String> raw) {
        if (!violations.require(raw != null && !raw.isEmpty(), "roles", IdentityError.ROLES_REQUIRED)) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : raw) {
            try {
                Role role = Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
                if (violations.require(Officer.APPOINTABLE.contains(role), "roles", IdentityError.ROLE_NOT_APPOINTABLE, Map.of("role", name))) {
                    roles.add(role);
                }
            } catch (IllegalArgumentException e) {
                violations.require(false, "roles", IdentityError.ROLE_NOT_APPOINTABLE, Map.of("role", name));
            }
        }
        return roles;
    }

    static DepartmentView view(Department d) {
        return new DepartmentView(d.id, d.code, d.name, d.nameEn, d.uscc, d.level, d.divisionCode, d.parentId, d.function);
    }

    private static OfficerView view(Officer o, Person person) {
        return new OfficerView(o.id, o.personId, person == null ? "" : person.name, o.departmentId, o.title, Set.copyOf(o.roles), o.scopeDivision);
    }
}
