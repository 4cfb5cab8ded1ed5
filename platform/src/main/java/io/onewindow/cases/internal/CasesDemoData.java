package io.onewindow.cases.internal;

import io.onewindow.cases.CaseAction;
import io.onewindow.identity.AccountSummary;
import io.onewindow.identity.Accounts;
import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import io.onewindow.identity.NewAccount;
import io.onewindow.identity.NewPerson;
import io.onewindow.identity.OfficerView;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.kernel.access.Assurance;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.code.CitizenId;
import io.onewindow.runtime.ConditionalOnMode;
import io.onewindow.runtime.DemoData;
import io.onewindow.runtime.Mode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo cases for dev mode: an applicant (account {@code applicant}) with a case in every state of the lifecycle,
 * one bundle (开办餐饮店) in progress, and officer accounts for the departments of that bundle and the health
 * commission ({@code scjg-officer}, {@code scjg-admin}, {@code wjw-officer}; the demo city's {@code officer} and
 * {@code deptadmin} work at the administrative approval bureau). Every case is filed and moved through the
 * module's own services, so each step is in the audit trail.
 */
@Component
@ConditionalOnMode(Mode.DEV)
class CasesDemoData implements DemoData {

    static final String PASSWORD = "onewindow2026";
    private static final Logger log = LoggerFactory.getLogger(CasesDemoData.class);
    private static final String SIGN = "370200-XZSP-XK-0003";

    private final People people;
    private final Accounts accounts;
    private final Departments departments;
    private final Filing filing;
    private final CaseWork work;
    private final Ratings ratings;

    CasesDemoData(People people, Accounts accounts, Departments departments, Filing filing, CaseWork work, Ratings ratings) {
        this.people = people;
        this.accounts = accounts;
        this.departments = departments;
        this.filing = filing;
        this.work = work;
        this.ratings = ratings;
    }

    @Override
    public String name() {
        return "cases.demo-cases";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void seed() {
        PersonView person = people.register(new NewPerson(CitizenId.of("370202", LocalDate.of(1988, 6, 12), 317).value(), "张晓明",
                "13905321888", "370202001001", "香港中路28号"));
        AccountSummary account = accounts.open(new NewAccount("applicant", person.citizenId().value(), PASSWORD, false));
        UserAccount applicant = new UserAccount(account.id(), "applicant", person.id(), person.name(), Set.of(Role.CITIZEN), List.of(),
                null, List.of(), Assurance.VERIFIED);
        openOfficerAccount("qd-scjg", "scjg-officer", false);
        openOfficerAccount("qd-scjg", "scjg-admin", true);
        openOfficerAccount("qd-wjw", "wjw-officer", false);
        UserAccount officer = officerOf("qd-xzsp");

        filing.start(SIGN, applicant);
        List<Object[]> paths = List.of(
                new Object[] {"王记水饺", List.of()},
                new Object[] {"李家面馆", List.of(CaseAction.REQUEST_CORRECTION)},
                new Object[] {"海风咖啡", List.of(CaseAction.ACCEPT)},
                new Object[] {"崂山茶社", List.of(CaseAction.ACCEPT, CaseAction.START_REVIEW)},
                new Object[] {"栈桥烧烤", List.of(CaseAction.ACCEPT, CaseAction.START_REVIEW, CaseAction.SUSPEND)},
                new Object[] {"八大关花店", List.of(CaseAction.ACCEPT, CaseAction.START_REVIEW, CaseAction.APPROVE)},
                new Object[] {"台东小吃", List.of(CaseAction.ACCEPT, CaseAction.START_REVIEW, CaseAction.REJECT)},
                new Object[] {"中山路书店", List.of(CaseAction.REFUSE)},
                new Object[] {"啤酒街酒吧", List.of(CaseAction.WITHDRAW)},
                new Object[] {"五四广场奶茶", List.of(CaseAction.ACCEPT, CaseAction.START_REVIEW, CaseAction.APPROVE, CaseAction.CONCLUDE)},
                new Object[] {"石老人海鲜", List.of(CaseAction.ACCEPT, CaseAction.START_REVIEW, CaseAction.REJECT, CaseAction.CONCLUDE)});
        List<UUID> concluded = new ArrayList<>();
        for (Object[] path : paths) {
            ApplicationRow application = filing.applyAtOnce(SIGN, Map.of("shopName", (String) path[0], "businessAddress", "青岛市市南区香港中路28号",
                    "signText", (String) path[0], "signSize", "4米×1米"), Map.of(), applicant);
            UUID caseId = filing.store().casesOf(application.id()).get(0).id();
            @SuppressWarnings("unchecked")
            List<CaseAction> actions = (List<CaseAction>) path[1];
            for (CaseAction action : actions) {
                work.act(caseId, action, null, reason(action), action.by() == CaseAction.By.APPLICANT ? applicant : officer);
            }
            if (actions.contains(CaseAction.CONCLUDE)) {
                concluded.add(application.id());
            }
        }
        ratings.rate(concluded.get(0), 5, "网上申请，一次没跑，很方便。", applicant);
        ratings.rate(concluded.get(1), 2, "不予许可的理由没有说清楚。", applicant);
        filing.applyAtOnce("370200-YJS-0001", Map.of("shopName", "张记饺子馆", "businessAddress", "青岛市市南区香港中路28号",
                "businessScope", "餐饮服务", "floorArea", "60", "signText", "张记饺子馆", "signSize", "3米×1米"), Map.of(), applicant);
        log.info("Seeded demo cases for the account 'applicant' and officer accounts scjg-officer, scjg-admin, wjw-officer (password '{}')",
                PASSWORD);
    }

    private static String reason(CaseAction action) {
        return switch (action) {
            case REQUEST_CORRECTION -> "请补充招牌设计效果图（须标明尺寸、材质）和安全责任承诺书。";
            case SUSPEND -> "招牌结构安全需专家评审。";
            case REJECT -> "拟设置位置位于历史文化街区核心保护范围，不符合《青岛市户外招牌设置规划》。";
            case REFUSE -> "该事项不属于本机关职权范围，请向所在区城市管理部门申请。";
            default -> null;
        };
    }

    private void openOfficerAccount(String department, String username, boolean admin) {
        OfficerView officer = departments.officersOf(departments.findByCode(department).orElseThrow().id()).stream()
                .filter(o -> o.roles().contains(Role.DEPT_ADMIN) == admin).findFirst().orElseThrow();
        PersonView person = people.find(officer.personId()).orElseThrow();
        accounts.open(new NewAccount(username, person.citizenId().value(), PASSWORD, false));
    }

    private UserAccount officerOf(String code) {
        DepartmentView department = departments.findByCode(code).orElseThrow();
        OfficerView officer = departments.officersOf(department.id()).get(0);
        return new UserAccount(UUID.randomUUID(), "demo", officer.personId(), officer.personName(), Set.of(Role.OFFICER), List.of(department.id()),
                department.name(), List.of(department.divisionCode()), Assurance.VERIFIED);
    }
}
