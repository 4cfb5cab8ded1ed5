package io.onewindow.identity.internal;

import io.onewindow.kernel.audit.Trace;
import io.onewindow.identity.AccountOpened;
import io.onewindow.identity.DepartmentEstablished;
import io.onewindow.identity.Division;
import io.onewindow.identity.DivisionLevel;
import io.onewindow.identity.OfficerAppointed;
import io.onewindow.identity.PersonRegistered;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.code.CitizenId;
import io.onewindow.kernel.code.RegistrationAuthority;
import io.onewindow.runtime.ConditionalOnMode;
import io.onewindow.runtime.Mode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo city of dev mode: 青岛市 with municipal departments under their real names, counterparts in two
 * districts and a street service centre, synthetic people and enterprises, officers for every department
 * and one account per role (listed in the README). Seeded once, in one transaction; a later start finds
 * the marker department and leaves everything as it is.
 */
@Component
@ConditionalOnMode(Mode.DEV)
@Order(0)
class DemoCity implements ApplicationRunner {

    static final String DEMO_PASSWORD = "onewindow2026";
    static final String CITY = "3702";
    private static final String MARKER = "qd-dsj";
    private static final long SEED_LOCK = 0x6f77_6465_6d6f_6369L;
    private static final Logger log = LoggerFactory.getLogger(DemoCity.class);

    /** code, name, English name, district counterpart prefix ("" when none) */
    private static final String[][] MUNICIPAL = {
            {"qd-xzsp", "青岛市行政审批服务局", "Qingdao Administrative Approval Service Bureau", "xzsp"},
            {"qd-scjg", "青岛市市场监督管理局", "Qingdao Administration for Market Regulation", "scjg"},
            {"qd-ga", "青岛市公安局", "Qingdao Public Security Bureau", ""},
            {"qd-rsj", "青岛市人力资源和社会保障局", "Qingdao Human Resources and Social Security Bureau", "rsj"},
            {"qd-mzj", "青岛市民政局", "Qingdao Civil Affairs Bureau", "mzj"},
            {"qd-wjw", "青岛市卫生健康委员会", "Qingdao Health Commission", ""},
            {"qd-jyj", "青岛市教育局", "Qingdao Education Bureau", ""},
            {"qd-zjj", "青岛市住房和城乡建设局", "Qingdao Housing and Urban-Rural Development Bureau", ""},
            {"qd-xfzd", "青岛市消防救援支队", "Qingdao Fire and Rescue Detachment", ""},
            {"qd-swj", "国家税务总局青岛市税务局", "Qingdao Municipal Tax Service, State Taxation Administration", ""},
            {"qd-sthjj", "青岛市生态环境局", "Qingdao Ecology and Environment Bureau", ""},
            {"qd-dsj", "青岛市大数据发展管理局", "Qingdao Big Data Development Administration", ""},
            {"qd-sjj", "青岛市审计局", "Qingdao Audit Bureau", ""},
    };
    /** district code, URL prefix, name prefix, English name */
    private static final String[][] DISTRICTS = {
            {"370202", "sn", "青岛市市南区", "Shinan District"},
            {"370212", "ls", "青岛市崂山区", "Laoshan District"},
    };

    private final DepartmentRepository departments;
    private final PersonRepository persons;
    private final EnterpriseRepository enterprises;
    private final OfficerRepository officers;
    private final AccountRepository accounts;
    private final DivisionTree divisions;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoCity(DepartmentRepository departments, PersonRepository persons, EnterpriseRepository enterprises,
             OfficerRepository officers, AccountRepository accounts, DivisionTree divisions,
             PasswordEncoder passwords, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.departments = departments;
        this.persons = persons;
        this.enterprises = enterprises;
        this.officers = officers;
        this.accounts = accounts;
        this.divisions = divisions;
        this.passwords = passwords;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // Several nodes starting at once seed one after the other: the later ones find the marker.
        jdbc.sql("select pg_advisory_xact_lock(?)").param(SEED_LOCK).query(Object.class).single();
        if (departments.findByCode(MARKER).isPresent()) {
            log.info("Demo city already seeded");
            return;
        }
        Instant now = clock.instant();
        DemoPeople random = new DemoPeople(20260101L);
        List<Division> villages = villagesOf(CITY);

        List<Person> residents = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            residents.add(resident(random, random.pick(villages), 1945, 2006));
        }

        List<Department> established = new ArrayList<>();
        for (String[] d : MUNICIPAL) {
            Department municipal = establish(random, d[0], d[1], d[2], DivisionLevel.CITY, CITY, null, now);
            established.add(municipal);
            if (!d[3].isEmpty()) {
                for (String[] district : DISTRICTS) {
                    established.add(establish(random, district[1] + "-" + d[3], district[2] + d[1].substring(3),
                            district[3] + " " + d[2].substring("Qingdao ".length()), DivisionLevel.COUNTY, district[0], municipal.id, now));
                }
            }
        }
        Department streetCentre = establish(random, "sn-xgzl-bmfw", "市南区香港中路街道便民服务中心",
                "Hong Kong Middle Road Sub-district Service Centre, Shinan", DivisionLevel.TOWNSHIP, "370202001",
                departments.findByCode("sn-xzsp").orElseThrow().id, now);
        established.add(streetCentre);

