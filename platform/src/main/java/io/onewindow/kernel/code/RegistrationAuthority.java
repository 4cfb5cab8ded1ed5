package io.onewindow.kernel.code;

import java.util.Arrays;
import java.util.Optional;

/**
 * The registration authority (登记管理部门, 1st character of a unified social credit code) and the entity
 * types (机构类别, 2nd character) each may register: the table of GB 32100-2015 with the authorities added
 * since (A for the military, N for rural collective economic organisations), as reproduced in secondary
 * sources such as https://osuse.cn/post/10002590.html, against which it was checked:
 * 1 机构编制: 1 机关, 2 事业单位, 3 中央编办直接管理机构编制的群众团体, 9 其他; 2 外交: 1 外国常驻新闻机构, 9 其他;
 * 3 司法行政: 1 律师执业机构, 2 公证处, 3 基层法律服务所, 4 司法鉴定机构, 5 仲裁委员会, 9 其他;
 * 4 文化: 1 外国在华文化中心, 9 其他; 5 民政: 1 社会团体, 2 民办非企业单位, 3 基金会, 9 其他;
 * 6 旅游: 1 外国旅游部门常驻代表机构, 2 港澳台地区旅游部门常驻内地（大陆）代表机构, 9 其他;
 * 7 宗教: 1 宗教活动场所, 2 宗教院校, 9 其他; 8 工会: 1 基层工会, 9 其他; 9 工商: 1 企业, 2 个体工商户,
 * 3 农民专业合作社; A 中央军委改革和编制办公室: 1 军队事业单位, 9 其他; N 农业: 1 组级集体经济组织,
 * 2 村级集体经济组织, 3 乡镇级集体经济组织, 9 其他; Y 其他: 1 (no finer types).
 */
public enum RegistrationAuthority {

    ESTABLISHMENT('1', "机构编制", "1239"),
    FOREIGN_AFFAIRS('2', "外交", "19"),
    JUSTICE('3', "司法行政", "123459"),
    CULTURE('4', "文化", "19"),
    CIVIL_AFFAIRS('5', "民政", "1239"),
    TOURISM('6', "旅游", "129"),
    RELIGION('7', "宗教", "129"),
    TRADE_UNION('8', "工会", "19"),
    MARKET_REGULATION('9', "工商", "123"),
    MILITARY('A', "中央军委改革和编制办公室", "19"),
    AGRICULTURE('N', "农业", "1239"),
    OTHER('Y', "其他", "1");

    private final char code;
    private final String chineseName;
    private final String entityTypes;

    RegistrationAuthority(char code, String chineseName, String entityTypes) {
        this.code = code;
        this.chineseName = chineseName;
        this.entityTypes = entityTypes;
    }

    public static Optional<RegistrationAuthority> of(char code) {
        return Arrays.stream(values()).filter(authority -> authority.code == code).findFirst();
    }

    public char code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The entity type characters this authority registers, e.g. {@code "123"} for 工商. */
    public String entityTypes() {
        return entityTypes;
    }

    public boolean registers(char entityType) {
        return entityTypes.indexOf(entityType) >= 0;
    }
}
