package io.onewindow.benefits.internal;

import io.onewindow.benefits.Policy;
import java.util.List;

/** A policy with its clauses and amount compiled, under the hash of its rules. */
record CompiledPolicy(Policy policy, String rulesHash, List<CompiledRule> clauses, CompiledRule amount) {
}
