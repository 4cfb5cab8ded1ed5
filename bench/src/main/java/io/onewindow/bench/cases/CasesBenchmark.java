package io.onewindow.bench.cases;

import io.onewindow.bench.CpuMeter;
import io.onewindow.bench.Report;
import io.onewindow.bench.WarmUp;
import io.onewindow.bench.http.ClientTimes;
import io.onewindow.bench.http.HttpLoad;
import io.onewindow.bench.http.LoadResult;
import io.onewindow.bench.platform.PlatformUnderTest;
import io.onewindow.kernel.id.TimeOrderedIds;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import javax.sql.DataSource;

/**
 * Cases: applications for a bundle (one application, a case at each of its member items: three as the target
 * names, or 开办餐饮店's four; {@link Bundles})
 * filed over HTTP on loopback by many clients at once, each through the whole platform (session, CSRF,
 * idempotency key, answer checks, prefill, audited actions, outbox, notices), against a plain JDBC
 * transaction writing the same application, case, history and notice rows in the same run; then, with many
 * cases loaded, the officer's queue and the applicant's "my applications" under load.
 */
public final class CasesBenchmark {

    public static final double TARGET_PER_SECOND = 500;
    public static final double TARGET_P99_NANOS = 100e6;
    public static final double TARGET_P95_NANOS = 100e6;

    static final String PASSWORD = "onewindow2026";

    /** How many clients, for how long, how many items the bundle applied for has, and how many cases to load before the reads. */
    public record Settings(int clients, Duration warmUp, Duration warmUpLimit, Duration window, int bundleItems, long casesLoaded) {
    }

    private CasesBenchmark() {
    }

    // What one application cost each side, whatever the machine's speed at the time: cores in use over the rate.
    private static String perApplication(CpuMeter.Usage used, double perSecond) {
        String text = String.format(Locale.ROOT, "this JVM %.2f ms", used.jvm() / perSecond * 1e3);
        return Double.isNaN(used.database()) ? text : text + String.format(Locale.ROOT, ", PostgreSQL %.2f ms", used.database() / perSecond * 1e3);
    }

    public static void run(PlatformUnderTest platform, Report report, Settings settings) throws Exception {
        Bundles.Bundle bundle = Bundles.of(platform, settings.bundleItems());
        report.heading("Cases: submissions of a bundle of " + bundle.items() + " items over HTTP, " + settings.clients() + " clients, "
                + settings.window().toSeconds() + " s measured");
        report.figure("bundle", bundle.code());
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < settings.clients(); i++) {
            sessions.add(Session.signIn(platform.baseUrl(), "applicant", PASSWORD));
        }
        CpuMeter cpu = new CpuMeter(platform.databasePid());
        AtomicLong failed = new AtomicLong();
        report.figure("warm-up, submissions", WarmUp.untilCompiled(() -> submit(sessions, bundle, settings.warmUp(), failed),
                settings.warmUpLimit()).describe());
        CpuMeter.Snapshot submitting = cpu.snapshot();
        LoadResult http = submit(sessions, bundle, settings.window(), failed);
        CpuMeter.Usage httpCpu = CpuMeter.between(submitting, cpu.snapshot());
        sessions.forEach(Session::close);
        double httpRate = http.perSecond();
        report.figure("submissions over HTTP", Report.perSecond(httpRate, "applications") + ", p50 " + Report.duration(http.percentile(50))
                + ", p99 " + Report.duration(http.percentile(99)));
        report.figure("  cores in use", httpCpu.describe());
        report.figure("  processor time per application", perApplication(httpCpu, httpRate) + " (this JVM's includes the clients')");
        report.figure("  pace", http.pace().describe());

