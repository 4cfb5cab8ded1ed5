package io.onewindow.benefits.internal;

import io.onewindow.benefits.Audience;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The facts subjects are decided on ({@code benefits.person_facts}, {@code benefits.enterprise_facts}), read
 * as the variables of {@link Variable}, with ages counted on the decision date.
 */
@Component
public class FactsStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    public FactsStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Map<String, Object>> facts(Audience audience, UUID subject, LocalDate on) {
        return audience == Audience.PERSON
                ? jdbc.sql("select * from benefits.person_facts where subject_id = ?").param(subject).query((rs, n) -> person(rs, on)).optional()
                : jdbc.sql("select * from benefits.enterprise_facts where subject_id = ?").param(subject).query((rs, n) -> enterprise(rs, on)).optional();
    }

    public Optional<String> bankAccount(Audience audience, UUID subject) {
        return jdbc.sql("select bank_account from benefits." + table(audience) + " where subject_id = ?").param(subject)
                .query(String.class).optional().filter(a -> a != null && !a.isBlank());
    }

    /**
     * How many subjects the audience has (the count the facts table's triggers keep), and when the transaction
     * reading them began: in a repeatable-read transaction, the snapshot of the facts every later statement of it
     * sees.
     */
    public Population population(Audience audience) {
        return jdbc.sql("select subjects, now() from benefits.facts_count where facts = ?").param(table(audience))
                .query((rs, n) -> new Population(rs.getLong(1), rs.getTimestamp(2).toInstant())).single();
    }

    public record Population(long subjects, java.time.Instant snapshot) {
    }

    /** A person identity registered: their row of facts, with nothing known yet beyond birth date and division. */
    public void registerPerson(UUID subject, LocalDate birthDate, String division) {
        jdbc.sql("""
                insert into benefits.person_facts (subject_id, birth_date, division, updated_at) values (?, ?, ?, ?)
                on conflict (subject_id) do nothing""").params(subject, birthDate, division, java.sql.Timestamp.from(clock.instant())).update();
    }

    public void registerEnterprise(UUID subject, LocalDate establishedOn, String division, String industry, String size) {
        jdbc.sql("""
                insert into benefits.enterprise_facts (subject_id, established_on, division, industry, size, updated_at)
                values (?, ?, ?, ?, ?, ?) on conflict (subject_id) do nothing""")
                .params(subject, establishedOn, division, industry, size, java.sql.Timestamp.from(clock.instant())).update();
    }

    /** Records what the departments' data says about a registered person; false when they have no row (not registered). */
    public boolean update(UUID subject, PersonFacts f) {
        return jdbc.sql("""
                update benefits.person_facts set hukou_local = ?, disability_grade = ?, employment = ?, insurance = ?, pension_receiving = ?,
                income_band = ?, only_child_parent = ?, graduation_year = ?, business_months = ?, contribution_months = ?,
                bank_account = ?, updated_at = ? where subject_id = ?""")
                .params(f.hukouLocal(), f.disabilityGrade(), f.employment(), f.insurance(), f.pensionReceiving(), f.incomeBand(),
                        f.onlyChildParent(), f.graduationYear(), f.businessMonths(), f.contributionMonths(), f.bankAccount(),
                        java.sql.Timestamp.from(clock.instant()), subject).update() == 1;
    }

    public boolean update(UUID subject, EnterpriseFacts f) {
        return jdbc.sql("""
                update benefits.enterprise_facts set headcount = ?, layoff_rate = ?, si_arrears = ?, tax_paid_fen = ?,
                unemployment_premium_fen = ?, graduates_hired = ?, bank_account = ?, updated_at = ? where subject_id = ?""")
                .params(f.headcount(), f.layoffRate(), f.siArrears(), f.taxPaidFen(), f.unemploymentPremiumFen(), f.graduatesHired(),
                        f.bankAccount(), java.sql.Timestamp.from(clock.instant()), subject).update() == 1;
    }

    public java.util.List<UUID> subjects(Audience audience) {
        return jdbc.sql("select subject_id from benefits." + table(audience) + " order by seq").query(UUID.class).list();
    }

    static String table(Audience audience) {
        return audience == Audience.PERSON ? "person_facts" : "enterprise_facts";
    }

    private static Map<String, Object> person(ResultSet rs, LocalDate on) throws SQLException {
        return personFacts(rs.getObject("birth_date", LocalDate.class), rs.getString("division"), rs.getBoolean("hukou_local"),
                rs.getInt("disability_grade"), rs.getString("employment"), rs.getString("insurance"), rs.getBoolean("pension_receiving"),
                rs.getInt("income_band"), rs.getBoolean("only_child_parent"), rs.getInt("graduation_year"), rs.getInt("business_months"),
                rs.getInt("contribution_months"), on);
    }

    private static Map<String, Object> enterprise(ResultSet rs, LocalDate on) throws SQLException {
        return enterpriseFacts(rs.getObject("established_on", LocalDate.class), rs.getString("division"), rs.getString("industry"),
                rs.getString("size"), rs.getInt("headcount"), rs.getDouble("layoff_rate"), rs.getBoolean("si_arrears"),
                rs.getLong("tax_paid_fen"), rs.getLong("unemployment_premium_fen"), rs.getInt("graduates_hired"), on);
    }

    /** A person's facts as rule variables; {@code age} in full years on the date (as PostgreSQL's {@code age()} counts). */
    public static Map<String, Object> personFacts(LocalDate birth, String division, boolean hukouLocal, long disabilityGrade,
                                                  String employment, String insurance, boolean pensionReceiving, long incomeBand,
                                                  boolean onlyChildParent, long graduationYear, long businessMonths,
                                                  long contributionMonths, LocalDate on) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("age", (long) Period.between(birth, on).getYears());
        facts.put("division", division);
        facts.put("hukou_local", hukouLocal);
        facts.put("disability_grade", disabilityGrade);
        facts.put("employment", employment);
        facts.put("insurance", insurance);
        facts.put("pension_receiving", pensionReceiving);
        facts.put("income_band", incomeBand);
        facts.put("only_child_parent", onlyChildParent);
        facts.put("graduation_year", graduationYear);
        facts.put("business_months", businessMonths);
        facts.put("contribution_months", contributionMonths);
        return facts;
    }

    public static Map<String, Object> enterpriseFacts(LocalDate established, String division, String industry, String size, long headcount,
                                                      double layoffRate, boolean arrears, long taxPaidFen, long premiumFen,
                                                      long graduatesHired, LocalDate on) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("years_established", (long) Period.between(established, on).getYears());
        facts.put("division", division);
        facts.put("industry", industry);
        facts.put("size", size);
        facts.put("headcount", headcount);
        facts.put("layoff_rate", layoffRate);
        facts.put("si_arrears", arrears);
        facts.put("tax_paid_fen", taxPaidFen);
        facts.put("unemployment_premium_fen", premiumFen);
        facts.put("graduates_hired", graduatesHired);
        return facts;
    }
}
