package io.onewindow.verifier;

import java.util.List;

/** One or more checks failed: exit status 1. Each problem is one line an auditor can act on. */
final class VerificationFailedException extends Exception {

    private final List<String> problems;

    VerificationFailedException(String problem) {
        this(List.of(problem));
    }

    VerificationFailedException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
