package io.onewindow.bench.benefits;

import io.onewindow.bench.Report;
import io.onewindow.bench.platform.PlatformUnderTest;
import io.onewindow.benefits.Amount;
import io.onewindow.benefits.Audience;
import io.onewindow.benefits.Clause;
import io.onewindow.benefits.DatedValue;
import io.onewindow.benefits.LegalBasis;
import io.onewindow.benefits.Parameter;
import io.onewindow.benefits.Policy;
import io.onewindow.benefits.ValueType;
import io.onewindow.benefits.internal.LiveCheck;
import io.onewindow.benefits.internal.MatchingRuns;
import io.onewindow.benefits.internal.PolicyStore;
import io.onewindow.benefits.internal.RunView;
import io.onewindow.kernel.access.Assurance;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.time.CivilTime;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Benefits (免申即享) at a city's scale: synthetic persons loaded with COPY, a six-clause policy matched over all
 * of them by the module's compiled SQL, against (a) the same predicate written by hand in SQL and (b) Drools
 * evaluating the same rule on the same data end to end; then the live check's latency.
 */
public final class BenefitsBenchmark {

    static final String CODE = "BENCH-SIX";
    static final int MIN_AGE = 70;
    static final int MAX_BAND = 3;
    static final int ROUNDS = 5;

    public record Settings(long persons, int checks) {
    }

    private BenefitsBenchmark() {
    }

