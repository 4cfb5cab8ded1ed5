package io.onewindow.identity.internal;

import io.onewindow.divisions.Division;
import io.onewindow.divisions.DivisionLevel;
import io.onewindow.divisions.Divisions;
import io.onewindow.identity.Accounts;
import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import io.onewindow.identity.EnterpriseView;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.NewAccount;
import io.onewindow.identity.NewDepartment;
import io.onewindow.identity.NewEnterprise;
import io.onewindow.identity.NewOfficer;
import io.onewindow.identity.NewPerson;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.code.RegistrationAuthority;
import io.onewindow.runtime.ConditionalOnMode;
import io.onewindow.runtime.DemoData;
import io.onewindow.runtime.Mode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo city of dev mode: 青岛市 with municipal departments under their real names, counterparts in two
 * districts and a street service centre, synthetic people and enterprises, officers for every department
 * and one account per role (listed in the README). Everything goes through the registers, as an officer's
 * or an administrator's entries would, so every demo action is in the audit trail.
 */
@Component
@ConditionalOnMode(Mode.DEV)
class DemoCity implements DemoData {

    static final String DEMO_PASSWORD = "onewindow2026";
    static final String CITY = "3702";
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
    /** The departments that grant the data bureau's and the auditors' roles. */
    private static final Map<String, String> FUNCTIONS = Map.of("qd-dsj", "DATA_BUREAU", "qd-sjj", "AUDIT_OFFICE");
    /** district code, URL prefix, name prefix, English name */
    private static final String[][] DISTRICTS = {
            {"370202", "sn", "青岛市市南区", "Shinan District"},
            {"370212", "ls", "青岛市崂山区", "Laoshan District"},
    };

    private final People people;
    private final Departments departments;
    private final Enterprises enterprises;
    private final Accounts accounts;
    private final Divisions divisions;

    DemoCity(People people, Departments departments, Enterprises enterprises, Accounts accounts, Divisions divisions) {
        this.people = people;
        this.departments = departments;
        this.enterprises = enterprises;
        this.accounts = accounts;
        this.divisions = divisions;
    }

    @Override
    public String name() {
        return "identity.demo-city";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void seed() {
        DemoPeople random = new DemoPeople(20260101L);
        List<Division> villages = villagesOf(CITY);

        List<PersonView> residents = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            residents.add(resident(random, random.pick(villages), 1945, 2006));
        }

        List<DepartmentView> established = new ArrayList<>();
        for (String[] d : MUNICIPAL) {
            DepartmentView municipal = establish(random, d[0], d[1], d[2], DivisionLevel.CITY, CITY, null);
            established.add(municipal);
            if (!d[3].isEmpty()) {
                for (String[] district : DISTRICTS) {
                    established.add(establish(random, district[1] + "-" + d[3], district[2] + d[1].substring(3),
                            district[3] + " " + d[2].substring("Qingdao ".length()), DivisionLevel.COUNTY, district[0], municipal.code()));
                }
            }
        }
        established.add(establish(random, "sn-xgzl-bmfw", "市南区香港中路街道便民服务中心",
                "Hong Kong Middle Road Sub-district Service Centre, Shinan", DivisionLevel.TOWNSHIP, "370202001", "sn-xzsp"));

        // Two ordinary officers and one administrator in every department, drawn from the residents.
        int next = 0;
        for (DepartmentView department : established) {
            appoint(residents.get(next++), department, "窗口受理员", Role.OFFICER);
            appoint(residents.get(next++), department, "审批员", Role.OFFICER);
            appoint(residents.get(next++), department, "科长", Role.OFFICER, Role.DEPT_ADMIN);
        }

        for (int i = 0; i < 52; i++) {
            PersonView representative = residents.get(next + random.nextInt(residents.size() - next));
            String[] company = random.company();
            String district = random.pick(villages).code().substring(0, 6);
            enterprises.register(new NewEnterprise(random.creditCode(RegistrationAuthority.MARKET_REGULATION, '1', district).value(),
                    company[0], representative.citizenId().value(), company[1], district, random.size(), random.established().toString()));
        }

        seedDemoAccounts(random, residents.get(next));
        log.info("Seeded the demo city: {} departments, {} people, {} enterprises, demo accounts with password '{}'",
                established.size(), people.count(), enterprises.count(), DEMO_PASSWORD);
    }

