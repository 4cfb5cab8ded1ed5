package io.onewindow.catalogue.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words people type for the words the catalogue uses (驾照 for 驾驶证, 社保 for 社会保险, 生孩子 for 出生),
 * across all items; what is particular to one item is in its own keywords. A query that contains a
 * colloquial word is also searched with its formal words. Also the question words that say nothing about
 * which service is meant (怎么, 如何, 在哪里), which are taken out before searching.
 */
final class Synonyms {

    private static final Map<String, List<String>> FORMAL = new LinkedHashMap<>();
    static final List<String> NOISE = List.of("怎么办理", "如何办理", "怎么办", "怎么", "如何", "怎样", "在哪里", "在哪儿", "在哪", "哪里",
            "去哪", "需要什么", "要什么", "什么", "需要哪些", "要哪些", "哪些", "多长时间", "多久", "几天", "多少钱", "流程", "手续", "我想",
            "我要", "想要", "可以", "请问", "麻烦", "问一下", "问下", "咋办", "咋整", "咋弄", "能不能", "有没有", "是不是", "要不要", "东西",
            "要办啥", "办啥", "啥", "吗", "呢", "了", "的", "一下");
    /** A measure word between a verb and its object (开个章, 开一家店, 摆个摊): the verb and the object are what is meant. */
    private static final Pattern MEASURE = Pattern.compile("([开办刻摆做])了?(?:一[个家间]|个(?![人体])|间)");
    /**
     * Words for the kind of service or what is done with it (a certificate, a subsidy, applying, replacing), which many
     * items share. They rank, but where the query also names what it is about (死亡证明, 人才补贴, 营业执照丢了补办)
     * an entry must match that, not only the kind: the city's 无犯罪记录证明 is no answer to 死亡证明.
     */
    static final Set<String> GENERIC = Set.of("证明", "开证明", "补贴", "津贴", "补助", "申请", "申领", "领取", "办理", "办证", "补办",
            "补领", "挂失", "证件", "登记", "注册", "材料", "需要", "服务", "查询", "报名", "预约", "开户", "备案", "申报", "年检", "年报");