    public static void run(PlatformUnderTest platform, Report report, Settings settings) throws Exception {
        report.heading("Benefits: matching " + Report.count(settings.persons()) + " synthetic persons, a six-clause policy");
        // The decision date of the platform's runs: the day in China, which is not the machine's day after 16:00 UTC.
        LocalDate today = CivilTime.today(platform.bean(Clock.class));
        try (Connection connection = platform.dataSource().getConnection()) {
            connection.createStatement().execute("truncate benefits.person_facts");
            long start = System.nanoTime();
            long valid = SyntheticPersons.load(connection, settings.persons(), 20261201L);
            long loadNanos = System.nanoTime() - start;
            // As after any bulk load: visibility map and hint bits set once, statistics fresh.
            connection.createStatement().execute("vacuum analyze benefits.person_facts");
            report.figure("generated and loaded with COPY", Report.duration(loadNanos) + " ("
                    + Report.perSecond(settings.persons() / (loadNanos / 1e9), "persons") + "; " + Report.count(valid) + " valid citizen IDs)");
            double projected = loadNanos / 1e9 * 10_000_000 / settings.persons();
            report.figure("projected for 10,000,000", String.format("%.0f s at this rate (target ≤ 600 s)", projected));
            report.verdict("10,000,000 persons loaded in ≤ 10 min (projected linearly)", String.format("%.0f s", projected), projected <= 600);

            platform.bean(PolicyStore.class).save(policy());
            MatchingRuns runs = platform.bean(MatchingRuns.class);
            String handWritten = """
                    create unlogged table bench_handwritten as select subject_id from benefits.person_facts
                    where date_part('year', age(DATE '%s', birth_date)) >= %d and hukou_local and division like '3702%%'
                    and income_band <= %d and insurance in ('RESIDENT', 'EMPLOYEE') and (disability_grade = 0 or contribution_months >= 12)"""
                    .formatted(today, MIN_AGE, MAX_BAND);
            long[] sql = new long[ROUNDS];
            long[] ours = new long[ROUNDS];
            long[] withNearMisses = new long[ROUNDS];
            long sqlEligible = 0;
            RunView run = null;
            RunView wide = null;
            for (int round = 0; round < ROUNDS; round++) {
                connection.createStatement().execute("drop table if exists bench_handwritten");
                long t = System.nanoTime();
                connection.createStatement().execute(handWritten);
                sql[round] = System.nanoTime() - t;
                try (var rs = connection.createStatement().executeQuery("select count(*) from bench_handwritten")) {
                    rs.next();
                    sqlEligible = rs.getLong(1);
                }
                // Each run after the first is compared with the one before it, of the same kind, as it would be in service.
                t = System.nanoTime();
                run = runs.runNow(CODE, false, false);
                ours[round] = System.nanoTime() - t;
            }
            for (int round = 0; round < ROUNDS; round++) {
                long t = System.nanoTime();
                wide = runs.runNow(CODE, false, true);
                withNearMisses[round] = System.nanoTime() - t;
            }
            long nearMisses = platform.jdbc().sql("select count(*) from benefits.run_result where run_number = ? and not eligible")
                    .param(wide.number()).query(Long.class).single();
            long differing = platform.jdbc().sql("""
                    select count(*) from (select subject_id from benefits.run_result where run_number = ? and eligible) r
                    full join bench_handwritten h on h.subject_id = r.subject_id where r.subject_id is null or h.subject_id is null""")
                    .param(run.number()).query(Long.class).single();
            long bestSql = Arrays.stream(sql).min().orElseThrow();
            long bestOurs = Arrays.stream(ours).min().orElseThrow();
            long bestWide = Arrays.stream(withNearMisses).min().orElseThrow();
            report.figure("hand-written SQL (eligible ids into a table)", Report.duration(bestSql) + ", " + Report.count(sqlEligible) + " eligible"
                    + " (rounds: " + durations(sql) + ")");
            report.figure("matching run (default: the eligible kept, compared with the previous run)",
                    Report.duration(bestOurs) + ", " + Report.count(run.eligible()) + " eligible, " + run.state() + " (rounds: " + durations(ours) + ")");
            report.figure("matching run keeping near misses (onewindow.benefits.keep-near-misses=true)",
                    Report.duration(bestWide) + ", " + Report.count(wide.eligible()) + " eligible + " + Report.count(nearMisses)
                    + " near misses stored (rounds: " + durations(withNearMisses) + ")");
            // Each round times the two back to back, so that a round's ratio is taken under one load; the median of the
            // rounds' ratios is the figure judged, the ratio of the best times is shown beside it.
            double[] ratios = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                ratios[round] = (double) ours[round] / sql[round];
            }
            Arrays.sort(ratios);
            double ratio = ratios[ROUNDS / 2];
            report.figure("matching run / hand-written SQL", Report.ratio(ratio) + " median of the rounds' ratios (" + Report.ratio(ratios[0]) + "–"
                    + Report.ratio(ratios[ROUNDS - 1]) + "); best against best " + Report.ratio((double) bestOurs / bestSql)
                    + "; keeping near misses, best against best " + Report.ratio((double) bestWide / bestSql));
            report.verdict("matching run ≤ 1.5× the hand-written SQL (median of the rounds)", Report.ratio(ratio), ratio <= 1.5);
            report.verdict("same eligible subjects as the hand-written SQL", run.eligible() + " vs " + sqlEligible + ", " + differing + " differ",
                    run.eligible() == sqlEligible && differing == 0);

            DroolsMatching.Result drools = DroolsMatching.run(connection, today, MIN_AGE, MAX_BAND);
            report.figure("Drools 10.2 (classic engine) end to end", Report.duration(drools.total()) + " = build " + Report.duration(drools.buildNanos())
                    + " + read and insert " + Report.duration(drools.loadNanos()) + " + fire " + Report.duration(drools.fireNanos())
                    + " + write eligible " + Report.duration(drools.writeNanos()) + ", " + Report.count(drools.eligible()) + " eligible");
            double faster = (double) drools.total() / bestOurs;
            double withLoading = (double) (drools.total() + loadNanos) / (bestOurs + loadNanos);
            report.figure("Drools / matching run", Report.ratio(faster) + " (with the COPY load added to both: " + Report.ratio(withLoading) + ")");
            report.verdict("matching run ≥ 10× faster than Drools end to end", Report.ratio(faster), faster >= 10);
            report.verdict("same eligible count as Drools", run.eligible() + " vs " + drools.eligible(), run.eligible() == drools.eligible());
            liveCheck(platform, report, connection, settings.checks());
        }
    }

    private static void liveCheck(PlatformUnderTest platform, Report report, Connection connection, int checks) throws Exception {
        List<UUID> subjects = new java.util.ArrayList<>();
        try (var rs = connection.createStatement().executeQuery("select subject_id from benefits.person_facts order by random() limit 2000")) {
            while (rs.next()) {
                subjects.add(rs.getObject(1, UUID.class));
            }
        }
        LiveCheck live = platform.bean(LiveCheck.class);
        long[] nanos = new long[checks];
        for (int i = -checks / 5; i < checks; i++) {
            UUID subject = subjects.get(Math.floorMod(i, subjects.size()));
            // A citizen checking for themselves, identified by a code to the register's phone (实名): the platform
            // shows what its registers hold only to an identified holder.
            UserAccount self = new UserAccount(UUID.randomUUID(), "bench", subject, "bench", Set.of(Role.CITIZEN), List.of(), null, List.of(),
                    Assurance.VERIFIED);
            long t = System.nanoTime();
            live.check(CODE, subject, self);
            if (i >= 0) {
                nanos[i] = System.nanoTime() - t;
            }
        }
        Arrays.sort(nanos);
        double p50 = nanos[checks / 2];
        double p99 = nanos[(int) (checks * 0.99)];
        report.figure("live check, in process (facts query + six clauses + explanation)", "p50 " + Report.duration(p50) + ", p99 "
                + Report.duration(p99) + " over " + Report.count(checks) + " checks");
        report.verdict("live check p99 ≤ 5 ms", Report.duration(p99), p99 <= 5_000_000);
    }

    private static String durations(long[] nanos) {
        return String.join(", ", Arrays.stream(nanos).mapToObj(Report::duration).toList());
    }

    static Policy policy() {
        LocalDate since = LocalDate.of(2020, 1, 1);
        return new Policy(CODE, "基准：六条款政策", "Benchmark: six clauses", "qd-mzj", new LegalBasis("基准", "—"), Audience.PERSON, since, null,
                Amount.fixed(10_000, "MONTHLY"), false, List.of(
                new Clause("age", "年龄", "age >= param.min_age", "1"),
                new Clause("hukou", "本市户籍", "hukou_local", "2"),
                new Clause("city", "居住在本市", "division.startsWith(\"3702\")", "3"),
                new Clause("income", "收入档", "income_band <= param.max_band", "4"),
                new Clause("insured", "参加养老保险", "insurance in [\"RESIDENT\", \"EMPLOYEE\"]", "5"),
                new Clause("contributions", "无残疾或缴费满一年", "disability_grade == 0 || contribution_months >= 12", "6")),
                List.of(new Parameter("min_age", ValueType.INT, "年龄", List.of(new DatedValue(since, String.valueOf(MIN_AGE)))),
                        new Parameter("max_band", ValueType.INT, "收入档", List.of(new DatedValue(since, String.valueOf(MAX_BAND))))));
    }
}
