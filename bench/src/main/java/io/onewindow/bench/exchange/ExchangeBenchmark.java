package io.onewindow.bench.exchange;

import io.onewindow.bench.CpuMeter;
import io.onewindow.bench.MachineFacts;
import io.onewindow.bench.Report;
import io.onewindow.bench.WarmUp;
import io.onewindow.bench.http.KeepAliveConnection;
import io.onewindow.bench.platform.PlatformUnderTest;
import io.onewindow.exchange.DataResource;
import io.onewindow.exchange.internal.ClientRegistry;
import io.onewindow.exchange.internal.ResourceStore;
import io.onewindow.exchange.internal.SharingDesk;
import io.onewindow.exchange.internal.SharingRequest;
import io.onewindow.exchange.internal.SubjectRecords;
import io.onewindow.identity.Departments;
import io.onewindow.identity.OfficerView;
import io.onewindow.identity.People;
import io.onewindow.identity.PersonView;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exchange's query API under load: department systems asking for a person's population record by
 * purpose, each answer masked and each read audited (an audit record per person, its place in the log's
 * queue, the usage row), over HTTP with a bearer token, against the same query unmasked and unaudited, by
 * the same server in the same run: {@link UnmaskedUnauditedQuery}, the same token, security chain, Spring
 * MVC, purpose and grant checks and reads, answering every granted item in clear and writing nothing. What
 * masking and auditing cost a query is what the target's ratio shows. A third load, a servlet the benchmark
 * adds to the platform's own Tomcat (no Spring MVC, no token, no grant check, no masking, no audit), reads the
 * rows through the same {@link SubjectRecords} and sends them: the query's rate against it is what the
 * platform's whole path costs. Each is measured twice, alternating, and compared on the mean.
 */
public final class ExchangeBenchmark {

    public static final double TARGET_PER_SECOND = 2_000;
    public static final double TARGET_P99_NANOS = 50e6;
    public static final double TARGET_RATIO = 0.5;
    // A path the exchange lets through without a token (a resource's public description), mapped exactly to the servlet.
    static final String BASELINE_PATH = "/api/v1/exchange/resources/bench-baseline";
    /** A pause before each window, as the pages benchmark makes, so that one window's tail does not run into the next. */
    private static final Duration SETTLE = Duration.ofSeconds(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Settings(int clients, Duration warmUp, Duration warmUpLimit, Duration window) {
    }

    private ExchangeBenchmark() {
    }

    public static void run(PlatformUnderTest platform, Report report, Settings settings) throws Exception {
        report.heading("Exchange: " + settings.clients() + " department-system clients, masked audited queries vs the same query unmasked and unaudited");
        List<String> subjects = subjects(platform);
        String token = grantAndToken(platform);
        addBaseline(platform);
        report.figure("subjects", subjects.size() + " people of the population register, queried in turn");

        Target query = new Target("masked, audited query /api/v1/exchange/resources/POPULATION/records", platform.baseUrl()
                + "/api/v1/exchange/resources/POPULATION/records?purpose=social-assistance&subject=", "Bearer " + token);
        Target unaudited = new Target("baseline: the same query, unmasked and unaudited", platform.baseUrl()
                + UnmaskedUnauditedQuery.PATH.replace("{code}", "POPULATION") + "?purpose=social-assistance&subject=", "Bearer " + token);
        Target servlet = new Target("bare servlet: the same rows read and sent, nothing else", platform.baseUrl() + BASELINE_PATH + "?subject=", null);
        String same = sameRecords(query, unaudited, subjects.get(0));
        report.verdict("exchange: the baseline answers the same records, in clear", same, same.startsWith("yes"));
        report.figure("warm-up", WarmUp.untilCompiled(() -> {
            for (Target target : List.of(servlet, unaudited, query)) {
                load(target, subjects, settings.clients(), settings.warmUp());
            }
        }, settings.warmUpLimit()).describe());
        report.figure("load average before", MachineFacts.loadAverage());
        long audited = audited(platform);
        CpuMeter cpu = new CpuMeter(platform.databasePid());
        List<Result> servlets = new ArrayList<>();
        List<Result> baselines = new ArrayList<>();
        List<Result> queries = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            servlets.add(measure(report, cpu, servlet, subjects, settings));
            baselines.add(measure(report, cpu, unaudited, subjects, settings));
            queries.add(measure(report, cpu, query, subjects, settings));
        }
        report.figure("audit records written by the queries", Report.count(audited(platform) - audited));
        report.figure("load average after", MachineFacts.loadAverage());
        double queryRate = meanRate(queries);
        double baselineRate = meanRate(baselines);
        double p99 = queries.stream().mapToDouble(r -> r.percentile(99)).max().orElse(Double.NaN);
        long errors = Stream.of(queries, baselines, servlets).flatMap(List::stream).mapToLong(Result::errors).sum();
        report.figure("masked, audited / bare servlet", Report.ratio(queryRate / meanRate(servlets))
                + " (what the platform's whole path costs against reading and sending the rows alone)");
        report.verdict("exchange: queries answered 200", errors + " errors", errors == 0);
        report.verdict("exchange: masked, audited queries >= 2,000/s", Report.perSecond(queryRate, "queries"), queryRate >= TARGET_PER_SECOND);
        report.verdict("exchange: p99 <= 50 ms", "p99 " + Report.duration(p99), p99 <= TARGET_P99_NANOS);
        report.verdict("exchange: >= 0.5 x the unmasked, unaudited rate", Report.ratio(queryRate / baselineRate),
                queryRate / baselineRate >= TARGET_RATIO);
    }

