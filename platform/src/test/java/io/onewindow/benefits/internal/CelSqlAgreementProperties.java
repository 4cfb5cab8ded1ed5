package io.onewindow.benefits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.benefits.Amount;
import io.onewindow.benefits.Audience;
import io.onewindow.benefits.Clause;
import io.onewindow.benefits.DatedValue;
import io.onewindow.benefits.LegalBasis;
import io.onewindow.benefits.Parameter;
import io.onewindow.benefits.Policy;
import io.onewindow.benefits.ValueType;
import io.onewindow.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The CEL interpreter (live checks) and the SQL the same clause compiles to (matching runs) decide alike:
 * random clauses of the accepted subset over random subjects whose facts lean to the edges (birthdays on
 * the decision date and the day after, 29 February, thresholds ± 1, 0, negative values, 5.5 against 5.5).
 */
class CelSqlAgreementProperties {

    static final LocalDate[] DATES = {LocalDate.of(2026, 12, 1), LocalDate.of(2028, 2, 28), LocalDate.of(2028, 2, 29), LocalDate.of(2025, 3, 1)};
    // The last ones hold what LIKE would read as wildcards or an escape: startsWith("3_02") must not match 3702.
    static final String[] DIVISIONS = {"370202001001", "370212", "370102001", "3702", "", "37'02", "3_02", "37%", "37\\0", "37\\"};
    static final String[] EMPLOYMENT = {"EMPLOYED", "UNEMPLOYED", "SELF_EMPLOYED", "RETIRED", "NONE"};
    static final String[] SIZES = {"MICRO", "SMALL", "MEDIUM", "LARGE"};
    static final long[] INTS = {0, 1, -1, 12, 60, 79, 80, 81, 2024, 5};
    static final double[] RATES = {0.0, 5.5, 5.4999999, 5.5000001, 20.0, -0.0, 100.0, 1e-9};

    static Connection db;
    final PolicyRules rules = new PolicyRules(new RuleCompiler());

