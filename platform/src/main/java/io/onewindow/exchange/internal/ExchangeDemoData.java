package io.onewindow.exchange.internal;

import io.onewindow.exchange.DataResource;
import io.onewindow.exchange.InformationItem;
import io.onewindow.identity.Accounts;
import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import io.onewindow.identity.NewAccount;
import io.onewindow.identity.OfficerView;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import io.onewindow.kernel.access.Role;
import io.onewindow.runtime.ConditionalOnMode;
import io.onewindow.runtime.DemoData;
import io.onewindow.runtime.Mode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo city's data exchange: its catalogue (32 resources of 13 departments), rows for the person
 * resources the exchange holds (for the people working in the departments), one department system per
 * department (client id {@code <department code>-system}, secret {@code <department code>-secret}), the
 * accounts {@code minzheng} (民政局) and {@code gongan} (公安局) of each department's head, and requests and grants in
 * every state, so that each page has something to show.
 */
@Component
@ConditionalOnMode(Mode.DEV)
class ExchangeDemoData implements DemoData {

    static final String PASSWORD = "onewindow2026";
    private static final Logger log = LoggerFactory.getLogger(ExchangeDemoData.class);
    private static final String[] NAMES = {"张伟", "王静", "李娜", "刘洋", "陈杰", "杨帆", "赵磊", "黄敏", "周婷", "吴刚", "徐丽", "孙强"};
    private static final Map<String, String[]> CHOICES = Map.ofEntries(
            Map.entry("relation", new String[] {"户主", "配偶", "子女", "父母"}),
            Map.entry("scheme", new String[] {"职工基本养老保险", "职工基本医疗保险", "失业保险", "城乡居民基本养老保险"}),
            Map.entry("status", new String[] {"正常", "暂停", "正常"}),
            Map.entry("eligibility", new String[] {"公租房保障资格", "保障性租赁住房资格"}),
            Map.entry("school", new String[] {"青岛第二中学", "青岛大学", "青岛市实验小学", "青岛职业技术学院"}),
            Map.entry("stage", new String[] {"小学", "初中", "高中", "本科", "专科"}),
            Map.entry("licenceType", new String[] {"居民身份证", "机动车驾驶证", "结婚证", "社会保障卡"}),
            Map.entry("issuer", new String[] {"青岛市公安局", "青岛市民政局", "青岛市人力资源和社会保障局"}),
            Map.entry("model", new String[] {"大众朗逸", "比亚迪秦", "丰田卡罗拉", "一汽红旗H5"}),
            Map.entry("classes", new String[] {"C1", "C2", "B2", "A2"}),
            Map.entry("vaccine", new String[] {"乙肝疫苗", "麻腮风疫苗", "百白破疫苗"}),
            Map.entry("hospital", new String[] {"青岛市妇女儿童医院", "青岛大学附属医院", "青岛市市立医院"}),
            Map.entry("category", new String[] {"肢体残疾", "视力残疾", "听力残疾"}),
            Map.entry("grade", new String[] {"一级", "二级", "三级", "四级"}),
            Map.entry("location", new String[] {"市南区香港中路街道某小区", "崂山区中韩街道某小区", "市北区辽宁路街道某小区"}),
            Map.entry("registeredAddress", new String[] {"山东省青岛市市南区香港中路", "山东省青岛市崂山区海尔路", "山东省青岛市市北区延安路"}));

