package io.onewindow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How many cores went to what during a measurement: the whole machine (from {@code /proc/stat}), this
 * JVM, and the embedded PostgreSQL's processes when there is one. On a two-core machine shared by the
 * platform and its database, this says which of them a figure is limited by.
 */
public final class CpuMeter {

    private final Optional<Long> databasePid;

    public CpuMeter(Optional<Long> databasePid) {
        this.databasePid = databasePid;
    }

    public Snapshot snapshot() {
        long[] machine = machineJiffies();
        Map<Long, Long> database = new HashMap<>();
        databasePid.flatMap(ProcessHandle::of).ifPresent(postmaster ->
                Stream.concat(Stream.of(postmaster), postmaster.descendants()).forEach(process ->
                        database.put(process.pid(), cpuNanos(process))));
        return new Snapshot(System.nanoTime(), machine[0], machine[1], cpuNanos(ProcessHandle.current()), database);
    }

    /** Cores in use between two snapshots, on average. */
    public static Usage between(Snapshot from, Snapshot to) {
        double seconds = (to.at() - from.at()) / 1e9;
        int processors = Runtime.getRuntime().availableProcessors();
        long total = to.machineTotal() - from.machineTotal();
        double machine = total <= 0 ? Double.NaN : processors * (double) (to.machineBusy() - from.machineBusy()) / total;
        double jvm = (to.jvmNanos() - from.jvmNanos()) / 1e9 / seconds;
        double database = to.databaseNanos().isEmpty() ? Double.NaN
                : to.databaseNanos().entrySet().stream()
                .mapToLong(e -> e.getValue() - from.databaseNanos().getOrDefault(e.getKey(), 0L)).sum() / 1e9 / seconds;
        return new Usage(machine, jvm, database);
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    // The first line of /proc/stat sums every processor: user nice system idle iowait irq softirq steal.
    private static long[] machineJiffies() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(fields.length, 9); i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    public record Snapshot(long at, long machineBusy, long machineTotal, long jvmNanos, Map<Long, Long> databaseNanos) {
    }

    /** Average cores busy: on the whole machine, in this JVM, in the database (NaN when not known). */
    public record Usage(double machine, double jvm, double database) {

        public String describe() {
            String text = String.format(java.util.Locale.ROOT, "machine %.2f, this JVM %.2f", machine, jvm);
            if (!Double.isNaN(database)) {
                text += String.format(java.util.Locale.ROOT, ", PostgreSQL %.2f", database);
            }
            double others = machine - jvm - (Double.isNaN(database) ? 0 : database);
            return text + String.format(java.util.Locale.ROOT, ", other processes %.2f (of %d)", Math.max(others, 0),
                    Runtime.getRuntime().availableProcessors());
        }
    }
}