    private void seedDemoAccounts(DemoPeople random, PersonView agent) {
        PersonView citizen = named(random, "王芳", "370202", "370202001001");
        PersonView entrepreneur = named(random, "李强", "370212", villagesOf("370212").get(0).code());
        PersonView officer = named(random, "赵敏", "370203", villagesOf("370203").get(0).code());
        PersonView deptAdmin = named(random, "陈静", "370202", villagesOf("370202002").get(0).code());
        PersonView dataAdmin = named(random, "刘洋", "370211", villagesOf("370211").get(0).code());
        PersonView auditor = named(random, "孙丽", "370213", villagesOf("370213").get(0).code());

        EnterpriseView company = enterprises.register(new NewEnterprise(
                random.creditCode(RegistrationAuthority.MARKET_REGULATION, '1', "370212").value(), "青岛海岸线信息技术有限公司",
                entrepreneur.citizenId().value(), "I", "370212", "SMALL", LocalDate.of(2016, 4, 18).toString()));
        enterprises.authoriseAgent(company.id(), entrepreneur.id(), agent.citizenId().value(), agent.name());

        appoint(officer, department("qd-xzsp"), "窗口受理员", Role.OFFICER);
        appoint(deptAdmin, department("qd-xzsp"), "审批科科长", Role.OFFICER, Role.DEPT_ADMIN);
        appoint(dataAdmin, department("qd-dsj"), "数据资源管理处干部", Role.DATA_ADMIN);
        appoint(auditor, department("qd-sjj"), "审计员", Role.AUDITOR);

        open("citizen", citizen, false);
        open("enterprise", entrepreneur, false);
        open("officer", officer, false);
        open("deptadmin", deptAdmin, false);
        open("dataadmin", dataAdmin, false);
        open("auditor", auditor, false);
        open("admin", null, true);
    }

    private PersonView resident(DemoPeople random, Division village, int fromYear, int toYear) {
        return register(random, random.name(), village.code().substring(0, 6), village.code(), fromYear, toYear);
    }

    private PersonView named(DemoPeople random, String name, String county, String village) {
        return register(random, name, county, village, 1975, 1995);
    }

    private PersonView register(DemoPeople random, String name, String county, String village, int fromYear, int toYear) {
        return people.register(new NewPerson(random.citizenId(county, fromYear, toYear).value(), name, random.phone(), village,
                random.street()));
    }

    private DepartmentView establish(DemoPeople random, String code, String name, String nameEn, DivisionLevel level,
                                     String division, String parentCode) {
        String gbDivision = divisions.find(division).orElseThrow().gbCode();
        String uscc = random.creditCode(RegistrationAuthority.ESTABLISHMENT, '1', gbDivision.substring(0, 6)).value();
        return departments.establish(new NewDepartment(code, name, nameEn, uscc, level.name(), division, parentCode,
                FUNCTIONS.getOrDefault(code, "")));
    }

    private void appoint(PersonView person, DepartmentView department, String title, Role... roles) {
        departments.appoint(new NewOfficer(department.id(), person.citizenId().value(), person.name(), title,
                Set.of(roles).stream().map(Role::name).collect(java.util.stream.Collectors.toSet()), department.divisionCode()));
    }

    private DepartmentView department(String code) {
        return departments.findByCode(code).orElseThrow();
    }

    private void open(String username, PersonView person, boolean administrator) {
        accounts.open(new NewAccount(username, person == null ? null : person.citizenId().value(), DEMO_PASSWORD, administrator));
    }

    private List<Division> villagesOf(String code) {
        Division division = divisions.find(code).orElseThrow();
        if (division.level() == DivisionLevel.VILLAGE) {
            return List.of(division);
        }
        return divisions.children(code).stream().flatMap(child -> villagesOf(child.code()).stream()).toList();
    }
}