        report.figure("warm-up, plain JDBC", WarmUp.untilCompiled(() -> jdbc(platform.dataSource(), bundle, settings.clients(), settings.warmUp()),
                settings.warmUpLimit()).describe());
        CpuMeter.Snapshot writing = cpu.snapshot();
        LoadResult plain = jdbc(platform.dataSource(), bundle, settings.clients(), settings.window());
        CpuMeter.Usage plainCpu = CpuMeter.between(writing, cpu.snapshot());
        double plainRate = plain.perSecond();
        report.figure("baseline: plain JDBC transaction, same rows", Report.perSecond(plainRate, "applications") + ", p50 "
                + Report.duration(plain.percentile(50)) + ", p99 " + Report.duration(plain.percentile(99)));
        report.figure("  cores in use", plainCpu.describe());
        report.figure("  processor time per application", perApplication(plainCpu, plainRate));
        report.figure("  pace", plain.pace().describe());
        report.figure("HTTP / plain JDBC", "throughput " + Report.ratio(httpRate / plainRate) + ", p99 "
                + Report.ratio(http.percentile(99) / plain.percentile(99)));
        report.verdict("cases: submissions answered 201", failed.get() + " not filed, warm-up included", failed.get() == 0);
        report.verdict("≥ " + (int) TARGET_PER_SECOND + " submissions/s", Report.perSecond(httpRate, "applications"), httpRate >= TARGET_PER_SECOND);
        report.verdict("submission p99 ≤ 100 ms", Report.duration(http.percentile(99)), http.percentile(99) <= TARGET_P99_NANOS);

