package io.onewindow.benefits.internal;

import io.onewindow.benefits.Amount;
import io.onewindow.benefits.Audience;
import io.onewindow.benefits.Clause;
import io.onewindow.benefits.DatedValue;
import io.onewindow.benefits.LegalBasis;
import io.onewindow.benefits.Parameter;
import io.onewindow.benefits.Policy;
import io.onewindow.benefits.ValueType;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo city's policies, written the way 青岛市's departments publish such benefits: the documents are
 * named after the real kinds of provincial and municipal notices, their articles and amounts are
 * representative, not quotations. Parameters carry the dates their values changed.
 */
public final class QingdaoPolicies {

    private static final String CITY = "3702";
    private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    private QingdaoPolicies() {
    }

    public static List<Policy> all() {
        return List.of(oldAgeAllowance(), disabilitySubsidies(), onlyChildParents(), residentPensionIncrease(),
                jobRetentionRefund(), smallEnterpriseInsuranceSubsidy(), startUpSubsidy(), graduateEmploymentSubsidy());
    }

    static Policy oldAgeAllowance() {
        return new Policy("QD-GLJT", "高龄津贴", "Old-age allowance (80+)", "qd-mzj",
                new LegalBasis("青岛市高龄津贴发放管理办法", "第三条、第五条"), Audience.PERSON, SINCE, null,
                Amount.formula("age >= param.upper_age ? param.upper_monthly_fen : param.monthly_fen", "MONTHLY"), true,
                List.of(new Clause("age", "年满80周岁", "age >= param.min_age", "第三条"),
                        new Clause("hukou", "本市户籍", "hukou_local && division.startsWith(\"" + CITY + "\")", "第三条")),
                List.of(param("min_age", ValueType.INT, "起始年龄", v(SINCE, "80")),
                        param("upper_age", ValueType.INT, "百岁年龄", v(SINCE, "100")),
                        param("monthly_fen", ValueType.INT, "每月津贴（分）", v(SINCE, "10000"), v(LocalDate.of(2026, 11, 1), "15000")),
                        param("upper_monthly_fen", ValueType.INT, "百岁老人每月津贴（分）", v(SINCE, "30000"))));
    }

    static Policy disabilitySubsidies() {
        return new Policy("QD-CJLX", "残疾人两项补贴", "Living and nursing subsidies for persons with disabilities", "qd-mzj",
                new LegalBasis("国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见（国发〔2015〕52号）", "二、（一）"),
                Audience.PERSON, SINCE, null, Amount.formula("disability_grade <= 2 ? param.nursing_fen : param.living_fen", "MONTHLY"), false,
                List.of(new Clause("certificate", "持有第二代残疾人证", "disability_grade >= 1", "二、（一）"),
                        new Clause("need", "重度残疾（一、二级）或低保、低保边缘家庭", "disability_grade <= param.severe_max_grade || income_band <= param.poor_band",
                                "二、（一）"),
                        new Clause("hukou", "本市户籍", "hukou_local", "二、（二）")),
                List.of(param("severe_max_grade", ValueType.INT, "重度残疾最低等级", v(SINCE, "2")),
                        param("poor_band", ValueType.INT, "困难家庭收入档", v(SINCE, "2")),
                        param("living_fen", ValueType.INT, "生活补贴（分/月）", v(SINCE, "9000"), v(LocalDate.of(2025, 1, 1), "10000")),
                        param("nursing_fen", ValueType.INT, "护理补贴（分/月）", v(SINCE, "15000"))));
    }

    static Policy onlyChildParents() {
        return new Policy("QD-DSZN", "独生子女父母奖励", "Reward for parents of an only child", "qd-wjw",
                new LegalBasis("山东省人口与计划生育条例", "第四十六条"), Audience.PERSON, SINCE, null,
                Amount.fixed(500000, "ONCE"), false,
                List.of(new Clause("only-child", "领取《独生子女父母光荣证》", "only_child_parent", "第四十六条"),
                        new Clause("retired", "已办理退休或年满退休年龄", "employment == \"RETIRED\" || age >= param.retirement_age", "第四十六条第二款"),
                        new Clause("hukou", "本市户籍", "hukou_local", "第四十六条")),
                List.of(param("retirement_age", ValueType.INT, "退休年龄", v(SINCE, "60"))));
    }

    static Policy residentPensionIncrease() {
        return new Policy("QD-JMYL", "城乡居民基础养老金提标", "Resident basic pension increase", "qd-rsj",
                new LegalBasis("关于提高城乡居民基本养老保险基础养老金最低标准的通知", "一"), Audience.PERSON, SINCE, null,
                Amount.formula("param.increase_fen", "MONTHLY"), true,
                List.of(new Clause("insured", "参加城乡居民基本养老保险", "insurance == \"RESIDENT\"", "一"),
                        new Clause("age", "年满60周岁", "age >= param.pension_age", "一"),
                        new Clause("receiving", "按月领取养老金", "pension_receiving", "二")),
                List.of(param("pension_age", ValueType.INT, "领取年龄", v(SINCE, "60")),
                        param("increase_fen", ValueType.INT, "每月提高（分）", v(SINCE, "1000"), v(LocalDate.of(2026, 7, 1), "2000"))));
    }

