package io.onewindow.benefits.internal;

import io.onewindow.benefits.Audience;
import io.onewindow.benefits.ValueType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The typed variables a rule may use, per audience, and the SQL each stands for in a matching run over
 * {@code benefits.person_facts f} or {@code benefits.enterprise_facts f}. {@code :date} is the decision date.
 * Integers are read as bigint so that arithmetic overflows where CEL's int64 does, not earlier. Ages are the years
 * of {@code age()} taken with {@code date_part}, a float8 holding a whole number, rather than {@code extract}, whose
 * numeric made the matching of a city a tenth slower.
 */
public enum Variable {
    AGE(Audience.PERSON, "age", ValueType.INT, "date_part('year', age(:date, f.birth_date))::bigint"),
    DIVISION(Audience.PERSON, "division", ValueType.STRING, "f.division"),
    HUKOU_LOCAL(Audience.PERSON, "hukou_local", ValueType.BOOL, "f.hukou_local"),
    DISABILITY_GRADE(Audience.PERSON, "disability_grade", ValueType.INT, "f.disability_grade::bigint"),
    EMPLOYMENT(Audience.PERSON, "employment", ValueType.STRING, "f.employment"),
    INSURANCE(Audience.PERSON, "insurance", ValueType.STRING, "f.insurance"),
    PENSION_RECEIVING(Audience.PERSON, "pension_receiving", ValueType.BOOL, "f.pension_receiving"),
    INCOME_BAND(Audience.PERSON, "income_band", ValueType.INT, "f.income_band::bigint"),
    ONLY_CHILD_PARENT(Audience.PERSON, "only_child_parent", ValueType.BOOL, "f.only_child_parent"),
    GRADUATION_YEAR(Audience.PERSON, "graduation_year", ValueType.INT, "f.graduation_year::bigint"),
    BUSINESS_MONTHS(Audience.PERSON, "business_months", ValueType.INT, "f.business_months::bigint"),
    CONTRIBUTION_MONTHS(Audience.PERSON, "contribution_months", ValueType.INT, "f.contribution_months::bigint"),

    INDUSTRY(Audience.ENTERPRISE, "industry", ValueType.STRING, "f.industry"),
    SIZE(Audience.ENTERPRISE, "size", ValueType.STRING, "f.size"),
    ENTERPRISE_DIVISION(Audience.ENTERPRISE, "division", ValueType.STRING, "f.division"),
    YEARS_ESTABLISHED(Audience.ENTERPRISE, "years_established", ValueType.INT, "date_part('year', age(:date, f.established_on))::bigint"),
    HEADCOUNT(Audience.ENTERPRISE, "headcount", ValueType.INT, "f.headcount::bigint"),
    LAYOFF_RATE(Audience.ENTERPRISE, "layoff_rate", ValueType.DOUBLE, "f.layoff_rate"),
    SI_ARREARS(Audience.ENTERPRISE, "si_arrears", ValueType.BOOL, "f.si_arrears"),
    TAX_PAID_FEN(Audience.ENTERPRISE, "tax_paid_fen", ValueType.INT, "f.tax_paid_fen"),
    UNEMPLOYMENT_PREMIUM_FEN(Audience.ENTERPRISE, "unemployment_premium_fen", ValueType.INT, "f.unemployment_premium_fen"),
    GRADUATES_HIRED(Audience.ENTERPRISE, "graduates_hired", ValueType.INT, "f.graduates_hired::bigint");

    private final Audience audience;
    private final String variable;
    private final ValueType type;
    private final String sql;

    Variable(Audience audience, String variable, ValueType type, String sql) {
        this.audience = audience;
        this.variable = variable;
        this.type = type;
        this.sql = sql;
    }

    public Audience audience() {
        return audience;
    }

    /** The name a rule uses. */
    public String variable() {
        return variable;
    }

    public ValueType type() {
        return type;
    }

    public String sql() {
        return sql;
    }

    /** The bundle key of its label: {@code benefits.variable.<audience>.<name>}. */
    public String labelKey() {
        return "benefits.variable." + audience.name().toLowerCase(java.util.Locale.ROOT) + "." + variable;
    }

    public static List<Variable> of(Audience audience) {
        return Arrays.stream(values()).filter(v -> v.audience == audience).toList();
    }

    public static Optional<Variable> find(Audience audience, String name) {
        return of(audience).stream().filter(v -> v.variable.equals(name)).findFirst();
    }
}