    private static final List<String> GENERIC_LONGEST_FIRST = GENERIC.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    static {
        add("驾照", "驾驶证");
        add("驾驶本", "驾驶证");
        add("车本", "驾驶证");
        add("换本", "换证");
        add("换", "换证");
        add("补办", "补领");
        add("社保", "社会保险", "社会保障");
        add("医保", "医疗保险");
        add("户口", "户籍", "户口");
        add("落户", "户口迁入", "户籍");
        add("房产证", "不动产权证书", "不动产");
        add("房本", "不动产权证书", "不动产");
        add("过户", "不动产", "转移登记");
        add("买房", "不动产", "购房");
        add("公积金", "住房公积金");
        add("取", "提取");
        add("领", "申领", "领取");
        add("生孩子", "出生", "新生儿");
        add("生娃", "出生", "新生儿");
        add("生小孩", "出生", "新生儿");
        add("宝宝", "出生", "新生儿");
        add("孩子", "新生儿", "学生");
        add("上学", "入学");
        add("读书", "入学");
        add("结婚", "结婚登记", "婚姻登记");
        add("领证", "结婚登记");
        add("离婚", "离婚登记");
        add("退休", "养老保险", "退休");
        add("养老金", "养老保险", "待遇");
        add("失业金", "失业保险金");
        add("丢工作", "失业");
        add("找工作", "就业", "求职");
        add("开公司", "企业开办", "设立登记", "公司");
        add("注册公司", "企业开办", "设立登记", "公司");
        add("办公司", "企业开办", "设立登记", "公司");
        add("开店", "个体工商户", "开办");
        add("小店", "个体工商户");
        add("网店", "个体工商户"); // online sellers register too (电子商务法 article 10)
        add("便利店", "食品经营");
        add("超市", "个体工商户", "食品经营");
        add("小卖部", "食品经营");
        add("美甲", "个体工商户", "美容美发");
        add("旅馆", "宾馆");
        add("注册", "设立登记");
        add("饭店", "餐饮");
        add("饭馆", "餐饮");
        add("餐馆", "餐饮");
        add("小吃", "餐饮");
        add("执照", "营业执照");
        add("关公司", "注销");
        add("关门", "注销");
        add("刻章", "印章刻制");
        add("公章", "印章刻制");
        add("发票", "发票领用");
        add("护照", "普通护照");
        add("港澳", "往来港澳通行证");
        add("残疾证", "残疾人证");
        add("低保", "最低生活保障");
        add("老人", "老年人", "高龄");
        add("补贴", "津贴", "补贴");
        add("打疫苗", "预防接种");
        add("疫苗", "预防接种");
        add("装修", "施工");
        add("盖房", "施工许可", "建设工程");
        add("租房", "租赁", "公共租赁住房");
        add("公租房", "公共租赁住房");
        add("无犯罪", "无犯罪记录证明");
        add("开证明", "证明");
        add("个税", "个人所得税");
        add("退税", "个人所得税", "汇算");
        add("身份证", "居民身份证");
        add("教师证", "教师资格");
        add("医生", "医师");
        add("诊所", "医疗机构");
        add("药店", "药品零售");
        add("排污", "排污许可");
        add("环评", "环境影响评价");
        // Trades in their own words: food (the restaurant bundle first), shops, services to the public.
        each(List.of("快餐", "火锅", "饺子", "包子", "早餐", "早点", "面馆", "盒饭", "外卖", "熟食", "蛋糕", "奶茶", "酒吧", "烧烤"), "餐饮");
        each(List.of("服装店", "五金", "花店", "宠物店", "手机店", "淘宝", "抖音", "门面", "做生意", "铺子", "摆摊", "摊位", "卖菜"), "个体工商户");
        each(List.of("理发", "剃头", "洗浴", "浴池", "健身房", "游泳馆"), "公共场所卫生许可", "个体工商户");
        add("药铺", "药品零售");
        add("开票", "发票领用");
        // The question words (了 among them) are taken out before these are looked for: 不开 of 店不开了.
        each(List.of("不开", "关店", "不干", "倒闭", "破产", "歇业"), "注销");
        each(List.of("换老板", "股东", "搬家", "迁址", "改名", "名称", "注册资本", "增资", "地址变"), "变更登记");
        // Life events in everyday words.
        each(List.of("炒鱿鱼", "下岗", "裁员", "辞退", "没工作"), "失业");
        each(List.of("老婆生", "媳妇生"), "出生", "新生儿");
        each(List.of("二胎", "三胎"), "生育登记");
        add("新农合", "城乡居民基本医疗保险");
        add("租不起", "公共租赁住房");
        add("租出去", "房屋租赁", "租赁");
        each(List.of("预防针", "打针"), "预防接种");
        each(List.of("一年级", "幼升小"), "入学");
        add("交社保", "灵活就业", "社会保险");
        each(List.of("自由职业", "没单位"), "灵活就业");
        each(List.of("掉", "丢", "不见", "找不到", "被偷"), "补领", "挂失");
        // American spellings and everyday English for the catalogue's British and formal English.
        add("license", "licence");
        each(List.of("married", "marry", "wedding"), "marriage");
        each(List.of("driver's", "drivers"), "driving");
        // Slips of the input method that people make for the words above.
        add("社报", "社会保险", "社会保障");
        add("结昏", "结婚登记", "婚姻登记");
        add("只照", "营业执照");
    }

    private Synonyms() {
    }

    private static void add(String colloquial, String... formal) {
        FORMAL.put(colloquial, List.of(formal));
    }

    private static void each(List<String> colloquial, String... formal) {
        colloquial.forEach(word -> add(word, formal));
    }

    /** The formal words of every colloquial word the query contains. */
    static List<String> expand(String query) {
        return expand(query, 1);
    }

    /**
     * The formal words of the colloquial words of at least {@code shortest} characters the query contains: those of a
     * single character (取, 领, 换) widen the search but say little about which service is meant.
     */
    static List<String> expand(String query, int shortest) {
        List<String> found = new ArrayList<>();
        FORMAL.forEach((colloquial, formal) -> {
            if (colloquial.length() >= shortest && query.contains(colloquial)) {
                formal.stream().filter(f -> !query.contains(f) && !found.contains(f)).forEach(found::add);
            }
        });
        return found;
    }

    /** Every formal word a query may be widened with. */
    static Set<String> formalWords() {
        Set<String> words = new LinkedHashSet<>();
        FORMAL.values().forEach(words::addAll);
        return words;
    }

    /**
     * Whether the query says what it is about besides the kind of service: two or more Chinese characters are left once
     * its words for the kind are taken out (高考 of 高考报名), also where the segmenter cut them into single characters.
     */
    static boolean namesMoreThanTheKind(String meant) {
        String left = meant;
        for (String generic : GENERIC_LONGEST_FIRST) {
            left = left.replace(generic, " ");
        }
        return left.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() >= 2;
    }

    /** The query without the words that do not say which service is meant. */
    static String withoutNoise(String query) {
        String stripped = MEASURE.matcher(query).replaceAll("$1");
        for (String noise : NOISE) {
            stripped = stripped.replace(noise, " ");
        }
        return stripped.isBlank() ? query : stripped.strip();
    }
}
