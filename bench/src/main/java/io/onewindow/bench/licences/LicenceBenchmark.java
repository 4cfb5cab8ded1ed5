package io.onewindow.bench.licences;

import io.onewindow.bench.MachineFacts;
import io.onewindow.bench.CpuMeter;
import io.onewindow.bench.Report;
import io.onewindow.bench.platform.PlatformUnderTest;
import io.onewindow.licences.Credentials;
import io.onewindow.licences.internal.DidDocument;
import io.onewindow.licences.internal.LicenceImport;
import io.onewindow.licences.internal.StatusLists;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * E-licences: (a) credentials verified per second on one core by the platform's verifier (RDFC-1.0 with
 * titanium, Ed25519, the status lists read from the database) against Digital Bazaar's @digitalbazaar/vc
 * verifying the same credentials in node on one core, in the same run; (b) the bulk import of licences (each
 * checked, signed with Ed25519 and SM2, placed in the status lists, audited), projected to the 3.5 million
 * licences of a city like 青岛.
 */
public final class LicenceBenchmark {

    static final long CITY_LICENCES = 3_500_000L;
    static final Duration WARM_UP = Duration.ofSeconds(3);

    private LicenceBenchmark() {
    }

    public record Settings(int importCount, Duration verifyWindow, Path interop) {
    }

    public static void run(PlatformUnderTest platform, Report report, Settings settings) throws Exception {
        report.heading("Licences: bulk import of " + Report.count(settings.importCount()) + " licences");
        report.figure("load average before", MachineFacts.loadAverage());
        importLicences(platform, report, settings.importCount());

        report.heading("Licences: verification per second on one core, platform vs @digitalbazaar/vc");
        List<String> credentials = platform.jdbc().sql("select credential from licences.licence where source = 'IMPORT' order by issued_at limit 200")
                .query(String.class).list();
        Credentials verifier = platform.bean(Credentials.class);
        long cpuStart = threadCpuNanos();
        long wallStart = System.nanoTime();
        double oursWall = verifyRate(verifier, credentials, settings.verifyWindow());
        double share = (threadCpuNanos() - cpuStart) / (double) (System.nanoTime() - wallStart);
        double ours = oursWall / share;
        report.figure("platform (Java, 1 thread)", Report.perSecond(oursWall, "credentials") + " wall clock; "
                + Report.perSecond(ours, "credentials") + " per processor-second (the thread had "
                + String.format(Locale.ROOT, "%.0f %%", share * 100) + " of a core)");
        Double theirs = digitalBazaarRate(platform, credentials, settings);
        if (theirs == null) {
            report.note("node or bench/interop's npm packages are missing (cd bench/interop && npm ci): no comparison");
            return;
        }
        report.figure("@digitalbazaar/vc (node, 1 thread)", Report.perSecond(theirs, "credentials") + " per processor-second");
        report.verdict("licence verification ≥ 5× @digitalbazaar/vc per core", Report.ratio(ours / theirs), ours / theirs >= 5);
    }

    private static void importLicences(PlatformUnderTest platform, Report report, int count) throws IOException {
        List<String> people = platform.jdbc().sql("select citizen_id from identity.person order by citizen_id").query(String.class).list();
        StringBuilder csv = new StringBuilder("licence_type,holder,department,valid_from,name,citizenId,vehicleClass,firstIssuedOn\n");
        for (int i = 0; i < count; i++) {
            String person = people.get(i % people.size());
            csv.append("DRIVING_LICENCE,").append(person).append(",qd-ga,2024-01-01,驾驶人").append(i).append(',').append(person)
                    .append(",C1,2010-06-01\n");
        }
        LicenceImport imports = platform.bean(LicenceImport.class);
        CpuMeter cpu = new CpuMeter(platform.databasePid());
        CpuMeter.Snapshot before = cpu.snapshot();
        long start = System.nanoTime();
        LicenceImport.Progress progress = imports.run(new StringReader(csv.toString()), Locale.SIMPLIFIED_CHINESE, d -> true,
                new LicenceImport.Progress());
        double seconds = (System.nanoTime() - start) / 1e9;
        CpuMeter.Usage used = CpuMeter.between(before, cpu.snapshot());
        double jvmSeconds = used.jvm() * seconds;
        double databaseSeconds = Double.isNaN(used.database()) ? 0 : used.database() * seconds;
        double wallRate = progress.imported() / seconds;
        // The machine is shared: what the import got of the processors (the platform's and its database's), not
        // the wall clock, says what it costs.
        double rate = progress.imported() / (jvmSeconds + databaseSeconds) * Math.min(2, Runtime.getRuntime().availableProcessors());
        report.figure("imported", Report.count(progress.imported()) + " of " + Report.count(count) + " in "
                + String.format(Locale.ROOT, "%.1f s", seconds) + " (" + Report.perSecond(wallRate, "licences") + " wall clock)");
        report.figure("processor time", String.format(Locale.ROOT, "platform JVM %.1f s, PostgreSQL %.1f s: %.2f ms per licence;"
                        + " %.0f licences/s on 2 cores fully had", jvmSeconds, databaseSeconds,
                (jvmSeconds + databaseSeconds) * 1000 / progress.imported(), rate));
        report.figure("cores in use during the import", used.describe());
        if (Double.isNaN(used.database())) {
            report.note("the database's processor time is not known (an external PostgreSQL): only the JVM's is counted");
        }
        if (!progress.errors().isEmpty()) {
            report.figure("refused", progress.errors().size() + " lines, first: " + progress.errors().get(0));
        }
        double projected = CITY_LICENCES / rate;
        report.figure("projected for 3.5 million", String.format(Locale.ROOT, "%.1f hours", projected / 3600));
        report.verdict("3.5 million licences imported in ≤ 1 hour", String.format(Locale.ROOT, "%.2f h", projected / 3600),
                projected <= 3600);
    }

