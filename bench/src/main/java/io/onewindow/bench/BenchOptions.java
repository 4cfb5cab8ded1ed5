package io.onewindow.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The command line: which benchmarks to run ({@code --only appends,proofs,verifier,pages}; the SHA-256
 * baseline runs with any of the audit log's) and their sizes. {@code --quick} shrinks everything to check
 * that the benchmarks work, not to measure.
 */
record BenchOptions(Set<String> only, boolean quick, boolean verbose, Duration appendWindow, int writers, int batchSize,
                    long treeSize, int rebuildEntries, int clients, Duration actionWindow, Duration pageWindow, int bundleItems, long casesLoaded,
                    boolean help,
                    int licenceImport, long benefitsPersons, Duration warmUpLimit) {

    static final Set<String> BENCHMARKS = Set.of("appends", "actions", "proofs", "verifier", "pages", "cases", "exchange", "licences", "benefits");
    static final Set<String> AUDIT_LOG = Set.of("appends", "proofs", "verifier");

    static final String USAGE = """
            usage: java -jar bench/target/onewindow-bench.jar [options]

              --only <list>          run only these, comma-separated: appends, actions, proofs, verifier, pages, cases,
                                     exchange, licences, benefits (licences runs only when named)
                                     (the SHA-256 baseline runs with appends, proofs and verifier)
              --append-seconds <n>   length of the measured append window (default 30)
              --writers <n>          writer threads for appends (default 2)
              --batch <n>            events per RecordStore.recordAll call (default 100)
              --action-seconds <n>   measured time of audited actions, and of the same transactions
                                     unaudited, each in 4 windows taking turns (default 40)
              --tree <n>             entries in the tree for inclusion proofs (default 10000000)
              --rebuild-entries <n>  entries in the log the verifier rebuilds (default 1000000)
              --clients <n>          callers at once: in-process threads publishing audited actions,
                                     or HTTP clients loading each page (default 16)
              --page-seconds <n>     length of the measured window per page (default 15)
              --cases-bundle <n>     items in the bundle the cases benchmark applies for: 3 (the target's, default)
                                     or 4 (开办餐饮店 as the demo city publishes it)
              --cases-loaded <n>     cases loaded before the queue and my-applications reads (default 1000000)
              --licence-import <n>   licences in the bulk import (default 100000)
              --benefits-persons <n> synthetic persons matched by the benefits benchmark (default 1000000)
              --warm-up-limit <n>    seconds a warm-up may repeat while the JIT compiler is still compiling
                                     the path warmed up (default 300; with --quick one round only)
              --quick                tiny sizes and short runs: checks that everything works, measures nothing
              --verbose              show JMH's own output
              --help                 this text

            environment: ONEWINDOW_BENCH_DB_URL (with ONEWINDOW_BENCH_DB_USER, ONEWINDOW_BENCH_DB_PASSWORD)
            runs the platform on that PostgreSQL instead of an embedded one; it must be a scratch database,
            since every run empties its audit log.
            """;

    static BenchOptions parse(String[] args) {
        Set<String> only = new LinkedHashSet<>(BENCHMARKS);
        only.remove("licences");   // its bulk import takes long: run it by name
        boolean quick = false;
        boolean verbose = false;
        boolean help = false;
        Long seconds = null;
        int writers = 2;
        int batch = 100;
        Long tree = null;
        Integer rebuild = null;
        int clients = 16;
        Long actionSeconds = null;
        Long pageSeconds = null;
        int bundleItems = 3;
        Long casesLoaded = null;
        Integer licenceImport = null;
        Long benefitsPersons = null;
        Long warmUpLimit = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick" -> quick = true;
                case "--verbose" -> verbose = true;
                case "--help", "-h" -> help = true;
                case "--only" -> only = benchmarks(value(args, ++i, arg));
                case "--append-seconds" -> seconds = number(value(args, ++i, arg), arg);
                case "--writers" -> writers = (int) (long) number(value(args, ++i, arg), arg);
                case "--batch" -> batch = (int) (long) number(value(args, ++i, arg), arg);
                case "--tree" -> tree = number(value(args, ++i, arg), arg);
                case "--action-seconds" -> actionSeconds = number(value(args, ++i, arg), arg);
                case "--rebuild-entries" -> rebuild = (int) (long) number(value(args, ++i, arg), arg);
                case "--clients" -> clients = (int) (long) number(value(args, ++i, arg), arg);
                case "--page-seconds" -> pageSeconds = number(value(args, ++i, arg), arg);
                case "--cases-bundle" -> bundleItems = bundleItems(value(args, ++i, arg), arg);
                case "--cases-loaded" -> casesLoaded = number(value(args, ++i, arg), arg);
                case "--licence-import" -> licenceImport = (int) (long) number(value(args, ++i, arg), arg);
                case "--benefits-persons" -> benefitsPersons = number(value(args, ++i, arg), arg);
                case "--warm-up-limit" -> warmUpLimit = number(value(args, ++i, arg), arg);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new BenchOptions(only, quick, verbose,
                Duration.ofSeconds(seconds != null ? seconds : quick ? 2 : 30), writers, batch,
                tree != null ? tree : quick ? 100_000 : 10_000_000,
                rebuild != null ? rebuild : quick ? 20_000 : 1_000_000, clients,
                Duration.ofSeconds(actionSeconds != null ? actionSeconds : quick ? 1 : 40),
                Duration.ofSeconds(pageSeconds != null ? pageSeconds : quick ? 1 : 15), bundleItems,
                casesLoaded != null ? casesLoaded : quick ? 10_000 : 1_000_000, help,
                licenceImport != null ? licenceImport : quick ? 500 : 100_000,
                benefitsPersons != null ? benefitsPersons : quick ? 20_000 : 1_000_000,
                Duration.ofSeconds(warmUpLimit != null ? warmUpLimit : quick ? 0 : 300));
    }

    boolean runs(String benchmark) {
        return only.contains(benchmark);
    }

    boolean runsAnyOf(Set<String> benchmarks) {
        return benchmarks.stream().anyMatch(only::contains);
    }

    private static Set<String> benchmarks(String list) {
        Set<String> chosen = new LinkedHashSet<>(Arrays.asList(list.toLowerCase(Locale.ROOT).split(",")));
        for (String name : chosen) {
            if (!BENCHMARKS.contains(name)) {
                throw new IllegalArgumentException("no benchmark '" + name + "'; there are " + BENCHMARKS);
            }
        }
        return chosen;
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int bundleItems(String value, String option) {
        if (!value.equals("3") && !value.equals("4")) {
            throw new IllegalArgumentException(option + " takes 3 or 4, not " + value);
        }
        return Integer.parseInt(value);
    }

    private static long number(String value, String option) {
        try {
            long number = Long.parseLong(value.replace("_", ""));
            if (number <= 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a positive whole number, not " + value);
        }
    }
}