    @BeforeContainer
    static void database() throws Exception {
        TestDatabase server = TestDatabase.get();
        db = DriverManager.getConnection(server.createDatabase("benefits_agreement"), server.user(), server.password());
        try (var in = CelSqlAgreementProperties.class.getResourceAsStream("/db/migration/benefits/V1__benefits.sql")) {
            db.createStatement().execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @AfterContainer
    static void close() throws Exception {
        db.close();
    }

    @Property(tries = 150)
    void personClausesDecideTheSameInCelAndInSql(@ForAll long seed) throws Exception {
        Random random = new Random(seed);
        LocalDate date = DATES[random.nextInt(DATES.length)];
        Policy policy = policy(Audience.PERSON, new Clauses(random, Audience.PERSON).bool(3));
        db.createStatement().execute("truncate benefits.person_facts");
        List<UUID> ids = new ArrayList<>();
        Map<UUID, Map<String, Object>> facts = new HashMap<>();
        try (PreparedStatement insert = db.prepareStatement("""
                insert into benefits.person_facts (subject_id, birth_date, division, hukou_local, disability_grade, employment, insurance,
                pension_receiving, income_band, only_child_parent, graduation_year, business_months, contribution_months, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())""")) {
            for (int i = 0; i < 25; i++) {
                UUID id = UUID.randomUUID();
                LocalDate birth = birth(random, date);
                String division = DIVISIONS[random.nextInt(DIVISIONS.length)];
                boolean hukou = random.nextBoolean();
                int grade = random.nextInt(5);
                String employment = EMPLOYMENT[random.nextInt(EMPLOYMENT.length)];
                String insurance = random.nextBoolean() ? "RESIDENT" : random.nextBoolean() ? "EMPLOYEE" : "NONE";
                boolean pension = random.nextBoolean();
                int band = 1 + random.nextInt(5);
                boolean onlyChild = random.nextBoolean();
                int graduation = random.nextBoolean() ? 0 : 2020 + random.nextInt(8);
                int business = (int) INTS[random.nextInt(INTS.length)];
                int contribution = random.nextInt(3) == 0 ? 12 : random.nextInt(400);
                insert.setObject(1, id);
                insert.setObject(2, birth);
                insert.setString(3, division);
                insert.setBoolean(4, hukou);
                insert.setInt(5, grade);
                insert.setString(6, employment);
                insert.setString(7, insurance);
                insert.setBoolean(8, pension);
                insert.setInt(9, band);
                insert.setBoolean(10, onlyChild);
                insert.setInt(11, graduation);
                insert.setInt(12, business);
                insert.setInt(13, contribution);
                insert.addBatch();
                ids.add(id);
                facts.put(id, FactsStore.personFacts(birth, division, hukou, grade, employment, insurance, pension, band, onlyChild,
                        graduation, business, contribution, date));
            }
            insert.executeBatch();
        }
        compare(policy, "person_facts", date, facts);
    }

    @Property(tries = 100)
    void enterpriseClausesDecideTheSameInCelAndInSql(@ForAll long seed) throws Exception {
        Random random = new Random(seed);
        LocalDate date = DATES[random.nextInt(DATES.length)];
        Policy policy = policy(Audience.ENTERPRISE, new Clauses(random, Audience.ENTERPRISE).bool(3));
        db.createStatement().execute("truncate benefits.enterprise_facts");
        Map<UUID, Map<String, Object>> facts = new HashMap<>();
        try (PreparedStatement insert = db.prepareStatement("""
                insert into benefits.enterprise_facts (subject_id, established_on, division, industry, size, headcount, layoff_rate,
                si_arrears, tax_paid_fen, unemployment_premium_fen, graduates_hired, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())""")) {
            for (int i = 0; i < 25; i++) {
                UUID id = UUID.randomUUID();
                LocalDate established = birth(random, date);
                String division = DIVISIONS[random.nextInt(DIVISIONS.length)];
                String industry = String.valueOf("ACIFGHM".charAt(random.nextInt(7)));
                String size = SIZES[random.nextInt(SIZES.length)];
                int headcount = (int) INTS[random.nextInt(INTS.length)] + random.nextInt(3);
                double rate = RATES[random.nextInt(RATES.length)];
                boolean arrears = random.nextBoolean();
                // Up to 10 million yuan: a product of two stays within int64 in CEL and in SQL.
                long tax = random.nextInt(3) == 0 ? 0 : random.nextLong() % 1_000_000_000L;
                long premium = random.nextInt(4) == 0 ? 0 : random.nextInt(5_000_000);
                int graduates = random.nextInt(4);
                Object[] values = {id, established, division, industry, size, headcount, rate, arrears, tax, premium, graduates};
                for (int v = 0; v < values.length; v++) {
                    insert.setObject(v + 1, values[v]);
                }
                insert.addBatch();
                facts.put(id, FactsStore.enterpriseFacts(established, division, industry, size, headcount, rate, arrears, tax, premium,
                        graduates, date));
            }
            insert.executeBatch();
        }
        compare(policy, "enterprise_facts", date, facts);
    }

    private void compare(Policy policy, String table, LocalDate date, Map<UUID, Map<String, Object>> facts) throws Exception {
        String sql = rules.clausesAsSql(policy, date).get(0);
        try (ResultSet rs = db.createStatement().executeQuery("select f.subject_id, (" + sql + ") from benefits." + table + " f")) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                UUID id = rs.getObject(1, UUID.class);
                boolean inSql = rs.getBoolean(2);
                boolean inCel = rules.decide(policy, facts.get(id), date).clauses().get(0).holds();
                assertThat(inSql).as("%s%nSQL: %s%nfacts: %s on %s", policy.clauses().get(0).expression(), sql, facts.get(id), date)
                        .isEqualTo(inCel);
            }
            assertThat(rows).isEqualTo(facts.size());
        }
    }

    private static LocalDate birth(Random random, LocalDate date) {
        return switch (random.nextInt(6)) {
            case 0 -> date.minusYears(INTS[random.nextInt(8)]);
            case 1 -> date.minusYears(INTS[random.nextInt(8)]).plusDays(1);
            case 2 -> LocalDate.of(1944 + 4 * random.nextInt(20), 2, 29);
            case 3 -> date.minusYears(80).minusDays(1);
            default -> LocalDate.of(1930, 1, 1).plusDays(random.nextInt(35_000));
        };
    }

