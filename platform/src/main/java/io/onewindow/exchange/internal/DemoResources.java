package io.onewindow.exchange.internal;

import io.onewindow.exchange.DataResource;
import io.onewindow.exchange.DataResource.Category;
import io.onewindow.exchange.DataResource.OpenType;
import io.onewindow.exchange.DataResource.ShareMethod;
import io.onewindow.exchange.DataResource.SharingType;
import io.onewindow.exchange.DataResource.SubjectKind;
import io.onewindow.exchange.DataResource.UpdateCycle;
import io.onewindow.exchange.InformationItem;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The demo city's catalogue: 32 resources of its departments, named and classified as a city's 政务信息资源目录
 * names them. Items are written {@code name|标签|label|type|sensitivity|personal|mask}.
 */
final class DemoResources {

    /** code, 类-项-目-细目, category, 名称, name, provider, 摘要, summary, format, subject, sharing, conditions, method, open, cycle, items */
    static final Object[][] RESOURCES = {
            {"POPULATION", "1-01-01-01", Category.BASE, "人口基础信息", "Population register", "qd-ga",
                    "全市户籍和常住人口的身份、性别、出生日期、联系方式和住址。", "Identity, sex, birth date, contact and address of residents.",
                    "数据库", SubjectKind.PERSON, SharingType.CONDITIONAL, "限于法定职责范围内核验身份、办理服务，按最小必要原则申请信息项。",
                    ShareMethod.API, OpenType.NOT_OPEN, UpdateCycle.REAL_TIME, new String[] {
                    "citizenId|公民身份号码|Citizen ID|string|SENSITIVE|true|CITIZEN_ID", "name|姓名|Name|string|SENSITIVE|true|NAME",
                    "gender|性别|Sex|string|INTERNAL|true|NONE", "birthDate|出生日期|Birth date|date|INTERNAL|true|DATE",
                    "phone|联系电话|Phone|string|SENSITIVE|true|PHONE", "division|所在区划|Division|string|INTERNAL|true|NONE",
                    "address|住址|Address|string|SENSITIVE|true|ADDRESS"}},
            {"HOUSEHOLD", "1-01-02-01", Category.BASE, "户籍信息", "Household registration", "qd-ga",
                    "户主、与户主关系、户籍地址和迁入日期。", "Householder, relation to the householder, registered address, date moved in.",
                    "数据库", SubjectKind.PERSON, SharingType.CONDITIONAL, "限于户籍核验、社会救助、入学等法定事项。",
                    ShareMethod.API, OpenType.NOT_OPEN, UpdateCycle.DAILY, new String[] {
                    "citizenId|公民身份号码|Citizen ID|string|SENSITIVE|true|CITIZEN_ID", "householder|户主姓名|Householder|string|SENSITIVE|true|NAME",
                    "relation|与户主关系|Relation to householder|string|INTERNAL|true|NONE",
                    "registeredAddress|户籍地址|Registered address|string|SENSITIVE|true|ADDRESS", "movedInOn|迁入日期|Moved in on|date|INTERNAL|true|DATE"}},
            {"LEGAL_ENTITY", "1-02-01-01", Category.BASE, "法人基础信息", "Legal entity register", "qd-scjg",
                    "企业的统一社会信用代码、名称、法定代表人、行业、住所区划、规模和成立日期。",
                    "Credit code, name, legal representative, industry, division, size and founding date of enterprises.",
                    "数据库", SubjectKind.ENTERPRISE, SharingType.UNCONDITIONAL, "", ShareMethod.API, OpenType.OPEN, UpdateCycle.REAL_TIME, new String[] {
                    "uscc|统一社会信用代码|Credit code|string|PUBLIC|false|NONE", "name|名称|Name|string|PUBLIC|false|NONE",
                    "legalRepresentative|法定代表人|Legal representative|string|PUBLIC|true|NAME", "industry|行业门类|Industry|string|PUBLIC|false|NONE",
                    "division|住所区划|Division|string|PUBLIC|false|NONE", "size|企业规模|Size|string|INTERNAL|false|NONE",
                    "establishedOn|成立日期|Established on|date|PUBLIC|false|NONE"}},
            {"LICENCE", "1-03-01-01", Category.BASE, "电子证照信息", "Electronic licences", "qd-dsj",
                    "个人持有的电子证照目录：证照类型、编号、发证机关和有效期。", "Licences a person holds: type, number, issuer and validity.",
                    "数据库", SubjectKind.PERSON, SharingType.CONDITIONAL, "持证人授权或法定职责范围内用证。",
                    ShareMethod.API, OpenType.NOT_OPEN, UpdateCycle.REAL_TIME, new String[] {
                    "citizenId|持证人身份号码|Holder's citizen ID|string|SENSITIVE|true|CITIZEN_ID", "licenceType|证照类型|Licence type|string|INTERNAL|false|NONE",
                    "licenceNumber|证照编号|Licence number|string|SENSITIVE|true|WHOLE", "issuer|发证机关|Issuer|string|PUBLIC|false|NONE",
                    "validUntil|有效期至|Valid until|date|INTERNAL|false|NONE"}},
            {"CREDIT", "1-04-01-01", Category.BASE, "公共信用信息", "Public credit information", "qd-dsj",
                    "企业公共信用综合评价等级、失信被执行人标记和行政处罚次数。",
                    "Enterprises' public credit level, listing as dishonest judgment debtors, number of administrative penalties.",
                    "数据库", SubjectKind.ENTERPRISE, SharingType.UNCONDITIONAL, "", ShareMethod.API, OpenType.CONDITIONAL_OPEN, UpdateCycle.DAILY, new String[] {
                    "uscc|统一社会信用代码|Credit code|string|PUBLIC|false|NONE", "creditLevel|信用等级|Credit level|string|PUBLIC|false|NONE",
                    "dishonest|失信被执行人|Dishonest judgment debtor|boolean|INTERNAL|false|NONE",
                    "penalties|行政处罚次数|Administrative penalties|integer|INTERNAL|false|NONE"}},
            {"SOCIAL_INSURANCE", "2-01-01-01", Category.THEME, "社会保险参保信息", "Social insurance enrolment", "qd-rsj",
                    "参保险种、参保状态、缴费基数和参保日期。", "Insurance schemes, status, contribution base and enrolment date.",
                    "数据库", SubjectKind.PERSON, SharingType.CONDITIONAL, "限于社会保障、社会救助和人才服务事项。",
                    ShareMethod.API, OpenType.NOT_OPEN, UpdateCycle.MONTHLY, new String[] {
                    "citizenId|公民身份号码|Citizen ID|string|SENSITIVE|true|CITIZEN_ID", "scheme|险种|Scheme|string|INTERNAL|true|NONE",
                    "status|参保状态|Status|string|INTERNAL|true|NONE", "contributionBase|缴费基数（元）|Contribution base (yuan)|integer|SENSITIVE|true|WHOLE",
                    "since|参保日期|Enrolled since|date|INTERNAL|true|NONE"}},
            {"EMPLOYMENT", "2-01-02-01", Category.THEME, "就业失业登记信息", "Employment and unemployment registration", "qd-rsj",
                    "就业或失业登记状态、登记日期和就业创业证编号。", "Registered employment or unemployment, its date and certificate number.",
                    "数据库", SubjectKind.PERSON, SharingType.CONDITIONAL, "限于就业援助、社会救助和税收优惠核验。",
                    ShareMethod.API, OpenType.NOT_OPEN, UpdateCycle.DAILY, new String[] {
                    "citizenId|公民身份号码|Citizen ID|string|SENSITIVE|true|CITIZEN_ID", "status|登记状态|Status|string|INTERNAL|true|NONE",
                    "registeredOn|登记日期|Registered on|date|INTERNAL|true|NONE", "certificate|就业创业证编号|Certificate number|string|SENSITIVE|true|WHOLE"}},
            {"PENSION", "2-01-03-01", Category.THEME, "养老保险待遇领取信息", "Pension payments", "qd-rsj",
                    "养老金领取状态、月领取金额和资格认证日期。", "Pension status, monthly amount and the date eligibility was last confirmed.",
                    "数据库", SubjectKind.PERSON, SharingType.CONDITIONAL, "限于待遇资格认证和社会救助审核。",
                    ShareMethod.API, OpenType.NOT_OPEN, UpdateCycle.MONTHLY, new String[] {
                    "citizenId|公民身份号码|Citizen ID|string|SENSITIVE|true|CITIZEN_ID", "status|领取状态|Status|string|INTERNAL|true|NONE",
                    "monthlyAmount|月领取金额（元）|Monthly amount (yuan)|integer|SENSITIVE|true|WHOLE", "confirmedOn|资格认证日期|Confirmed on|date|INTERNAL|true|NONE"}},
            {"HOUSING_FUND", "2-02-01-01", Category.THEME, "住房公积金缴存信息", "Housing provident fund", "qd-zjj",
                    "公积金账户状态、月缴存额和账户余额。", "Fund account status, monthly deposit and balance.",
                    "数据库", SubjectKind.PERSON, SharingType.CONDITIONAL, "限于住房保障、社会救助和贷款审核；账户余额只提供脱敏值。",
                    ShareMethod.API, OpenType.NOT_OPEN, UpdateCycle.MONTHLY, new String[] {
                    "citizenId|公民身份号码|Citizen ID|string|SENSITIVE|true|CITIZEN_ID", "status|账户状态|Account status|string|INTERNAL|true|NONE",
                    "monthlyDeposit|月缴存额（元）|Monthly deposit (yuan)|integer|SENSITIVE|true|WHOLE", "balance|账户余额（元）|Balance (yuan)|integer|CORE|true|WHOLE"}},
            {"HOUSING_SECURITY", "2-02-02-01", Category.THEME, "保障性住房信息", "Public housing", "qd-zjj",
                    "公租房、保障性租赁住房的资格和配租情况。", "Eligibility for and allocation of public rental housing.",
                    "数据库", SubjectKind.PERSON, SharingType.CONDITIONAL, "限于住房保障和社会救助审核。",
                    ShareMethod.TABLE, OpenType.NOT_OPEN, UpdateCycle.MONTHLY, new String[] {
                    "citizenId|公民身份号码|Citizen ID|string|SENSITIVE|true|CITIZEN_ID", "eligibility|保障资格|Eligibility|string|INTERNAL|true|NONE",
                    "allocatedOn|配租日期|Allocated on|date|INTERNAL|true|NONE"}},
            {"REAL_ESTATE", "2-02-03-01", Category.THEME, "房屋交易备案信息", "Property transactions", "qd-zjj",
                    "商品房买卖合同备案：坐落、面积和备案日期。", "Registered sale contracts: location, floor area and date.",
                    "数据库", SubjectKind.PERSON, SharingType.CONDITIONAL, "限于住房保障、公积金提取和社会救助审核。",
                    ShareMethod.API, OpenType.NOT_OPEN, UpdateCycle.DAILY, new String[] {
                    "citizenId|公民身份号码|Citizen ID|string|SENSITIVE|true|CITIZEN_ID", "location|房屋坐落|Location|string|SENSITIVE|true|ADDRESS",
                    "area|建筑面积（平方米）|Floor area (m²)|number|INTERNAL|true|NONE", "filedOn|备案日期|Filed on|date|INTERNAL|true|NONE"}},
            {"TAX", "2-03-01-01", Category.THEME, "纳税信息", "Tax payments", "qd-swj",
                    "企业纳税信用等级、上年度纳税额和欠税情况。", "Enterprises' tax credit rating, last year's taxes and arrears.",
                    "数据库", SubjectKind.ENTERPRISE, SharingType.CONDITIONAL, "涉及纳税人秘密的信息项仅在法定职责范围内提供（《税收征收管理法》第八条）。",
                    ShareMethod.API, OpenType.NOT_OPEN, UpdateCycle.MONTHLY, new String[] {
                    "uscc|统一社会信用代码|Credit code|string|PUBLIC|false|NONE", "taxCredit|纳税信用等级|Tax credit rating|string|INTERNAL|false|NONE",
                    "taxPaid|上年度纳税额（元）|Taxes last year (yuan)|integer|SENSITIVE|false|WHOLE", "arrears|是否欠税|In arrears|boolean|INTERNAL|false|NONE"}},
            {"TAX_INVOICE", "2-03-02-01", Category.THEME, "发票明细信息", "Invoice details", "qd-swj",
                    "增值税发票的明细。", "Line items of VAT invoices.",
                    "数据库", SubjectKind.ENTERPRISE, SharingType.NOT_SHARED, "《中华人民共和国税收征收管理法》第八条：税务机关应当依法为纳税人的商业秘密保密。",
                    ShareMethod.API, OpenType.NOT_OPEN, UpdateCycle.REAL_TIME, new String[] {
                    "uscc|统一社会信用代码|Credit code|string|PUBLIC|false|NONE", "invoices|发票明细|Invoice lines|string|CORE|false|WHOLE"}},
            {"EDUCATION", "2-04-01-01", Category.THEME, "学籍学历信息", "School and degree records", "qd-jyj",
                    "在读学校、学段、入学日期和毕业情况。", "School, stage, enrolment date and graduation.",
                    "数据库", SubjectKind.PERSON, SharingType.CONDITIONAL, "限于入学、资助和人才服务事项。",
                    ShareMethod.API, OpenType.NOT_OPEN, UpdateCycle.QUARTERLY, new String[] {
                    "citizenId|公民身份号码|Citizen ID|string|SENSITIVE|true|CITIZEN_ID", "school|学校|School|string|INTERNAL|true|NONE",
                    "stage|学段|Stage|string|INTERNAL|true|NONE", "enrolledOn|入学日期|Enrolled on|date|INTERNAL|true|NONE",
                    "graduated|是否毕业|Graduated|boolean|INTERNAL|true|NONE"}},
            {"SCHOOLS", "3-04-01-01", Category.DEPARTMENT, "学校名录", "Schools", "qd-jyj",
                    "全市中小学、幼儿园的名称、办学类型和地址。", "Schools and kindergartens: name, type and address.",
                    "电子表格", SubjectKind.ENTERPRISE, SharingType.UNCONDITIONAL, "", ShareMethod.FILE, OpenType.OPEN, UpdateCycle.YEARLY, new String[] {
                    "uscc|统一社会信用代码|Credit code|string|PUBLIC|false|NONE", "schoolType|办学类型|Type|string|PUBLIC|false|NONE",
                    "address|地址|Address|string|PUBLIC|false|NONE"}},
            {"MARRIAGE", "2-05-01-01", Category.THEME, "婚姻登记信息", "Marriage registration", "qd-mzj",
                    "婚姻状况、配偶姓名和登记日期。", "Marital status, spouse's name and registration date.",
                    "数据库", SubjectKind.PERSON, SharingType.CONDITIONAL, "限于户籍、住房、社会救助等法定事项，不提供离婚原因。",
                    ShareMethod.API, OpenType.NOT_OPEN, UpdateCycle.DAILY, new String[] {
                    "citizenId|公民身份号码|Citizen ID|string|SENSITIVE|true|CITIZEN_ID", "status|婚姻状况|Marital status|string|SENSITIVE|true|WHOLE",
                    "spouseName|配偶姓名|Spouse's name|string|SENSITIVE|true|NAME", "registeredOn|登记日期|Registered on|date|INTERNAL|true|NONE"}},
            {"SOCIAL_ASSISTANCE", "2-05-02-01", Category.THEME, "最低生活保障信息", "Minimum living allowance", "qd-mzj",
                    "低保家庭人数、月保障金额和起始日期。", "Household size, monthly allowance and start date of 低保.",
                    "数据库", SubjectKind.PERSON, SharingType.CONDITIONAL, "限于救助帮扶、教育资助和减免事项。",
                    ShareMethod.API, OpenType.NOT_OPEN, UpdateCycle.MONTHLY, new String[] {
                    "citizenId|公民身份号码|Citizen ID|string|SENSITIVE|true|CITIZEN_ID", "householdSize|保障人数|Household size|integer|INTERNAL|true|NONE",
                    "monthlyAmount|月保障金额（元）|Monthly allowance (yuan)|integer|SENSITIVE|true|WHOLE", "since|起始日期|Since|date|INTERNAL|true|NONE"}},
            {"DISABILITY", "2-05-03-01", Category.THEME, "残疾人信息", "Disability registration", "qd-mzj",
                    "残疾类别、等级和残疾人证有效期。", "Category and grade of disability, validity of the disability card.",
                    "数据库", SubjectKind.PERSON, SharingType.CONDITIONAL, "限于残疾人补贴、救助和无障碍服务事项。",
                    ShareMethod.API, OpenType.NOT_OPEN, UpdateCycle.MONTHLY, new String[] {
                    "citizenId|公民身份号码|Citizen ID|string|SENSITIVE|true|CITIZEN_ID", "category|残疾类别|Category|string|CORE|true|WHOLE",
                    "grade|残疾等级|Grade|string|SENSITIVE|true|WHOLE", "validUntil|证件有效期至|Card valid until|date|INTERNAL|true|NONE"}},
            {"SOCIAL_ORGANISATIONS", "3-05-01-01", Category.DEPARTMENT, "社会组织登记信息", "Registered social organisations", "qd-mzj",
                    "社会团体、民办非企业单位和基金会的登记信息。", "Associations, private non-enterprise units and foundations.",
                    "数据库", SubjectKind.ENTERPRISE, SharingType.UNCONDITIONAL, "", ShareMethod.API, OpenType.OPEN, UpdateCycle.DAILY, new String[] {
                    "uscc|统一社会信用代码|Credit code|string|PUBLIC|false|NONE", "kind|组织类型|Kind|string|PUBLIC|false|NONE",
                    "registeredOn|登记日期|Registered on|date|PUBLIC|false|NONE"}},
            {"BIRTH", "2-06-01-01", Category.THEME, "出生医学证明信息", "Birth certificates", "qd-wjw",
                    "以母亲身份号码查询的出生医学证明：编号、新生儿姓名、出生日期和助产机构。",
                    "Birth certificates by the mother's citizen ID: number, baby's name, birth date, hospital.",
                    "数据库", SubjectKind.PERSON, SharingType.CONDITIONAL, "限于出生登记、医保参保和生育津贴事项。",
                    ShareMethod.API, OpenType.NOT_OPEN, UpdateCycle.DAILY, new String[] {
                    "certificate|出生医学证明编号|Certificate number|string|SENSITIVE|true|WHOLE", "babyName|新生儿姓名|Baby's name|string|SENSITIVE|true|NAME",
                    "birthDate|出生日期|Birth date|date|INTERNAL|true|NONE", "hospital|助产机构|Hospital|string|PUBLIC|false|NONE"}},
            {"VACCINATION", "2-06-02-01", Category.THEME, "预防接种信息", "Vaccinations", "qd-wjw",
                    "免疫规划疫苗接种记录。", "Vaccinations of the immunisation programme.",
                    "数据库", SubjectKind.PERSON, SharingType.CONDITIONAL, "限于入托、入学查验接种证。",
                    ShareMethod.API, OpenType.NOT_OPEN, UpdateCycle.DAILY, new String[] {
                    "vaccine|疫苗|Vaccine|string|SENSITIVE|true|WHOLE", "dose|剂次|Dose|integer|INTERNAL|true|NONE", "givenOn|接种日期|Given on|date|INTERNAL|true|NONE"}},
            {"MEDICAL_INSTITUTIONS", "3-06-01-01", Category.DEPARTMENT, "医疗机构执业登记信息", "Licensed medical institutions", "qd-wjw",
                    "医疗机构名称、类别、诊疗科目和执业许可证有效期。", "Name, kind, departments and licence validity of medical institutions.",
                    "数据库", SubjectKind.ENTERPRISE, SharingType.UNCONDITIONAL, "", ShareMethod.API, OpenType.OPEN, UpdateCycle.MONTHLY, new String[] {
                    "uscc|统一社会信用代码|Credit code|string|PUBLIC|false|NONE", "kind|机构类别|Kind|string|PUBLIC|false|NONE",
                    "validUntil|许可证有效期至|Licence valid until|date|PUBLIC|false|NONE"}},
            {"VEHICLE", "3-01-01-01", Category.DEPARTMENT, "机动车登记信息", "Motor vehicle registration", "qd-ga",
                    "机动车号牌、品牌型号和登记日期。", "Plate, make and model, registration date.",
                    "数据库", SubjectKind.PERSON, SharingType.CONDITIONAL, "限于社会救助家庭经济状况核对和法定事项。",
                    ShareMethod.API, OpenType.NOT_OPEN, UpdateCycle.DAILY, new String[] {
                    "citizenId|所有人身份号码|Owner's citizen ID|string|SENSITIVE|true|CITIZEN_ID", "plate|号牌号码|Plate|string|SENSITIVE|true|WHOLE",
                    "model|品牌型号|Make and model|string|INTERNAL|false|NONE", "registeredOn|登记日期|Registered on|date|INTERNAL|true|NONE"}},
            {"DRIVING_LICENCE", "3-01-02-01", Category.DEPARTMENT, "机动车驾驶证信息", "Driving licences", "qd-ga",
                    "准驾车型、初次领证日期、有效期和状态。", "Vehicle classes, first issue date, validity and status.",
                    "数据库", SubjectKind.PERSON, SharingType.CONDITIONAL, "限于道路运输从业资格等法定事项。",
                    ShareMethod.API, OpenType.NOT_OPEN, UpdateCycle.DAILY, new String[] {
                    "citizenId|公民身份号码|Citizen ID|string|SENSITIVE|true|CITIZEN_ID", "classes|准驾车型|Vehicle classes|string|INTERNAL|true|NONE",
                    "validUntil|有效期至|Valid until|date|INTERNAL|true|NONE", "status|状态|Status|string|INTERNAL|true|NONE"}},
            {"CRIMINAL_RECORD", "3-01-03-01", Category.DEPARTMENT, "违法犯罪记录信息", "Criminal records", "qd-ga",
                    "违法犯罪记录。", "Criminal records.",
                    "数据库", SubjectKind.PERSON, SharingType.NOT_SHARED, "《公安机关办理犯罪记录查询工作规定》第三条、第五条：仅依申请向本人或有权机关出具查询结果，不作批量共享。",
                    ShareMethod.API, OpenType.NOT_OPEN, UpdateCycle.REAL_TIME, new String[] {
                    "citizenId|公民身份号码|Citizen ID|string|SENSITIVE|true|CITIZEN_ID", "record|记录|Record|string|CORE|true|WHOLE"}},
            {"FOOD_LICENCE", "3-02-01-01", Category.DEPARTMENT, "食品经营许可信息", "Food business licences", "qd-scjg",
                    "食品经营许可证编号、经营项目和有效期。", "Licence number, activities and validity of food business licences.",
                    "数据库", SubjectKind.ENTERPRISE, SharingType.UNCONDITIONAL, "", ShareMethod.API, OpenType.OPEN, UpdateCycle.DAILY, new String[] {
                    "uscc|统一社会信用代码|Credit code|string|PUBLIC|false|NONE", "licenceNumber|许可证编号|Licence number|string|PUBLIC|false|NONE",
                    "activities|经营项目|Activities|string|PUBLIC|false|NONE", "validUntil|有效期至|Valid until|date|PUBLIC|false|NONE"}},
            {"MARKET_PENALTIES", "3-02-02-01", Category.DEPARTMENT, "市场监管行政处罚信息", "Market regulation penalties", "qd-scjg",
                    "行政处罚决定书文号、违法类型、处罚内容和决定日期。", "Penalty decisions: number, offence, penalty and date.",
                    "数据库", SubjectKind.ENTERPRISE, SharingType.UNCONDITIONAL, "", ShareMethod.API, OpenType.OPEN, UpdateCycle.DAILY, new String[] {
                    "uscc|统一社会信用代码|Credit code|string|PUBLIC|false|NONE", "decision|决定书文号|Decision number|string|PUBLIC|false|NONE",
                    "penalty|处罚内容|Penalty|string|PUBLIC|false|NONE", "decidedOn|决定日期|Decided on|date|PUBLIC|false|NONE"}},
            {"APPROVALS", "3-03-01-01", Category.DEPARTMENT, "行政许可结果信息", "Administrative licences granted", "qd-xzsp",
                    "行政审批服务局作出的许可决定：事项、文号、有效期。", "Licensing decisions of the approval bureau: item, number, validity.",
                    "数据库", SubjectKind.ENTERPRISE, SharingType.UNCONDITIONAL, "", ShareMethod.API, OpenType.OPEN, UpdateCycle.REAL_TIME, new String[] {
                    "uscc|统一社会信用代码|Credit code|string|PUBLIC|false|NONE", "item|许可事项|Licensed item|string|PUBLIC|false|NONE",
                    "decision|决定文号|Decision number|string|PUBLIC|false|NONE", "validUntil|有效期至|Valid until|date|PUBLIC|false|NONE"}},
            {"FIRE_INSPECTIONS", "3-07-01-01", Category.DEPARTMENT, "消防安全检查信息", "Fire safety inspections", "qd-xfzd",
                    "公众聚集场所投入使用、营业前消防安全检查结果。", "Fire safety inspections of public assembly venues before opening.",
                    "数据库", SubjectKind.ENTERPRISE, SharingType.UNCONDITIONAL, "", ShareMethod.API, OpenType.CONDITIONAL_OPEN, UpdateCycle.DAILY, new String[] {
                    "uscc|统一社会信用代码|Credit code|string|PUBLIC|false|NONE", "result|检查结果|Result|string|PUBLIC|false|NONE",
                    "inspectedOn|检查日期|Inspected on|date|PUBLIC|false|NONE"}},
            {"POLLUTANT_PERMITS", "3-08-01-01", Category.DEPARTMENT, "排污许可信息", "Pollutant discharge permits", "qd-sthjj",
                    "排污许可证编号、行业类别和有效期。", "Permit number, sector and validity of discharge permits.",
                    "数据库", SubjectKind.ENTERPRISE, SharingType.UNCONDITIONAL, "", ShareMethod.API, OpenType.OPEN, UpdateCycle.MONTHLY, new String[] {
                    "uscc|统一社会信用代码|Credit code|string|PUBLIC|false|NONE", "permit|许可证编号|Permit number|string|PUBLIC|false|NONE",
                    "validUntil|有效期至|Valid until|date|PUBLIC|false|NONE"}},
            {"ENVIRONMENT_PENALTIES", "3-08-02-01", Category.DEPARTMENT, "生态环境行政处罚信息", "Environmental penalties", "qd-sthjj",
                    "生态环境行政处罚决定。", "Environmental penalty decisions.",
                    "数据库", SubjectKind.ENTERPRISE, SharingType.UNCONDITIONAL, "", ShareMethod.API, OpenType.OPEN, UpdateCycle.MONTHLY, new String[] {
                    "uscc|统一社会信用代码|Credit code|string|PUBLIC|false|NONE", "decision|决定书文号|Decision number|string|PUBLIC|false|NONE",
                    "penalty|处罚内容|Penalty|string|PUBLIC|false|NONE"}},
            {"AUDIT_FINDINGS", "3-09-01-01", Category.DEPARTMENT, "审计发现问题信息", "Audit findings", "qd-sjj",
                    "审计项目中发现的问题及整改情况。", "Problems found in audits and their remedy.",
                    "文档", SubjectKind.ENTERPRISE, SharingType.NOT_SHARED, "《中华人民共和国审计法》第十六条、第五十二条：审计结果依法定程序公告，审计工作底稿不予共享。",
                    ShareMethod.FILE, OpenType.NOT_OPEN, UpdateCycle.QUARTERLY, new String[] {
                    "uscc|统一社会信用代码|Credit code|string|PUBLIC|false|NONE", "findings|问题|Findings|string|CORE|false|WHOLE"}},
    };

    private DemoResources() {
    }

    static List<DataResource> all(Function<String, UUID> department, LocalDate publishedOn) {
        return Arrays.stream(RESOURCES).map(r -> new DataResource((String) r[0], (String) r[1], (Category) r[2], (String) r[3],
                (String) r[4], department.apply((String) r[5]), "", "", (String) r[6], (String) r[7], (String) r[8], (SubjectKind) r[9],
                (SharingType) r[10], (String) r[11], (ShareMethod) r[12], (OpenType) r[13], (UpdateCycle) r[14], publishedOn,
                Arrays.stream((String[]) r[15]).map(DemoResources::item).toList())).toList();
    }

    private static InformationItem item(String line) {
        String[] f = line.split("\\|");
        return new InformationItem(f[0], f[1], f[2], f[3], InformationItem.Sensitivity.valueOf(f[4]), Boolean.parseBoolean(f[5]),
                InformationItem.Mask.valueOf(f[6]));
    }
}