        long loading = System.nanoTime();
        long loaded = CaseLoad.load(platform.jdbc(), settings.casesLoaded());
        long total = platform.jdbc().sql("select count(*) from cases.case_file").query(Long.class).single();
        report.figure("cases loaded", Report.count(loaded) + " in " + Report.duration(System.nanoTime() - loading) + " ("
                + Report.count(total) + " in the table)");
        Session officer = Session.signIn(platform.baseUrl(), "officer", PASSWORD);
        URI queueUri = URI.create(platform.baseUrl() + "/api/v1/cases");
        URI mineUri = URI.create(platform.baseUrl() + "/api/v1/me/applications");
        List<String> applicants = sessions.stream().map(s -> s.cookie).toList();
        HttpLoad.Settings warming = new HttpLoad.Settings(settings.clients(), Duration.ZERO, settings.warmUp());
        report.figure("warm-up, reads", WarmUp.untilCompiled(() -> {
            HttpLoad.run(queueUri, List.of(officer.cookie), warming);
            HttpLoad.run(mineUri, applicants, warming);
        }, settings.warmUpLimit()).describe());
        HttpLoad.Settings load = new HttpLoad.Settings(settings.clients(), Duration.ofSeconds(1), settings.window());
        LoadResult queue = HttpLoad.run(queueUri, List.of(officer.cookie), load);
        LoadResult mine = HttpLoad.run(mineUri, applicants, load);
        report.figure("officer queue GET /api/v1/cases", Report.perSecond(queue.perSecond(), "requests") + ", p95 "
                + Report.duration(queue.percentile(95)) + ", errors " + queue.errors());
        report.figure("  pace", queue.pace().describe());
        report.figure("my applications GET /api/v1/me/applications", Report.perSecond(mine.perSecond(), "requests") + ", p95 "
                + Report.duration(mine.percentile(95)) + ", errors " + mine.errors());
        report.figure("  pace", mine.pace().describe());
        report.verdict("queue p95 ≤ 100 ms with " + Report.count(total) + " cases", Report.duration(queue.percentile(95)),
                queue.percentile(95) <= TARGET_P95_NANOS && queue.errors() == 0);
        report.verdict("my applications p95 ≤ 100 ms", Report.duration(mine.percentile(95)),
                mine.percentile(95) <= TARGET_P95_NANOS && mine.errors() == 0);
    }

    /** One call of a client's loop: true if it did what it was for, false if it failed and is not to be timed. */
    private interface Call {
        boolean call();
    }

    /**
     * Each client calls in a closed loop for the length of the window, one call after another; the calls that
     * succeeded are timed, those that failed are counted by the call itself.
     */
    private static LoadResult closedLoops(int clients, Duration window, IntFunction<Call> callOfClient) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + window.toNanos();
        List<ClientTimes> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Call call = callOfClient.apply(c);
            ClientTimes times = new ClientTimes();
            perClient.add(times);
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    if (call.call()) {
                        times.add(sent, System.nanoTime());
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return LoadResult.of(perClient, start, window, 0, 0, null);
    }

    /** Submissions from every session; those not filed are counted in {@code failures}, not timed. */
    private static LoadResult submit(List<Session> sessions, Bundles.Bundle bundle, Duration window, AtomicLong failures)
            throws InterruptedException {
        return closedLoops(sessions.size(), window, c -> () -> {
            Session session = sessions.get(c);
            try {
                int status = session.postJson("/api/v1/applications", bundle.body(), UUID.randomUUID().toString());
                if (status == 201) {
                    return true;
                }
                if (failures.incrementAndGet() == 1) {
                    System.err.println("submission answered " + status + ": " + session.lastBody());
                }
            } catch (Exception e) {
                failures.incrementAndGet();
            }
            return false;
        });
    }

    /** The same rows a submission writes in the cases schema, in one plain JDBC transaction each. */
    private static LoadResult jdbc(DataSource dataSource, Bundles.Bundle bundle, int clients, Duration window) throws InterruptedException {
        UUID someone = UUID.randomUUID();
        return closedLoops(clients, window, c -> () -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                writeOneApplication(connection, bundle, someone);
                connection.commit();
                return true;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void writeOneApplication(Connection connection, Bundles.Bundle bundle, UUID account) throws Exception {
        Instant at = Instant.now();
        UUID application = TimeOrderedIds.next(at);     // the platform's ids, so that the keys grow as the platform's do
        Timestamp now = Timestamp.from(at);
        try (PreparedStatement a = connection.prepareStatement("""
                insert into cases.application (id, kind, code, version, name_zh, name_en, account_id, subject_kind, subject_id,
                  applicant_name, division_code, answers, submitted_at, created_at) values (?, 'BUNDLE', ?, 1, ?,
                  'Opening a restaurant', ?, 'PERSON', ?, '张晓明', '370202001001', ?::jsonb, ?, ?)""");
             PreparedStatement c = connection.prepareStatement("""
                insert into cases.case_file (id, application_id, item_code, item_version, name_zh, department_id, division_code, account_id,
                  applicant_name, state, answers, promised_days, statutory_days, submitted_at)
                values (?, ?, ?, 1, '事项', ?, '370202001001', ?, '张晓明', 'SUBMITTED', ?::jsonb, 5, 20, ?)""");
             PreparedStatement e = connection.prepareStatement(
                     "insert into cases.case_event (case_id, at, action, to_state, actor_name) values (?, ?, 'SUBMIT', 'SUBMITTED', '张晓明')");
             PreparedStatement n = connection.prepareStatement(
                     "insert into cases.notice (account_id, application_id, message_key, arguments, at) values (?, ?, 'cases.notice.changed', '{}'::jsonb, ?)")) {
            String answers = bundle.answers();
            a.setObject(1, application);
            a.setString(2, bundle.code());
            a.setString(3, bundle.name());
            a.setObject(4, account);
            a.setObject(5, account);
            a.setString(6, answers);
            a.setTimestamp(7, now);
            a.setTimestamp(8, now);
            a.executeUpdate();
            for (int i = 0; i < bundle.items(); i++) {
                UUID id = TimeOrderedIds.next(at);
                c.setObject(1, id);
                c.setObject(2, application);
                c.setString(3, "370200-ITEM-" + i);
                c.setObject(4, account);
                c.setObject(5, account);
                c.setString(6, answers);
                c.setTimestamp(7, now);
                c.addBatch();
                e.setObject(1, id);
                e.setTimestamp(2, now);
                e.addBatch();
                n.setObject(1, account);
                n.setObject(2, application);
                n.setTimestamp(3, now);
                n.addBatch();
            }
            c.executeBatch();
            e.executeBatch();
            n.executeBatch();
        }
    }
}
