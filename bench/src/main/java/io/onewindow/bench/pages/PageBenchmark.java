package io.onewindow.bench.pages;

import io.onewindow.bench.CpuMeter;
import io.onewindow.bench.MachineFacts;
import io.onewindow.bench.Report;
import io.onewindow.bench.WarmUp;
import io.onewindow.bench.http.HttpLoad;
import io.onewindow.bench.http.LoadResult;
import io.onewindow.bench.platform.PlatformUnderTest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pages: how many of the portal's pages the platform serves a second to many people at once, and how
 * long the slowest of them wait, against a static file served by the same server in the same run. The
 * static file (the page's own stylesheet) is what the server, its filters and the load generator cost
 * with no page to build; the ratio of a page to it is what the page itself costs. The static file is
 * measured before and after the pages, and a page is compared with the mean of the two, so that a
 * neighbour's load that comes or goes during the run weighs on both sides alike.
 */
public final class PageBenchmark {

    public static final double TARGET_PER_SECOND = 1_500;
    public static final double TARGET_P99_NANOS = 50e6;
    public static final double TARGET_RATIO = 0.5;

    static final String CITIZEN = "citizen";
    static final String DEMO_PASSWORD = "onewindow2026";

    /** Who asks for a page. */
    enum Visitor { ANONYMOUS, CITIZEN }

    /** A page to load: what it is, its path, who asks for it, and the rate it must reach. */
    record Page(String name, String path, Visitor visitor, double targetPerSecond) {
    }

    /** The catalogue's search must keep up with every page's search box: 2,000 a second. */
    static final double SEARCH_TARGET_PER_SECOND = 2_000;

    static final List<Page> PAGES = List.of(
            new Page("home page", "/", Visitor.ANONYMOUS, TARGET_PER_SECOND),
            new Page("citizen workbench", "/citizen", Visitor.CITIZEN, TARGET_PER_SECOND),
            new Page("item guide", "/services/370200-XZSP-XK-0001", Visitor.ANONYMOUS, TARGET_PER_SECOND),
            new Page("catalogue search API", "/api/v1/services?q=" + URLEncoder.encode("开饭店", StandardCharsets.UTF_8),
                    Visitor.ANONYMOUS, SEARCH_TARGET_PER_SECOND),
            new Page("search page", "/search?q=" + URLEncoder.encode("公积金 怎么取", StandardCharsets.UTF_8),
                    Visitor.ANONYMOUS, SEARCH_TARGET_PER_SECOND));

    private static final Duration SETTLE = Duration.ofSeconds(1);

    private PageBenchmark() {
    }

    public static void run(PlatformUnderTest platform, Report report, HttpLoad.Settings settings, Duration warmUpLimit) throws Exception {
        report.heading("Pages: " + settings.clients() + " clients, each one request at a time on a keep-alive connection, "
                + settings.window().toSeconds() + " s measured per URL");
        Target stylesheet = new Target("baseline: the stylesheet (static file)",
                new Browser(platform.baseUrl()).stylesheetOf("/"), List.of());
        // Each client is a citizen of their own, signed in with a session of their own, as people are.
        List<String> citizens = new ArrayList<>();
        for (int i = 0; i < settings.clients(); i++) {
            citizens.add(new Browser(platform.baseUrl()).signIn(CITIZEN, DEMO_PASSWORD));
        }
        // Not a baseline: what a signed-in browser's request costs before any page is built (the session and the
        // account's stamps read), which bounds how close to the static file a signed-in page can come.
        Target signedInStylesheet = new Target("reference: the stylesheet asked with a signed-in citizen's cookie",
                stylesheet.path(), citizens);
        List<Target> pages = new ArrayList<>();
        for (Page page : PAGES) {
            boolean signedIn = page.visitor() == Visitor.CITIZEN;
            pages.add(new Target(page.name() + " " + page.path() + (signedIn ? " (signed in)" : ""), page.path(),
                    signedIn ? citizens : List.of()));
        }
        report.figure("stylesheet linked from the home page", stylesheet.path());

        // Every URL is loaded before any is measured, so that none is measured while the JIT compiler
        // is still busy with code the others share (the server, the filters, the load generator).
        List<Target> all = new ArrayList<>(List.of(stylesheet, signedInStylesheet));
        all.addAll(pages);
        WarmUp.Result warm = WarmUp.untilCompiled(() -> {
            for (Target target : all) {
                target.warmUp(platform, settings.clients(), settings.warmUp());
            }
        }, warmUpLimit);
        report.figure("warm-up", settings.warmUp().toSeconds() + " s per URL a round, " + warm.describe() + "; then "
                + SETTLE.toSeconds() + " s before each window");
        report.figure("load average before", MachineFacts.loadAverage());

        CpuMeter cpu = new CpuMeter(platform.databasePid());
        LoadResult before = measure(platform, report, cpu, settings, stylesheet);
        LoadResult signedIn = measure(platform, report, cpu, settings, signedInStylesheet);
        List<LoadResult> results = new ArrayList<>();
        for (Target page : pages) {
            results.add(measure(platform, report, cpu, settings, page));
        }
        LoadResult after = measure(platform, report, cpu, settings, stylesheet);
        double baseline = (before.perSecond() + after.perSecond()) / 2;
        report.figure("baseline: mean of the two", Report.perSecond(baseline, "requests"));
        report.figure("reference: signed in against the baseline", Report.ratio(signedIn.perSecond() / baseline));
        report.figure("load average after", MachineFacts.loadAverage());

        report.verdict("pages: the static file answered 2xx", errors(stylesheet, before, after), stylesheet.failed(before, after) == 0);
        report.verdict("pages: the static file answered 2xx to signed-in citizens", errors(signedInStylesheet, signedIn),
                signedInStylesheet.failed(signedIn) == 0);
        for (int i = 0; i < pages.size(); i++) {
            judge(report, PAGES.get(i), pages.get(i), results.get(i), baseline);
            if (PAGES.get(i).visitor() == Visitor.CITIZEN) {
                report.figure("pages: " + PAGES.get(i).name() + " against the stylesheet signed in",
                        Report.ratio(results.get(i).perSecond() / signedIn.perSecond()));
            }
        }
    }

    private static void judge(Report report, Page measured, Target page, LoadResult result, double baseline) {
        String name = measured.name();
        double ratio = result.perSecond() / baseline;
        report.verdict("pages: " + name + " answered 2xx", errors(page, result), page.failed(result) == 0);
        report.verdict(String.format(Locale.ROOT, "pages: %s >= %,.0f requests/s", name, measured.targetPerSecond()),
                Report.perSecond(result.perSecond(), "requests"), result.perSecond() >= measured.targetPerSecond());
        report.verdict("pages: " + name + " p99 <= 50 ms", "p99 " + Report.duration(result.percentile(99)),
                result.percentile(99) <= TARGET_P99_NANOS);
        report.verdict("pages: " + name + " >= 0.5 x the static file's rate", Report.ratio(ratio), ratio >= TARGET_RATIO);
    }

    private static LoadResult measure(PlatformUnderTest platform, Report report, CpuMeter cpu, HttpLoad.Settings settings,
                                      Target target) throws InterruptedException {
        long sessionsBefore = sessions(platform);
        CpuMeter.Snapshot from = cpu.snapshot();
        LoadResult result = target.load(platform, settings.clients(), SETTLE, settings.window());
        CpuMeter.Usage used = CpuMeter.between(from, cpu.snapshot());
        report.figure(target.label(), String.format(Locale.ROOT, "%s, p50 %s, p99 %s, %d errors",
                Report.perSecond(result.perSecond(), "requests"), Report.duration(result.percentile(50)),
                Report.duration(result.percentile(99)), result.errors()));
        if (result.firstError() != null) {
            report.figure("  first error", result.firstError());
        }
        report.figure("  pace", result.pace().describe());
        report.figure("  cores in use", used.describe());
        report.figure("  sessions created", Report.count(sessions(platform) - sessionsBefore));
        return result;
    }

    private static String errors(Target target, LoadResult... results) {
        long failed = target.failed(results);
        return failed + " errors" + (failed == 0 ? "" : " (" + target.warmUpErrors + " while warming up)");
    }

    private static long sessions(PlatformUnderTest platform) {
        return platform.jdbc().sql("select count(*) from spring_session").query(Long.class).single();
    }

    /** A URL under load with each client's cookies, and the errors of its warm-ups. */
    private static final class Target {

        private final String label;
        private final String path;
        private final List<String> cookies;
        private long warmUpErrors;

        Target(String label, String path, List<String> cookies) {
            this.label = label;
            this.path = path;
            this.cookies = cookies;
        }

        String label() {
            return label;
        }

        String path() {
            return path;
        }

        void warmUp(PlatformUnderTest platform, int clients, Duration duration) throws InterruptedException {
            warmUpErrors += load(platform, clients, Duration.ZERO, duration).errors();
        }

        LoadResult load(PlatformUnderTest platform, int clients, Duration warmUp, Duration window) throws InterruptedException {
            LoadResult result = HttpLoad.run(URI.create(platform.baseUrl()).resolve(path), cookies, new HttpLoad.Settings(clients, warmUp, window));
            warmUpErrors += result.warmUpErrors();
            return result;
        }

        /** Errors in these windows and in every warm-up. */
        long failed(LoadResult... results) {
            long failed = warmUpErrors;
            for (LoadResult result : results) {
                failed += result.errors();
            }
            return failed;
        }
    }
}
