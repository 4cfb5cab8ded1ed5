package io.onewindow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.onewindow.divisions.DivisionLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * People find the service they mean in the words they use: each query below, typed as a citizen or a
 * business would type it (colloquial, with question words, or a near miss of the item's own wording), has
 * the service it must bring up first in the demo city's published catalogue.
 */
@SpringBootTest
public class SearchRelevanceTests {

    static final String RESTAURANT = "370200-YJS-0001";
    static final String BIRTH = "370200-YJS-0002";
    static final String COMPANY = "370200-YJS-0003";

    /** Query → the code of the entry that must come first. */
    public static final Map<String, String> FIRST = new LinkedHashMap<>();

    static {
        // The words named in the issue.
        first("开饭店", RESTAURANT);
        first("生孩子", BIRTH);
        first("社保", "370200-RSJ-GG-0002");
        first("户口", "370200-GA-QR-0002");
        first("营业执照", "370200-SCJG-XK-0001");
        first("公积金 怎么取", "370200-ZJJ-GF-0001");
        first("换驾照", "370200-GA-XK-0002");
        // Colloquial names of things.
        first("开办餐饮店", RESTAURANT);
        first("出生一件事", BIRTH);
        first("注册公司", COMPANY);
        first("开公司", COMPANY);
        first("暂住证", "370200-GA-XK-0001");
        first("居住证", "370200-GA-XK-0001");
        first("高龄补贴", "370202-MZJ-GF-0001");
        first("老人补贴", "370202-MZJ-GF-0001");
        first("残疾证", "370200-MZJ-QR-0001");
        first("房产证", "370200-ZJJ-QR-0002");
        first("二手房过户", "370200-ZJJ-QR-0002");
        first("结婚", "370202-MZJ-QR-0001");
        first("结婚预约", "370202-MZJ-GG-0001");
        first("离婚", "370202-MZJ-QR-0002");
        first("退休金", "370200-RSJ-GF-0001");
        first("领养老金", "370200-RSJ-GF-0001");
        first("失业金怎么领", "370200-RSJ-GF-0002");
        first("被辞退了", "370200-RSJ-GF-0002");
        first("个体户", "370200-SCJG-XK-0001");
        first("个体户注销", "370200-SCJG-XK-0005");
        first("注销公司", "370200-SCJG-XK-0004");
        first("改公司地址", "370200-SCJG-XK-0003");
        first("换法人", "370200-SCJG-XK-0003");
        first("刻章", "370200-GA-BA-0001");
        first("领发票", "370200-SWJ-QT-0001");
        first("单位社保开户", "370200-RSJ-QR-0001");
        first("社保卡", "370200-RSJ-GG-0002");
        first("电子社保卡", "370200-RSJ-GG-0002");
        first("医保", "370200-RSJ-GG-0001");
        first("新生儿医保", "370200-RSJ-GG-0001");
        first("上户口", "370200-GA-QR-0001");
        first("报户口", "370200-GA-QR-0001");
        first("出生证明", "370200-WJW-QR-0001");
        first("落户青岛", "370200-GA-QR-0002");
        first("身份证过期", "370200-GA-XK-0004");
        first("身份证丢了", "370200-GA-XK-0005");
        first("驾照丢了", "370200-GA-XK-0003");
        first("办护照", "370200-GA-XK-0006");
        first("去香港", "370200-GA-XK-0007");
        first("无犯罪证明", "370200-GA-GG-0001");
        first("新车上牌", "370200-GA-XK-0008");
        first("低保", "370202-MZJ-GF-0002");
        first("上小学", "370200-JYJ-GG-0001");
        first("孩子上学报名", "370200-JYJ-GG-0001");
        first("教师资格证", "370200-JYJ-QR-0001");
        first("公租房", "370200-ZJJ-GF-0002");
        first("租房备案", "370200-ZJJ-BA-0001");
        first("个税退税", "370200-SWJ-QT-0002");
        first("完税证明", "370200-SWJ-GG-0001");
        first("环评", "370200-STHJJ-XK-0001");
        first("排污许可证", "370200-STHJJ-XK-0002");
        first("开药店", "370200-XZSP-XK-0005");
        first("开诊所", "370200-WJW-XK-0002");
        first("食品经营许可证", "370200-XZSP-XK-0001");
        first("卫生许可证", "370200-XZSP-XK-0002");
        first("门头招牌", "370200-XZSP-XK-0003");
        first("施工许可证", "370200-XZSP-XK-0004");
        first("消防检查", "370200-XFZD-XK-0001");
        first("工伤", "370200-RSJ-QR-0002");
        first("打疫苗", "370200-WJW-GG-0002");
        first("买到假货投诉", "370200-SCJG-GG-0001");
        first("电梯登记", "370200-SCJG-XK-0006");
        first("创业贷款", "370200-RSJ-GF-0003");
        first("自己交社保", "370202-RSJ-GG-0001");
        first("住房公积金", "370200-ZJJ-GF-0001");
        first("结婚登记", "370202-MZJ-QR-0001");
        first("失业保险金", "370200-RSJ-GF-0002");
        first("养老保险待遇", "370200-RSJ-GF-0001");
        // Near misses: the item's own words, put otherwise, with question words around them.
        first("我想开个小饭馆", RESTAURANT);
        first("开一家餐厅要办什么", RESTAURANT);
        first("宝宝出生后要办哪些手续", BIRTH);
        first("驾驶证到期了怎么换", "370200-GA-XK-0002");
        first("住房公积金怎么提取出来", "370200-ZJJ-GF-0001");
        first("营业执照地址变更", "370200-SCJG-XK-0003");
        first("申请居住证需要什么材料", "370200-GA-XK-0001");
        first("八十岁老人的补贴", "370202-MZJ-GF-0001");
        first("怀孕了要办什么", "370200-WJW-GG-0001");
        first("残疾人证怎么办理", "370200-MZJ-QR-0001");
        first("不动产权证书办理", "370200-ZJJ-QR-0002");
        // Opening a small business, in the words of the trade: the business licence of a 个体工商户 first.
        first("开个水果店", "370200-SCJG-XK-0001");
        first("开网店", "370200-SCJG-XK-0001");
        first("开美甲店", "370200-SCJG-XK-0001");
        first("摆地摊", "370200-SCJG-XK-0001");
        first("怎么注册个体户", "370200-SCJG-XK-0001");
        first("开旅馆", "370200-XZSP-XK-0002");
        // In the words of the street: trades, measure words, everyday words for life events and losses, slips of the
        // input method.
        first("开个快餐店", RESTAURANT);
        first("想开家火锅店", RESTAURANT);
        first("开个包子铺", RESTAURANT);
        first("开个服装店", "370200-SCJG-XK-0001");
        first("开个五金店", "370200-SCJG-XK-0001");
        first("开淘宝店", "370200-SCJG-XK-0001");
        first("摆个摊", "370200-SCJG-XK-0001");
        first("刻个章", "370200-GA-BA-0001");
        first("开票", "370200-SWJ-QT-0001");
        first("开个药铺", "370200-XZSP-XK-0005");
        first("公司换老板", "370200-SCJG-XK-0003");
        first("公司搬家了", "370200-SCJG-XK-0003");
        first("公司改名字", "370200-SCJG-XK-0003");
        first("被炒鱿鱼了", "370200-RSJ-GF-0002");
        first("下岗了怎么办", "370200-RSJ-GF-0002");
        first("新农合", "370200-RSJ-GG-0001");
        first("租不起房", "370200-ZJJ-GF-0002");
        first("幼升小报名", "370200-JYJ-GG-0001");
        first("老婆生了要办啥", BIRTH);
        first("身份证被偷了", "370200-GA-XK-0005");
        first("驾照掉了", "370200-GA-XK-0003");
        first("社报卡", "370200-RSJ-GG-0002");
        // English, for readers of the English pages.
        first("food business licence", "370200-XZSP-XK-0001");
        first("residence permit", "370200-GA-XK-0001");
        first("renew driving licence", "370200-GA-XK-0002");
        first("get married", "370202-MZJ-QR-0001");
        first("renew driver's license", "370200-GA-XK-0002");
    }

    private static void first(String query, String code) {
        FIRST.put(query, code);
    }

    @Autowired
    ServiceCatalogue catalogue;

    @Test
    void everyColloquialQueryBringsUpTheServiceItMeansFirst() {
        List<String> missed = new ArrayList<>();
        FIRST.forEach((query, expected) -> {
            List<ServiceSummary> hits = catalogue.search(ServiceQuery.of(query)).items();
            String top = hits.isEmpty() ? "nothing" : hits.get(0).code() + " " + hits.get(0).name().zh();
            if (hits.isEmpty() || !hits.get(0).code().equals(expected)) {
                missed.add(query + " → " + top + " (expected " + expected + ")");
            }
        });
        assertThat(FIRST).hasSizeGreaterThanOrEqualTo(60);
        assertThat(missed).as("queries whose first result is not the service meant").isEmpty();
    }

    @Test
    void wordsThatNameNoServiceFindNothingRatherThanNoise() {
        assertThat(catalogue.search(ServiceQuery.of("量子计算机")).items()).isEmpty();
    }

    @Test
    void aWholeParagraphPastedIntoTheSearchBoxIsAnswered() {
        StringBuilder pasted = new StringBuilder();
        for (int c = 0x4E00; pasted.length() < 3_000; c += 7) {
            pasted.appendCodePoint(c);
        }
        assertThat(catalogue.search(ServiceQuery.of("开饭店" + pasted)).items()).extracting(ServiceSummary::code).startsWith(RESTAURANT);
        // The longest text searched, every pair of its characters a different term, stays within what the index takes.
        assertThatCode(() -> catalogue.search(ServiceQuery.of(pasted.substring(0, ServiceQuery.MAX_TEXT)))).doesNotThrowAnyException();
    }

    @Test
    void aServiceTheCatalogueDoesNotHoldIsNotAnsweredWithOnesThatOnlyShareACharacterWithIt() {
        // 健康证 (a food worker's health certificate) is not among the city's items: 残疾人证 and 居住证 share only 证.
        assertThat(catalogue.search(ServiceQuery.of("健康证")).items()).extracting(ServiceSummary::code)
                .doesNotContain("370200-MZJ-QR-0001", "370200-GA-XK-0001");
        assertThat(catalogue.search(ServiceQuery.of("退休金怎么领")).items()).extracting(ServiceSummary::code)
                .startsWith("370200-RSJ-GF-0001").doesNotContain("370200-SWJ-QT-0001");
        // A query of one character still finds what it can.
        assertThat(catalogue.search(ServiceQuery.of("证")).items()).isNotEmpty();
    }

    @Test
    void politeAndRoundaboutWaysOfAskingFindWhatTheBareWordsFind() {
        for (String asked : List.of("有哪些补贴", "请问有补贴吗", "麻烦问下补贴咋申请", "能申请哪些补贴")) {
            assertThat(catalogue.search(ServiceQuery.of(asked)).items()).as(asked).extracting(ServiceSummary::code)
                    .isNotEmpty().containsAnyElementsOf(codes("补贴"));
        }
        assertThat(catalogue.search(ServiceQuery.of("请问开证明")).items()).extracting(ServiceSummary::name)
                .anyMatch(name -> name.zh().contains("无犯罪记录证明"));
    }

    @Test
    void aWordForSigningUpOrBookingDoesNotAnswerForAnExamOrAHospitalTheCityDoesNotOffer() {
        // 高考 and 当兵 (the college entrance exam, the army) are not the city's school enrolment; a gas account is no social
        // insurance account.
        for (String asked : List.of("高考报名", "当兵报名", "燃气开户")) {
            assertThat(catalogue.search(ServiceQuery.of(asked)).items()).as(asked).extracting(ServiceSummary::code)
                    .doesNotContain("370200-JYJ-GG-0001", "370202-MZJ-GG-0001", "370200-RSJ-QR-0001", "370200-ZJJ-QR-0001");
        }
    }

    @Test
    void anAmericanSpellingFindsWhatTheCataloguesBritishSpellingFinds() {
        assertThat(codes("business license")).isNotEmpty().startsWith(codes("business licence").get(0));
        assertThat(codes("pharmacy license")).startsWith("370200-XZSP-XK-0005");
    }

    private List<String> codes(String query) {
        return catalogue.search(ServiceQuery.of(query)).items().stream().map(ServiceSummary::code).toList();
    }

    @Test
    void openingAShopBringsUpTheBusinessLicenceAndTheTradesOwnLicenceFirst() {
        Map<String, String> tradeLicence = Map.of("开便利店", "370200-XZSP-XK-0001", "开个小卖部", "370200-XZSP-XK-0001",
                "开民宿", "370200-XZSP-XK-0002");
        tradeLicence.forEach((query, licence) -> assertThat(catalogue.search(ServiceQuery.of(query)).items().stream()
                .limit(2).map(ServiceSummary::code)).as(query).containsExactlyInAnyOrder("370200-SCJG-XK-0001", licence));
    }

    @Test
    void aQueryOfWordsTheCatalogueDoesNotUseIsNotAnsweredWithEntriesThatShareOnlyItsSingleCharacters() {
        // 卖菜 (selling vegetables) shares only 卖 with 卖期房, a keyword of the pre-sale permit for flats.
        assertThat(catalogue.search(ServiceQuery.of("卖菜")).items()).extracting(ServiceSummary::code).doesNotContain("370200-ZJJ-XK-0001");
        // A pair of its characters in an entry's name or keywords still finds it.
        assertThat(catalogue.search(ServiceQuery.of("换证")).items()).extracting(ServiceSummary::code).contains("370200-GA-XK-0002");
        // 开旅店 (an inn, a word no entry uses) shares 开 with many a keyword of the restaurant bundle, the pharmacy and
        // the clinic, and 店 with the restaurant's.
        assertThat(catalogue.search(ServiceQuery.of("开旅店")).items()).extracting(ServiceSummary::code)
                .doesNotContain(RESTAURANT, "370200-XZSP-XK-0005", "370200-WJW-XK-0002");
        // Selling food in a supermarket takes the food business licence as well as the business licence.
        assertThat(catalogue.search(ServiceQuery.of("开超市")).items()).extracting(ServiceSummary::code)
                .contains("370200-SCJG-XK-0001", "370200-XZSP-XK-0001");
    }

    @Test
    void aWordForTheKindOfServiceDoesNotQualifyAnEntryWhenTheQueryNamesWhatItIsAbout() {
        // 死亡证明 (a death certificate) and 人才补贴 (a talent subsidy) are not among the city's items: the 无犯罪记录证明
        // and the 高龄津贴 share only the kind of service, 证明 and 补贴, with them.
        assertThat(catalogue.search(ServiceQuery.of("死亡证明 火化")).items()).extracting(ServiceSummary::code)
                .doesNotContain("370200-GA-GG-0001", "370200-WJW-QR-0001");
        assertThat(catalogue.search(ServiceQuery.of("人才补贴")).items()).extracting(ServiceSummary::name)
                .noneMatch(name -> name.zh().contains("高龄") || name.zh().contains("残疾"));
        // A lost business licence: the services about licences, not the lost driving licence.
        assertThat(catalogue.search(ServiceQuery.of("营业执照丢了补办")).items()).extracting(ServiceSummary::name)
                .noneMatch(name -> name.zh().contains("驾驶证") || name.zh().contains("身份证"));
        // Asked alone, the kind of service still finds every service of that kind.
        assertThat(catalogue.search(ServiceQuery.of("补贴")).items()).extracting(ServiceSummary::name)
                .anyMatch(name -> name.zh().contains("高龄津贴"));
        assertThat(catalogue.search(ServiceQuery.of("开证明")).items()).extracting(ServiceSummary::name)
                .anyMatch(name -> name.zh().contains("无犯罪记录证明"));
    }

    @Test
    void filtersNarrowTheResultsToTheAudienceDepartmentLevelAndEvent() {
        var births = catalogue.search(new ServiceQuery("", null, null, null, LifeEvent.BIRTH, null, null, 0, 50)).items();
        assertThat(births).extracting(ServiceSummary::code).contains(BIRTH, "370200-GA-QR-0001", "370200-WJW-QR-0001")
                .doesNotContain("370200-SCJG-XK-0002");

        var police = catalogue.search(new ServiceQuery("证", null, "qd-ga", null, null, null, null, 0, 50)).items();
        assertThat(police).isNotEmpty().allSatisfy(s -> assertThat(s.departmentCode()).isEqualTo("qd-ga"));

        var forBusinesses = catalogue.search(new ServiceQuery("社保", Audience.ENTERPRISE, null, null, null, null, null, 0, 50)).items();
        assertThat(forBusinesses.get(0).code()).isEqualTo("370200-RSJ-QR-0001");
        assertThat(forBusinesses).allSatisfy(s -> assertThat(s.audiences()).contains(Audience.ENTERPRISE));

        var district = catalogue.search(new ServiceQuery("", null, null, DivisionLevel.COUNTY, null, null, null, 0, 100)).items();
        assertThat(district).extracting(ServiceSummary::departmentCode).isNotEmpty().allSatisfy(code -> assertThat(code).startsWith("sn-"));
        var city = catalogue.search(new ServiceQuery("", null, null, DivisionLevel.CITY, null, null, null, 0, 100)).items();
        assertThat(city).extracting(ServiceSummary::departmentCode).isNotEmpty().allSatisfy(code -> assertThat(code).startsWith("qd-"));
    }
}
