package io.onewindow.runtime;

import java.util.List;

/** Production mode cannot start: what is missing or unacceptable, each item a sentence an operator can act on. */
public class ProductionModeMisconfigured extends RuntimeException {

    private final List<String> problems;

    public ProductionModeMisconfigured(List<String> problems) {
        super("Production mode cannot start: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