    private static Policy policy(Audience audience, String expression) {
        List<Parameter> parameters = List.of(
                new Parameter("threshold", ValueType.INT, "", List.of(new DatedValue(LocalDate.of(2020, 1, 1), "80"),
                        new DatedValue(LocalDate.of(2026, 12, 1), "60"))),
                new Parameter("rate", ValueType.DOUBLE, "", List.of(new DatedValue(LocalDate.of(2020, 1, 1), "5.5"))),
                new Parameter("prefix", ValueType.STRING, "", List.of(new DatedValue(LocalDate.of(2020, 1, 1), "37'"))),
                new Parameter("flag", ValueType.BOOL, "", List.of(new DatedValue(LocalDate.of(2020, 1, 1), "true"))));
        return new Policy("TEST", "t", "t", "qd-mzj", new LegalBasis("d", "a"), audience, LocalDate.of(2020, 1, 1), null,
                Amount.fixed(1, "ONCE"), false, List.of(new Clause("c", "c", expression, "a")), parameters);
    }

    /** Random clauses of the subset CEL and SQL share. */
    static final class Clauses {
        final Random random;
        final List<Variable> ints = new ArrayList<>();
        final List<Variable> strings = new ArrayList<>();
        final List<Variable> bools = new ArrayList<>();
        final List<Variable> doubles = new ArrayList<>();

        Clauses(Random random, Audience audience) {
            this.random = random;
            for (Variable v : Variable.of(audience)) {
                switch (v.type()) {
                    case INT -> ints.add(v);
                    case STRING -> strings.add(v);
                    case BOOL -> bools.add(v);
                    case DOUBLE -> doubles.add(v);
                }
            }
        }

        String bool(int depth) {
            int choice = random.nextInt(depth <= 0 ? 6 : 10);
            return switch (choice) {
                case 0 -> intExpr(1) + " " + pick(">=", ">", "<", "<=", "==", "!=") + " " + intExpr(1);
                case 1 -> bools.get(random.nextInt(bools.size())).variable();
                case 2 -> string() + " " + pick("==", "!=") + " " + stringLiteral();
                case 3 -> string() + ".startsWith(" + stringLiteral() + ")";
                case 4 -> string() + " in [" + stringLiteral() + ", " + stringLiteral() + "]";
                case 5 -> doubles.isEmpty() ? "param.flag" : doubleExpr() + " " + pick(">=", ">", "<", "<=", "==") + " " + doubleExpr();
                case 6 -> "(" + bool(depth - 1) + " && " + bool(depth - 1) + ")";
                case 7 -> "(" + bool(depth - 1) + " || " + bool(depth - 1) + ")";
                case 8 -> "!(" + bool(depth - 1) + ")";
                default -> "(" + bool(depth - 1) + " ? " + bool(depth - 1) + " : " + bool(depth - 1) + ")";
            };
        }

        String intExpr(int depth) {
            int choice = random.nextInt(depth <= 0 ? 3 : 6);
            return switch (choice) {
                case 0 -> ints.get(random.nextInt(ints.size())).variable();
                case 1 -> Long.toString(INTS[random.nextInt(INTS.length)]);
                case 2 -> "param.threshold";
                case 3 -> "(" + intExpr(depth - 1) + " + " + intExpr(depth - 1) + ")";
                case 4 -> "(" + intExpr(depth - 1) + " - " + intExpr(depth - 1) + ")";
                default -> "(" + intExpr(depth - 1) + " * " + intExpr(0) + ")";
            };
        }

        String doubleExpr() {
            return switch (random.nextInt(3)) {
                case 0 -> doubles.get(random.nextInt(doubles.size())).variable();
                case 1 -> "param.rate";
                default -> Double.toString(RATES[random.nextInt(RATES.length)]).replace("E", "e");
            };
        }

        String string() {
            return strings.get(random.nextInt(strings.size())).variable();
        }

        String stringLiteral() {
            return switch (random.nextInt(4)) {
                case 0 -> "param.prefix";
                case 1 -> "\"" + DIVISIONS[random.nextInt(DIVISIONS.length)].replace("\\", "\\\\").replace("'", "\\'") + "\"";
                case 2 -> "\"" + EMPLOYMENT[random.nextInt(EMPLOYMENT.length)] + "\"";
                default -> "\"" + SIZES[random.nextInt(SIZES.length)] + "\"";
            };
        }

        private String pick(String... options) {
            return options[random.nextInt(options.length)];
        }
    }
}