    private static long threadCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double verifyRate(Credentials verifier, List<String> credentials, Duration window) {
        // Warm-up in processor time, as node's: on a busy machine three seconds of wall clock can be a few hundred
        // milliseconds of the thread's, too little for the JIT compiler (a minute of wall clock at most).
        long warmCpu = threadCpuNanos() + WARM_UP.toNanos();
        long warmWall = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        for (int i = 0; threadCpuNanos() < warmCpu && System.nanoTime() < warmWall; i++) {
            verifier.verify(credentials.get(i % credentials.size()));
        }
        long start = System.nanoTime();
        long end = start + window.toNanos();
        long count = 0;
        int failed = 0;
        while (System.nanoTime() < end) {
            if (!verifier.verify(credentials.get((int) (count % credentials.size()))).verified()) {
                failed++;
            }
            count++;
        }
        if (failed > 0) {
            throw new IllegalStateException(failed + " credentials did not verify");
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static Double digitalBazaarRate(PlatformUnderTest platform, List<String> credentials, Settings settings) throws Exception {
        if (!Files.isDirectory(settings.interop().resolve("node_modules/@digitalbazaar/vc"))) {
            return null;
        }
        Path work = Files.createTempDirectory("licence-bench");
        String output;
        try {
            Files.writeString(work.resolve("credentials.json"), "[" + String.join(",", credentials) + "]");
            DidDocument did = platform.bean(DidDocument.class);
            Files.writeString(work.resolve("did.json"), did.document().toString());
            StatusLists lists = platform.bean(StatusLists.class);
            StringBuilder documents = new StringBuilder("{\"" + did.did() + "\":\"" + work.resolve("did.json") + "\"");
            for (String purpose : StatusLists.PURPOSES) {
                for (int list = 1; lists.credential(purpose, list).isPresent(); list++) {
                    Path file = work.resolve(purpose + "-" + list + ".json");
                    Files.writeString(file, lists.credential(purpose, list).orElseThrow());
                    documents.append(",\"").append(lists.url(purpose, list)).append("\":\"").append(file).append('"');
                }
            }
            documents.append('}');
            Files.writeString(work.resolve("request.json"), "{\"documents\":" + documents + ",\"credentials\":\""
                    + work.resolve("credentials.json") + "\",\"seconds\":" + settings.verifyWindow().toSeconds() + "}");
            Process node = new ProcessBuilder("node", "bench.mjs", work.resolve("request.json").toString())
                    .directory(settings.interop().toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            output = new String(node.getInputStream().readAllBytes());
            if (!node.waitFor(settings.verifyWindow().toSeconds() + 120, TimeUnit.SECONDS) || node.exitValue() != 0) {
                throw new IllegalStateException("bench.mjs failed: " + output);
            }
            if (!output.contains("\"failed\":0")) {
                throw new IllegalStateException("@digitalbazaar/vc did not verify every credential: " + output);
            }
        } finally {
            PlatformUnderTest.deleteTree(work);
        }
        String rate = output.replaceAll(".*\"perCpuSecond\":([0-9.eE+-]+).*\\s*", "$1");
        return Double.parseDouble(rate.strip());
    }
}
