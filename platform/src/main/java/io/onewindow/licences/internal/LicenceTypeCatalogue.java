package io.onewindow.licences.internal;

import io.onewindow.catalogue.Text;
import io.onewindow.licences.HolderKind;
import io.onewindow.licences.LicenceType;
import io.onewindow.licences.LicenceType.Field;
import io.onewindow.licences.LicenceTypes;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The ten licence types of the demo city, with the codes the service catalogue's outcomes and materials use.
 * Type codes (证照类型代码 in identifiers) are the platform's own six-digit numbers; the issuing departments
 * are the demo city's (identity department codes).
 */
@Component
class LicenceTypeCatalogue implements LicenceTypes {

    private static final List<LicenceType> TYPES = List.of(
            type("BUSINESS_LICENCE", "100001", "营业执照", "Business licence", "qd-scjg", HolderKind.ENTERPRISE, null,
                    List.of(printed("name", "名称", "Name"), printed("uscc", "统一社会信用代码", "Unified social credit code"),
                            printed("legalRepresentative", "法定代表人", "Legal representative"),
                            printed("registeredCapital", "注册资本", "Registered capital"),
                            printed("establishedOn", "成立日期", "Established on"), printed("address", "住所", "Domicile"),
                            optional("businessScope", "经营范围", "Business scope")),
                    List.of(Text.of("营业执照副本", "Copy of the business licence"))),
            type("FOOD_BUSINESS_LICENCE", "100002", "食品经营许可证", "Food business licence", "qd-xzsp", HolderKind.ENTERPRISE, Period.ofYears(5),
                    List.of(printed("operator", "经营者名称", "Operator"), printed("legalRepresentative", "法定代表人", "Legal representative"),
                            printed("premises", "经营场所", "Business premises"), printed("mainBusiness", "主体业态", "Main business form"),
                            optional("businessItems", "经营项目", "Business items")),
                    List.of(Text.of("食品经营许可证", "Food business licence"))),
            type("PUBLIC_PLACE_HYGIENE_LICENCE", "100003", "公共场所卫生许可证", "Public place hygiene licence", "qd-xzsp", HolderKind.ENTERPRISE,
                    Period.ofYears(4),
                    List.of(printed("unitName", "单位名称", "Unit"), printed("legalRepresentative", "法定代表人", "Legal representative"),
                            printed("address", "地址", "Address"), printed("licensedItems", "许可项目", "Licensed items")),
                    List.of(Text.of("公共场所卫生许可证", "Public place hygiene licence"))),
            type("BIRTH_CERTIFICATE", "100004", "出生医学证明", "Medical certificate of birth", "qd-wjw", HolderKind.PERSON, null,
                    List.of(printed("childName", "新生儿姓名", "Name of the child"), printed("birthDate", "出生日期", "Date of birth"),
                            printed("birthPlace", "出生地点", "Place of birth"), printed("motherName", "母亲姓名", "Mother"),
                            optional("fatherName", "父亲姓名", "Father")),
                    List.of(Text.of("出生医学证明", "Medical certificate of birth"))),
            type("RESIDENCE_PERMIT", "100005", "居住证", "Residence permit", "qd-ga", HolderKind.PERSON, Period.ofYears(1),
                    List.of(printed("name", "姓名", "Name"), personal("citizenId", "公民身份号码", "Citizen ID number"),
                            printed("address", "居住地址", "Address of residence")),
                    List.of(Text.of("居住证", "Residence permit"))),
            type("SOCIAL_SECURITY_CARD", "100006", "社会保障卡", "Social security card", "qd-rsj", HolderKind.PERSON, Period.ofYears(10),
                    List.of(printed("name", "姓名", "Name"), personal("citizenId", "社会保障号码", "Social security number"),
                            printed("cardNumber", "卡号", "Card number")),
                    List.of(Text.of("社会保障卡", "Social security card"))),
            type("DISABILITY_CERTIFICATE", "100007", "残疾人证", "Disability certificate", "qd-mzj", HolderKind.PERSON, Period.ofYears(10),
                    List.of(printed("name", "姓名", "Name"), personal("citizenId", "公民身份号码", "Citizen ID number"),
                            printed("category", "残疾类别", "Category"), printed("grade", "残疾等级", "Grade")),
                    List.of(Text.of("残疾人证", "Disability certificate"))),
            type("MARRIAGE_CERTIFICATE", "100008", "结婚证", "Marriage certificate", "qd-mzj", HolderKind.PERSON, null,
                    List.of(printed("name", "持证人", "Holder"), personal("citizenId", "公民身份号码", "Citizen ID number"),
                            printed("spouseName", "配偶姓名", "Spouse"), printed("registeredOn", "登记日期", "Registered on")),
                    List.of(Text.of("结婚证", "Marriage certificate"))),
            type("REAL_ESTATE_CERTIFICATE", "100009", "不动产权证书", "Real estate title certificate", "qd-zjj", HolderKind.PERSON, null,
                    List.of(printed("owner", "权利人", "Right holder"), printed("location", "坐落", "Location"),
                            printed("area", "面积", "Area"), printed("use", "用途", "Use"), printed("rightType", "权利类型", "Type of right")),
                    List.of(Text.of("不动产权证书", "Real estate title certificate"), Text.of("房屋产权证明", "Proof of ownership of the home"))),
            type("DRIVING_LICENCE", "100010", "机动车驾驶证", "Driving licence", "qd-ga", HolderKind.PERSON, Period.ofYears(6),
                    List.of(printed("name", "姓名", "Name"), personal("citizenId", "证号", "Licence number"),
                            printed("vehicleClass", "准驾车型", "Vehicle class"), printed("firstIssuedOn", "初次领证日期", "First issued on")),
                    List.of(Text.of("机动车驾驶证", "Driving licence"))));

    @Override
    public List<LicenceType> all() {
        return TYPES;
    }

    @Override
    public Optional<LicenceType> find(String code) {
        return TYPES.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    private static LicenceType type(String code, String typeCode, String zh, String en, String department, HolderKind holder,
                                    Period validity, List<Field> fields, List<Text> standsFor) {
        return new LicenceType(code, typeCode, Text.of(zh, en), department, holder, fields, Optional.ofNullable(validity), standsFor);
    }

    private static Field printed(String name, String zh, String en) {
        return new Field(name, Text.of(zh, en), true, true, false);
    }

    private static Field optional(String name, String zh, String en) {
        return new Field(name, Text.of(zh, en), false, false, false);
    }

    private static Field personal(String name, String zh, String en) {
        return new Field(name, Text.of(zh, en), true, true, true);
    }
}
