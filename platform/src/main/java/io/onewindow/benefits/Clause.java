package io.onewindow.benefits;

/**
 * One named condition of a policy: a CEL expression over the audience's variables and the policy's
 * parameters ({@code param.<name>}), with the article it implements.
 */
public record Clause(String key, String name, String expression, String legalReference) {
}