    private final ResourceStore resources;
    private final SharingDesk desk;
    private final ClientRegistry clients;
    private final Departments departments;
    private final People people;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ExchangeDemoData(ResourceStore resources, SharingDesk desk, ClientRegistry clients, Departments departments, People people,
                     Accounts accounts, JdbcClient jdbc, JsonMapper json) {
        this.resources = resources;
        this.desk = desk;
        this.clients = clients;
        this.departments = departments;
        this.people = people;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public String name() {
        return "exchange.demo-catalogue";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void seed() {
        LocalDate published = LocalDate.of(2026, 3, 1);
        for (DataResource resource : DemoResources.all(code -> department(code).id(), published)) {
            resources.register(resource);
        }
        for (DepartmentView department : departments.all()) {
            clients.register(department.id(), department.code() + "-system", department.code() + "-secret",
                    department.name() + "业务系统", ClientRegistry.DEFAULT_PER_MINUTE);
        }
        Set<PersonView> staff = new LinkedHashSet<>();
        for (DepartmentView department : departments.all()) {
            departments.officersOf(department.id()).stream().map(OfficerView::personId).flatMap(id -> people.find(id).stream())
                    .forEach(staff::add);
        }
        Random random = new Random(20260301L);
        for (DataResource resource : resources.all()) {
            if (resource.subjectKind() == DataResource.SubjectKind.PERSON && SubjectRecords.heldHere(resource.code())) {
                for (PersonView person : staff) {
                    if (random.nextInt(4) != 0) {
                        row(resource, person, random);
                    }
                }
            }
        }
        headAccount("qd-mzj", "minzheng");
        headAccount("qd-ga", "gongan");
        requests();
        log.info("Seeded the data exchange: {} resources, department systems '<code>-system' with secret '<code>-secret', "
                + "accounts 'minzheng' (民政局) and 'gongan' (公安局)", resources.all().size());
    }

    private void requests() {
        UUID xzsp = department("qd-xzsp").id();
        UUID mzj = department("qd-mzj").id();
        UUID rsj = department("qd-rsj").id();
        // 行政审批局 prefills applications from the population register, with the applicant's own clear values.
        SharingRequest population = desk.apply(new SharingDesk.Application("POPULATION", xzsp, "service-application",
                "申请表单预填：申请人姓名、身份号码、联系电话和住址，一次采集、多次复用", "《国务院关于在线政务服务的若干规定》第六条、第十条",
                List.of("citizenId", "name", "phone", "address", "division"), true));
        desk.decide(population.id(), new SharingDesk.Decision(population.items(), true, null, "申请人本人办理事项时预填，允许明文。"));
        desk.apply(new SharingDesk.Application("LEGAL_ENTITY", xzsp, "case-review", "企业登记和许可审查时核验主体信息",
                "《中华人民共和国行政许可法》第三十一条", List.of("uscc", "name", "legalRepresentative", "establishedOn"), false));
        desk.apply(new SharingDesk.Application("SOCIAL_INSURANCE", xzsp, "service-application", "免提交社保参保证明",
                "《国务院关于在线政务服务的若干规定》第十条", List.of("citizenId", "scheme", "status", "since"), false));
        SharingRequest insurance = desk.apply(new SharingDesk.Application("SOCIAL_INSURANCE", mzj, "social-assistance",
                "低保审核中的家庭经济状况核对", "《社会救助暂行办法》第十一条、第五十三条", List.of("citizenId", "scheme", "status", "contributionBase"), false));
        desk.decide(insurance.id(), new SharingDesk.Decision(List.of("citizenId", "scheme", "status"), false, null,
                "缴费基数属个人收入信息，核对工作以参保状态为限。"));
        SharingRequest fund = desk.apply(new SharingDesk.Application("HOUSING_FUND", mzj, "social-assistance",
                "低保审核中的家庭财产核对", "《社会救助暂行办法》第十一条", List.of("citizenId", "status", "balance"), false));
        desk.escalate(fund.id(), "账户余额为核心数据，请大数据局统筹决定共享范围。");
        desk.apply(new SharingDesk.Application("MARRIAGE", rsj, "service-application", "生育津贴申领时核验婚姻状况",
                "《山东省职工生育保险规定》第十五条", List.of("citizenId", "status", "registeredOn"), false));
        desk.apply(new SharingDesk.Application("CRIMINAL_RECORD", rsj, "case-review", "职业资格审查",
                "《中华人民共和国劳动法》第六十九条", List.of("citizenId", "record"), false));
    }

    private void row(DataResource resource, PersonView person, Random random) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (InformationItem item : resource.items()) {
            values.put(item.name(), value(item, person, random));
        }
        jdbc.sql("insert into exchange.record (resource_code, subject, person_id, seq, data) values (?, ?, ?, 1, ?::jsonb)")
                .params(resource.code(), person.citizenId().value(), person.id(), json.writeValueAsString(values))
                .update();
    }

    private static Object value(InformationItem item, PersonView person, Random random) {
        if (item.mask() == InformationItem.Mask.CITIZEN_ID) {
            return person.citizenId().value();
        }
        if (item.mask() == InformationItem.Mask.NAME) {
            return NAMES[random.nextInt(NAMES.length)];
        }
        String[] choices = CHOICES.get(item.name());
        if (choices != null) {
            return choices[random.nextInt(choices.length)];
        }
        return switch (item.dataType()) {
            case "date" -> LocalDate.of(2005 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString();
            case "integer" -> item.name().contains("Size") || item.name().equals("dose") ? 1 + random.nextInt(4) : 500 + random.nextInt(9500);
            case "number" -> 50 + random.nextInt(100);
            case "boolean" -> random.nextBoolean();
            default -> switch (item.name()) {
                case "licenceNumber", "certificate", "plate" -> "37" + (100000 + random.nextInt(900000));
                case "record" -> "无";
                default -> item.label();
            };
        };
    }

    /** Opens an account for the head (the officer who also administers) of a department. */
    private void headAccount(String departmentCode, String username) {
        OfficerView head = departments.officersOf(department(departmentCode).id()).stream()
                .filter(o -> o.roles().contains(Role.DEPT_ADMIN)).findFirst().orElseThrow();
        PersonView person = people.find(head.personId()).orElseThrow();
        accounts.open(new NewAccount(username, person.citizenId().value(), PASSWORD, false));
    }

    private DepartmentView department(String code) {
        return departments.findByCode(code).orElseThrow(() -> new IllegalStateException("The demo city has no department " + code));
    }
}
