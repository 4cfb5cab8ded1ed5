package io.onewindow.verifier;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found while checking a log, collected from every worker so that one run reports all it
 * saw rather than only the first. Only the first {@value #KEPT} are kept word for word.
 */
final class Findings {

    static final int KEPT = 50;

    private final List<String> kept = new ArrayList<>();
    private long count;

    synchronized void add(String problem) {
        if (kept.size() < KEPT) {
            kept.add(problem);
        }
        count++;
    }

    synchronized boolean isEmpty() {
        return count == 0;
    }

    /** The problems as lines to print, the last one saying how many were left out. */
    synchronized List<String> lines() {
        List<String> lines = new ArrayList<>(kept);
        if (count > kept.size()) {
            lines.add("and " + (count - kept.size()) + " more problems like these");
        }
        return lines;
    }

    void throwIfAny() throws VerificationFailedException {
        if (!isEmpty()) {
            throw new VerificationFailedException(lines());
        }
    }
}