    static Policy jobRetentionRefund() {
        return new Policy("QD-WGFH", "稳岗返还", "Job-retention refund of unemployment insurance", "qd-rsj",
                new LegalBasis("关于做好失业保险稳岗位提技能防失业工作的通知（人社部发〔2022〕23号）", "一、（一）"),
                Audience.ENTERPRISE, SINCE, null, Amount.formula("unemployment_premium_fen * param.refund_percent / 100", "ONCE"), true,
                List.of(new Clause("no-arrears", "足额缴纳社会保险费，无欠费", "!si_arrears", "一、（一）"),
                        new Clause("layoffs", "裁员率不高于城镇调查失业率控制目标；30人（含）以下企业不超过参保职工总数20%",
                                "layoff_rate <= param.max_layoff_rate || (headcount <= 30 && layoff_rate <= param.small_layoff_rate)", "一、（一）"),
                        new Clause("premium", "上年度缴纳失业保险费", "unemployment_premium_fen > 0", "一、（二）")),
                List.of(param("max_layoff_rate", ValueType.DOUBLE, "裁员率上限（%）", v(SINCE, "5.5")),
                        param("small_layoff_rate", ValueType.DOUBLE, "小企业裁员率上限（%）", v(SINCE, "20.0")),
                        param("refund_percent", ValueType.INT, "返还比例（%）", v(SINCE, "60"))));
    }

    static Policy smallEnterpriseInsuranceSubsidy() {
        return new Policy("QD-XWSB", "小微企业社保补贴", "Social-insurance subsidy for small and micro enterprises hiring graduates", "qd-rsj",
                new LegalBasis("青岛市就业补助资金管理办法", "第八条"), Audience.ENTERPRISE, SINCE, null,
                Amount.formula("graduates_hired * param.per_graduate_fen", "YEARLY"), false,
                List.of(new Clause("size", "小型、微型企业", "size in [\"MICRO\", \"SMALL\"]", "第八条"),
                        new Clause("hired", "招用毕业年度高校毕业生并缴纳社会保险", "graduates_hired >= 1", "第八条"),
                        new Clause("no-arrears", "无社会保险费欠费", "!si_arrears", "第八条第二款"),
                        new Clause("local", "在本市登记注册", "division.startsWith(\"" + CITY + "\")", "第二条")),
                List.of(param("per_graduate_fen", ValueType.INT, "每人补贴（分/年）", v(SINCE, "600000"))));
    }

    static Policy startUpSubsidy() {
        return new Policy("QD-YCXCY", "一次性创业补贴", "One-off start-up subsidy", "qd-rsj",
                new LegalBasis("青岛市就业补助资金管理办法", "第十二条"), Audience.PERSON, SINCE, null,
                Amount.formula("param.subsidy_fen", "ONCE"), false,
                List.of(new Clause("self-employed", "首次创办小微企业或从事个体经营", "employment == \"SELF_EMPLOYED\"", "第十二条"),
                        new Clause("operating", "正常经营12个月以上", "business_months >= param.min_months", "第十二条"),
                        new Clause("insured", "按规定缴纳社会保险费", "contribution_months >= param.min_months", "第十二条"),
                        new Clause("working-age", "法定劳动年龄内", "age >= 16 && age < param.max_age", "第十二条"),
                        new Clause("local", "在本市创业", "division.startsWith(\"" + CITY + "\")", "第二条")),
                List.of(param("min_months", ValueType.INT, "最短经营月数", v(SINCE, "12")),
                        param("max_age", ValueType.INT, "年龄上限", v(SINCE, "60")),
                        param("subsidy_fen", ValueType.INT, "补贴（分）", v(SINCE, "1000000"), v(LocalDate.of(2023, 1, 1), "1200000"))));
    }

    static Policy graduateEmploymentSubsidy() {
        return new Policy("QD-GXBY", "高校毕业生就业补贴", "Employment subsidy for recent graduates", "qd-rsj",
                new LegalBasis("关于进一步做好高校毕业生等青年就业创业工作的通知", "三"), Audience.PERSON, SINCE, null,
                Amount.fixed(300000, "ONCE"), false,
                List.of(new Clause("recent", "离校2年内高校毕业生", "graduation_year >= param.earliest_year", "三"),
                        new Clause("employed", "在本市就业并签订劳动合同", "employment == \"EMPLOYED\" && insurance == \"EMPLOYEE\"", "三"),
                        new Clause("insured", "缴纳职工社会保险满6个月", "contribution_months >= 6", "三")),
                List.of(param("earliest_year", ValueType.INT, "最早毕业年份", v(SINCE, "2018"), v(LocalDate.of(2025, 1, 1), "2023"),
                        v(LocalDate.of(2026, 1, 1), "2024"))));
    }

    private static Parameter param(String name, ValueType type, String label, DatedValue... values) {
        return new Parameter(name, type, label, List.of(values));
    }

    private static DatedValue v(LocalDate from, String value) {
        return new DatedValue(from, value);
    }
}
