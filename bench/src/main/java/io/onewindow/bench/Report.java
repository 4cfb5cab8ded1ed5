package io.onewindow.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a run prints: a block of figures per benchmark as it finishes, and at the end each target with
 * the figure it is judged on and whether it is met.
 */
public final class Report {

    private static final int LABEL_WIDTH = 44;

    private final PrintStream out;
    private final List<Verdict> verdicts = new ArrayList<>();

    public Report(PrintStream out) {
        this.out = out;
    }

    public void heading(String title) {
        out.println();
        out.println("== " + title);
        out.flush();
    }

    public void figure(String label, String value) {
        out.printf(Locale.ROOT, "  %-" + LABEL_WIDTH + "s %s%n", label, value);
        out.flush();
    }

    public void note(String text) {
        out.println("  " + text);
        out.flush();
    }

    /** Records a target, the figure it is judged on, and whether that figure meets it. */
    public void verdict(String target, String measured, boolean met) {
        verdicts.add(new Verdict(target, measured, met));
        figure("target " + target, (met ? "MET" : "NOT MET") + " (" + measured + ")");
    }

    public void printVerdicts() {
        heading("Targets");
        if (verdicts.isEmpty()) {
            note("no target was measured in this run");
        }
        for (Verdict verdict : verdicts) {
            out.printf(Locale.ROOT, "  %-7s  %-52s %s%n", verdict.met() ? "MET" : "NOT MET", verdict.target(), verdict.measured());
        }
        out.flush();
    }

    List<Verdict> verdicts() {
        return List.copyOf(verdicts);
    }

    public static String perSecond(double rate, String unit) {
        return String.format(Locale.ROOT, "%,.0f %s/s", rate, unit);
    }

    public static String count(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /** A duration in nanoseconds, in the unit that reads best. */
    public static String duration(double nanos) {
        if (nanos >= 1e9) {
            return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
        }
        if (nanos >= 1e6) {
            return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
    }

    /** A ratio as a factor, or as 1/N when it is small. */
    public static String ratio(double ratio) {
        if (ratio >= 0.1 || ratio == 0) {
            return String.format(Locale.ROOT, "%.2f", ratio);
        }
        return String.format(Locale.ROOT, "1/%,.0f", 1 / ratio);
    }

    record Verdict(String target, String measured, boolean met) {
    }
}
