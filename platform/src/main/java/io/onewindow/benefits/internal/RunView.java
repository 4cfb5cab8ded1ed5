package io.onewindow.benefits.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A matching run as its pages and the API show it; {@code number} counts the city's runs, and keys the run's results. */
public record RunView(UUID id, int number, String policyCode, String rulesHash, LocalDate decisionDate, Instant snapshotAt, String state,
                      long total, long done, long eligible, long newlyEligible, long noLongerEligible, Instant startedAt,
                      Instant finishedAt, String failure) {

    public int percent() {
        return total == 0 ? ("DONE".equals(state) ? 100 : 0) : (int) Math.min(100, done * 100 / total);
    }

    /** The rules hash in groups of 16 hexadecimal digits, so that it wraps on a narrow screen. */
    public String rulesHashGroups() {
        return rulesHash.replaceAll("(.{16})(?=.)", "$1 ");
    }

    public boolean running() {
        return "RUNNING".equals(state);
    }
}