    private static double meanRate(List<Result> results) {
        return results.stream().mapToDouble(Result::perSecond).average().orElse(0);
    }

    /** Whether the baseline answers the query's records, with the same items, the masked ones in clear ("yes, …") or not. */
    private static String sameRecords(Target query, Target unaudited, String subject) throws IOException {
        JsonNode masked = answer(query, subject);
        JsonNode clear = answer(unaudited, subject);
        if (masked == null || clear == null || masked.get("total").asLong() != clear.get("total").asLong()
                || !masked.get("items").equals(clear.get("items")) || masked.get("records").size() != clear.get("records").size()) {
            return "no: " + masked + " against " + clear;
        }
        JsonNode first = clear.get("records").get(0);
        return first != null && first.get("citizenId").asString().equals(subject) && masked.get("masked").size() > 0
                ? "yes, " + clear.get("records").size() + " record, items " + clear.get("items") + ", " + masked.get("masked") + " masked in the query"
                : "no: the baseline's record is not in clear: " + first;
    }

    private static JsonNode answer(Target target, String subject) throws IOException {
        try (KeepAliveConnection connection = new KeepAliveConnection(URI.create(target.urlPrefix()))) {
            int status = connection.send(KeepAliveConnection.request("GET", URI.create(target.urlPrefix() + subject),
                    Map.of("Authorization", target.authorization()), null));
            return status == 200 ? JSON.readTree(connection.lastBody()) : null;
        }
    }

    /** Citizen IDs of people with a population record: the departments' officers. */
    private static List<String> subjects(PlatformUnderTest platform) {
        Departments departments = platform.bean(Departments.class);
        People people = platform.bean(People.class);
        return departments.all().stream().flatMap(d -> departments.officersOf(d.id()).stream()).map(OfficerView::personId).distinct()
                .flatMap(id -> people.find(id).stream()).map(PersonView::citizenId).map(c -> c.value()).toList();
    }

