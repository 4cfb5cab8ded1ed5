package io.onewindow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** What the figures were measured on: the processors, memory, Java, and how loaded the machine was. */
public final class MachineFacts {

    private MachineFacts() {
    }

    public static void print(Report report) {
        report.heading("Machine");
        report.figure("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        report.figure("processors (nproc)", String.valueOf(Runtime.getRuntime().availableProcessors()));
        report.figure("CPU model", cpuModel().orElse("unknown"));
        report.figure("memory", memory().orElse("unknown"));
        report.figure("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        report.figure("load average (1, 5, 15 min)", loadAverage());
    }

    /** The 1-, 5- and 15-minute load averages, from {@code /proc/loadavg}. */
    public static String loadAverage() {
        return read(Path.of("/proc/loadavg"))
                .map(lines -> String.join(" ", List.of(lines.get(0).split(" ")).subList(0, 3)))
                .orElse("unknown");
    }

    private static Optional<String> cpuModel() {
        return read(Path.of("/proc/cpuinfo")).flatMap(lines -> lines.stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst());
    }

    private static Optional<String> memory() {
        return read(Path.of("/proc/meminfo")).flatMap(lines -> lines.stream()
                .filter(line -> line.startsWith("MemTotal:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MiB")
                .findFirst());
    }

    private static Optional<List<String>> read(Path file) {
        try {
            return Optional.of(Files.readAllLines(file));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
