package io.onewindow.bench.pages;

import io.onewindow.bench.CpuMeter;
import io.onewindow.bench.MachineFacts;
import io.onewindow.bench.Report;
import io.onewindow.bench.http.HttpLoad;
import io.onewindow.bench.http.LoadResult;
import io.onewindow.bench.platform.PlatformUnderTest;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Pages: how many of the portal's pages the platform serves a second to many people at once, and how
 * long the slowest of them wait, against a static file served by the same server in the same run. The
 * static file (the page's own stylesheet) is what the server, its filters and the load generator cost
 * with no page to build; the ratio of a page to it is what the page itself costs.
 */
public final class PageBenchmark {

    public static final double TARGET_PER_SECOND = 1_500;
    public static final double TARGET_P99_NANOS = 50e6;
    public static final double TARGET_RATIO = 0.5;

    static final String CITIZEN = "citizen";
    static final String DEMO_PASSWORD = "onewindow2026";

    /** Who asks for a page. */
    enum Visitor { ANONYMOUS, CITIZEN }

    /** A page to load: what it is, its path, and who asks for it. */
    record Page(String name, String path, Visitor visitor) {
    }

    static final List<Page> PAGES = List.of(
            new Page("home page", "/", Visitor.ANONYMOUS),
            new Page("citizen workbench", "/citizen", Visitor.CITIZEN));

    private PageBenchmark() {
    }

    public static void run(PlatformUnderTest platform, Report report, HttpLoad.Settings settings) throws Exception {
        report.heading("Pages: " + settings.clients() + " clients, each one request at a time on a keep-alive connection, "
                + settings.warmUp().toSeconds() + " s warm-up and " + settings.window().toSeconds() + " s measured per URL");
        Browser browser = new Browser(platform.baseUrl());
        String stylesheet = browser.stylesheetOf("/");
        String citizenCookies = browser.signIn(CITIZEN, DEMO_PASSWORD);
        report.figure("stylesheet linked from the home page", stylesheet);
        report.figure("load average before", MachineFacts.loadAverage());
        CpuMeter cpu = new CpuMeter(platform.databasePid());

        LoadResult baseline = load(platform, report, cpu, settings, "baseline: the stylesheet (static file)", stylesheet, null);
        report.verdict("pages: the static file answered 2xx", errors(baseline), allAnswered(baseline));
        for (Page page : PAGES) {
            String cookies = page.visitor() == Visitor.CITIZEN ? citizenCookies : null;
            LoadResult result = load(platform, report, cpu, settings, page.name() + " " + page.path()
                    + (cookies == null ? "" : " (signed in)"), page.path(), cookies);
            double ratio = result.perSecond() / baseline.perSecond();
            report.figure("  ratio to the static file", Report.ratio(ratio));
            report.verdict("pages: " + page.name() + " answered 2xx", errors(result), allAnswered(result));
            report.verdict("pages: " + page.name() + " >= 1,500 requests/s", Report.perSecond(result.perSecond(), "requests"),
                    result.perSecond() >= TARGET_PER_SECOND);
            report.verdict("pages: " + page.name() + " p99 <= 50 ms", "p99 " + Report.duration(result.percentile(99)),
                    result.percentile(99) <= TARGET_P99_NANOS);
            report.verdict("pages: " + page.name() + " >= 0.5 x the static file's rate", Report.ratio(ratio), ratio >= TARGET_RATIO);
        }
        report.figure("load average after", MachineFacts.loadAverage());
    }

    private static LoadResult load(PlatformUnderTest platform, Report report, CpuMeter cpu, HttpLoad.Settings settings,
                                   String label, String path, String cookies) throws InterruptedException {
        long sessionsBefore = sessions(platform);
        CpuMeter.Snapshot from = cpu.snapshot();
        LoadResult result = HttpLoad.run(URI.create(platform.baseUrl()).resolve(path), cookies, settings);
        CpuMeter.Usage used = CpuMeter.between(from, cpu.snapshot());
        report.figure(label, String.format(Locale.ROOT, "%s, p50 %s, p99 %s, %s",
                Report.perSecond(result.perSecond(), "requests"), Report.duration(result.percentile(50)),
                Report.duration(result.percentile(99)), errors(result)));
        if (result.firstError() != null) {
            report.figure("  first error", result.firstError());
        }
        report.figure("  cores in use (warm-up and window)", used.describe());
        report.figure("  sessions created", Report.count(sessions(platform) - sessionsBefore));
        return result;
    }

    private static boolean allAnswered(LoadResult result) {
        return result.errors() == 0 && result.warmUpErrors() == 0;
    }

    private static String errors(LoadResult result) {
        return result.errors() + " errors" + (result.warmUpErrors() == 0 ? "" : " (and " + result.warmUpErrors() + " in the warm-up)");
    }

    private static long sessions(PlatformUnderTest platform) {
        return platform.jdbc().sql("select count(*) from spring_session").query(Long.class).single();
    }
}