    /** 民政局 applies for three items of the population register, 公安局 grants them masked; a system with no rate limit asks. */
    private static String grantAndToken(PlatformUnderTest platform) throws IOException, InterruptedException {
        UUID mzj = platform.bean(Departments.class).findByCode("qd-mzj").orElseThrow().id();
        SharingDesk desk = platform.bean(SharingDesk.class);
        SharingRequest request = desk.apply(new SharingDesk.Application("POPULATION", mzj, "social-assistance", "低保审核（基准测试）",
                "《社会救助暂行办法》第十一条", List.of("citizenId", "name", "phone"), false));
        desk.decide(request.id(), new SharingDesk.Decision(request.items(), false, null, ""));
        String clientId = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = UUID.randomUUID().toString();
        platform.bean(ClientRegistry.class).register(mzj, clientId, secret, "基准测试系统", Integer.MAX_VALUE);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token: " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    /** The baseline servlet, in the platform's own Tomcat: the same rows through the same reader, as they are. */
    private static void addBaseline(PlatformUnderTest platform) throws Exception {
        // The dispatcher servlet knows the application context, which knows its embedded server.
        Object webServer = ((WebServerApplicationContext) platform.bean(DispatcherServlet.class).getWebApplicationContext()).getWebServer();
        Tomcat tomcat = (Tomcat) webServer.getClass().getMethod("getTomcat").invoke(webServer);
        Context context = (Context) tomcat.getHost().findChildren()[0];
        SubjectRecords records = platform.bean(SubjectRecords.class);
        DataResource population = platform.bean(ResourceStore.class).require("POPULATION");
        Tomcat.addServlet(context, "bench-exchange-baseline", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                List<SubjectRecords.Row> rows = records.of(population, request.getParameter("subject"));
                response.setContentType("application/json");
                response.getOutputStream().write(JSON.writeValueAsBytes(rows.stream().map(SubjectRecords.Row::values).toList()));
            }
        });
        context.addServletMappingDecoded(BASELINE_PATH, "bench-exchange-baseline");
    }

    private static long audited(PlatformUnderTest platform) {
        return platform.jdbc().sql("select count(*) from audit.record where action = 'personal-data.accessed' and object_type = 'exchange.population'")
                .query(Long.class).single();
    }

    private static Result measure(Report report, CpuMeter cpu, Target target, List<String> subjects, Settings settings)
            throws InterruptedException {
        Thread.sleep(SETTLE.toMillis());
        CpuMeter.Snapshot from = cpu.snapshot();
        Result result = load(target, subjects, settings.clients(), settings.window());
        CpuMeter.Usage used = CpuMeter.between(from, cpu.snapshot());
        report.figure(target.label(), String.format(Locale.ROOT, "%s, p50 %s, p99 %s, %d errors",
                Report.perSecond(result.perSecond(), "requests"), Report.duration(result.percentile(50)),
                Report.duration(result.percentile(99)), result.errors()));
        if (result.firstError.get() != null) {
            report.figure("  first error", result.firstError.get());
        }
        report.figure("  cores in use", used.describe());
        return result;
    }

    private record Target(String label, String urlPrefix, String authorization) {
    }

    /** Closed loop: each client, on its own keep-alive connection, waits for its answer before asking for the next subject. */
    private static Result load(Target target, List<String> subjects, int clients, Duration window) throws InterruptedException {
        long end = System.nanoTime() + window.toNanos();
        Result result = new Result(window.toNanos() / 1e9);
        Map<String, String> headers = target.authorization() == null ? Map.of("Accept", "application/json")
                : Map.of("Accept", "application/json", "Authorization", target.authorization());
        List<Thread> threads = new ArrayList<>();
        AtomicLong next = new AtomicLong();
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> {
                List<Long> nanos = new ArrayList<>();
                try (KeepAliveConnection connection = new KeepAliveConnection(URI.create(target.urlPrefix()))) {
                    while (System.nanoTime() < end) {
                        String subject = subjects.get((int) (next.getAndIncrement() % subjects.size()));
                        byte[] request = KeepAliveConnection.request("GET", URI.create(target.urlPrefix() + subject), headers, null);
                        long start = System.nanoTime();
                        try {
                            int status = connection.send(request);
                            if (status != 200) {
                                result.failed("HTTP " + status + ": " + connection.lastBody());
                            }
                        } catch (IOException e) {
                            result.failed(e.toString());
                        }
                        nanos.add(System.nanoTime() - start);
                    }
                }
                result.add(nanos);
            }, "bench-exchange-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return result;
    }

    private static final class Result {
        private final double seconds;
        private final List<Long> all = new ArrayList<>();
        private final AtomicLong errors = new AtomicLong();
        private final AtomicReference<String> firstError = new AtomicReference<>();
        private long[] sorted;

        Result(double seconds) {
            this.seconds = seconds;
        }

        synchronized void add(List<Long> nanos) {
            all.addAll(nanos);
            sorted = null;
        }

        void failed(String error) {
            errors.incrementAndGet();
            firstError.compareAndSet(null, error);
        }

        long errors() {
            return errors.get();
        }

        double perSecond() {
            return all.size() / seconds;
        }

        synchronized double percentile(double percent) {
            if (sorted == null) {
                sorted = all.stream().mapToLong(Long::longValue).toArray();
                Arrays.sort(sorted);
            }
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percent / 100 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }
}
