package io.onewindow.benefits.internal;

/**
 * What is wrong with a rule, where (1-based line and column of the expression): {@code code} names the kind
 * (a bundle key suffix under {@code benefits.rule.}), {@code detail} the part at fault or CEL's own words.
 */
public record RuleIssue(int line, int column, String code, String detail) {
}
