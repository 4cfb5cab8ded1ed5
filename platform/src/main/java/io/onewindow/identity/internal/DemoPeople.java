package io.onewindow.identity.internal;

import io.onewindow.kernel.code.CitizenId;
import io.onewindow.kernel.code.OrganizationCode;
import io.onewindow.kernel.code.RegistrationAuthority;
import io.onewindow.kernel.code.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic people and enterprises for the demo city: names drawn from common surnames and given-name
 * characters, valid citizen IDs and credit codes, all from a fixed seed so every start generates the same
 * city. None of them is a real person or a real enterprise.
 */
final class DemoPeople {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰飞鹏辉红梅建国海燕晨阳欣怡子涵浩然雨萱梓轩佳琪思远宇航文博嘉怡一诺心悦";
    private static final String[] ROADS = {"香港中路", "东海西路", "延安三路", "南京路", "山东路", "辽阳西路", "重庆南路", "金水路",
            "长江中路", "株洲路", "合肥路", "黑龙江中路", "海尔路", "秦岭路", "崂山路", "正阳路"};
    private static final String[] BRANDS = {"海纳", "蓝湾", "琴岛", "崂润", "启航", "鑫源", "汇通", "瑞丰", "明德", "远帆", "星海",
            "华拓", "致远", "恒泰", "澜清", "嘉禾", "云帆", "金沙", "青禾", "港泰", "海韵", "东方晨", "北辰", "天衡", "润泽"};
    private static final String[][] TRADES = {{"信息技术", "I"}, {"软件开发", "I"}, {"食品", "C"}, {"机械制造", "C"},
            {"建筑工程", "E"}, {"商贸", "F"}, {"物流", "G"}, {"餐饮管理", "H"}, {"海洋科技", "M"}, {"环保科技", "N"},
            {"家政服务", "O"}, {"教育咨询", "P"}, {"医疗器械", "F"}, {"文化传媒", "R"}, {"房地产开发", "K"}, {"渔业", "A"}};
    private static final String[] FORMS = {"有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司"};
    private static final String SIZES = "MICRO,MICRO,SMALL,SMALL,SMALL,MEDIUM,LARGE";
    private static final String ORGANIZATION_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final Random random;
    private final Set<String> usedIds = new HashSet<>();
    private final Set<String> usedNames = new HashSet<>();

    DemoPeople(long seed) {
        this.random = new Random(seed);
    }

    String name() {
        String name;
        do {
            name = pick(SURNAMES) + pick(GIVEN) + (random.nextInt(3) == 0 ? "" : pick(GIVEN));
        } while (!usedNames.add(name));
        return name;
    }

    CitizenId citizenId(String county, int fromYear, int toYear) {
        CitizenId id;
        do {
            LocalDate birth = LocalDate.of(fromYear + random.nextInt(toYear - fromYear + 1), 1, 1).plusDays(random.nextInt(365));
            id = CitizenId.of(county, birth, random.nextInt(1000));
        } while (!usedIds.add(id.value()));
        return id;
    }

    String phone() {
        return "1" + "3456789".charAt(random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    }

    String street() {
        return ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(300)) + "号";
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A company name and its GB/T 4754 section. */
    String[] company() {
        String[] trade = TRADES[random.nextInt(TRADES.length)];
        String name;
        do {
            name = "青岛" + BRANDS[random.nextInt(BRANDS.length)] + trade[0] + FORMS[random.nextInt(FORMS.length)];
        } while (!usedNames.add(name));
        return new String[] {name, trade[1]};
    }

    String size() {
        String[] sizes = SIZES.split(",");
        return sizes[random.nextInt(sizes.length)];
    }

    LocalDate established() {
        return LocalDate.of(1995, 1, 1).plusDays(random.nextInt(365 * 30));
    }

    UnifiedSocialCreditCode creditCode(RegistrationAuthority authority, char entityType, String division) {
        UnifiedSocialCreditCode code;
        do {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                body.append(ORGANIZATION_CHARACTERS.charAt(random.nextInt(i == 0 ? 10 : ORGANIZATION_CHARACTERS.length())));
            }
            code = UnifiedSocialCreditCode.of(authority, entityType, division, OrganizationCode.of(body.toString()));
        } while (!usedIds.add(code.value()));
        return code;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private char pickChar(String chars) {
        return chars.charAt(random.nextInt(chars.length()));
    }

    private String pick(String chars) {
        return String.valueOf(pickChar(chars));
    }
}