        // Two ordinary officers and one administrator in every department, drawn from the residents.
        int next = 0;
        for (Department department : established) {
            appoint(residents.get(next++), department, "窗口受理员", EnumSet.of(Role.OFFICER), now);
            appoint(residents.get(next++), department, "审批员", EnumSet.of(Role.OFFICER), now);
            appoint(residents.get(next++), department, "科长", EnumSet.of(Role.OFFICER, Role.DEPT_ADMIN), now);
        }

        List<Enterprise> registered = new ArrayList<>();
        for (int i = 0; i < 52; i++) {
            Person representative = residents.get(next + random.nextInt(residents.size() - next));
            String[] company = random.company();
            String district = random.pick(villages).code().substring(0, 6);
            Enterprise enterprise = enterprises.save(Enterprise.register(
                    random.creditCode(RegistrationAuthority.MARKET_REGULATION, '1', district).value(), company[0],
                    representative.id, company[1], district, random.size(), random.established(), now));
            registered.add(enterprise);
        }

        seedDemoAccounts(random, residents.get(next), now);
        log.info("Seeded the demo city: {} departments, {} people, {} enterprises, demo accounts with password '{}'",
                established.size(), persons.count(), registered.size() + 1, DEMO_PASSWORD);
    }

    private void seedDemoAccounts(DemoPeople random, Person agent, Instant now) {
        Person citizen = named(random, "王芳", "370202", "370202001001", now);
        Person entrepreneur = named(random, "李强", "370212", "370212002001", now);
        Person officer = named(random, "赵敏", "370203", villagesOf("370203").get(0).code(), now);
        Person deptAdmin = named(random, "陈静", "370202", "370202002001", now);
        Person dataAdmin = named(random, "刘洋", "370211", villagesOf("370211").get(0).code(), now);
        Person auditor = named(random, "孙丽", "370213", villagesOf("370213").get(0).code(), now);

        Enterprise company = enterprises.save(Enterprise.register(
                random.creditCode(RegistrationAuthority.MARKET_REGULATION, '1', "370212").value(), "青岛海岸线信息技术有限公司",
                entrepreneur.id, "I", "370212", "SMALL", LocalDate.of(2016, 4, 18), now));
        company.authorise(agent.id, now);
        enterprises.save(company);

        appoint(officer, departments.findByCode("qd-xzsp").orElseThrow(), "窗口受理员", EnumSet.of(Role.OFFICER), now);
        appoint(deptAdmin, departments.findByCode("qd-xzsp").orElseThrow(), "审批科科长", EnumSet.of(Role.OFFICER, Role.DEPT_ADMIN), now);
        appoint(dataAdmin, departments.findByCode("qd-dsj").orElseThrow(), "数据资源管理处干部", EnumSet.of(Role.DATA_ADMIN), now);
        appoint(auditor, departments.findByCode("qd-sjj").orElseThrow(), "审计员", EnumSet.of(Role.AUDITOR), now);

        open("citizen", citizen.id, false, now);
        open("enterprise", entrepreneur.id, false, now);
        open("officer", officer.id, false, now);
        open("deptadmin", deptAdmin.id, false, now);
        open("dataadmin", dataAdmin.id, false, now);
        open("auditor", auditor.id, false, now);
        open("admin", null, true, now);
    }

    private Person resident(DemoPeople random, Division village, int fromYear, int toYear) {
        CitizenId id = random.citizenId(village.code().substring(0, 6), fromYear, toYear);
        return save(Person.register(id.value(), random.name(), random.phone(), village.code(), random.street(), clock.instant()));
    }

    private Person named(DemoPeople random, String name, String county, String village, Instant now) {
        CitizenId id = random.citizenId(county, 1975, 1995);
        return save(Person.register(id.value(), name, random.phone(), village, random.street(), now));
    }

    private Person save(Person person) {
        Person saved = persons.save(person);
        events.publishEvent(new PersonRegistered(saved.id, Trace.system(clock)));
        return saved;
    }

    private Department establish(DemoPeople random, String code, String name, String nameEn, DivisionLevel level,
                                 String division, UUID parent, Instant now) {
        String gbDivision = divisions.find(division).orElseThrow().gbCode();
        String uscc = random.creditCode(RegistrationAuthority.ESTABLISHMENT, '1', gbDivision.substring(0, 6)).value();
        Department department = departments.save(Department.establish(code, name, nameEn, uscc, level, division, parent, now));
        events.publishEvent(new DepartmentEstablished(department.id, department.code, Trace.system(clock)));
        return department;
    }

    private void appoint(Person person, Department department, String title, Set<Role> roles, Instant now) {
        Officer officer = officers.save(Officer.appoint(person.id, department.id, title, roles, department.divisionCode, now));
        events.publishEvent(new OfficerAppointed(officer.id, person.id, department.id, officer.roles, Trace.system(clock)));
    }

    private void open(String username, UUID personId, boolean administrator, Instant now) {
        Account account = accounts.save(Account.open(username, passwords.encode(DEMO_PASSWORD), personId, administrator, now));
        events.publishEvent(new AccountOpened(account.id, username, personId, false, Trace.system(clock)));
    }

    private List<Division> villagesOf(String code) {
        Division division = divisions.find(code).orElseThrow();
        if (division.level() == DivisionLevel.VILLAGE) {
            return List.of(division);
        }
        return divisions.children(code).stream().flatMap(child -> villagesOf(child.code()).stream()).toList();
    }
}
