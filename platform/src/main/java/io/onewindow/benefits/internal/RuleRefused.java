package io.onewindow.benefits.internal;

import java.util.List;

/** A rule that does not type-check or leaves the subset that runs the same in CEL and in SQL. */
public class RuleRefused extends RuntimeException {

    private final List<RuleIssue> issues;

    public RuleRefused(List<RuleIssue> issues) {
        super(issues.toString());
        this.issues = List.copyOf(issues);
    }

    public List<RuleIssue> issues() {
        return issues;
    }
}
