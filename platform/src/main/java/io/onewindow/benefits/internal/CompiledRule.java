package io.onewindow.benefits.internal;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A rule ready to run: its program for the CEL interpreter, the variables and parameters it reads, and its
 * conjuncts, each a program of its own, so that a "no" can say which conditions failed.
 */
record CompiledRule(String expression, CelAbstractSyntaxTree ast, CelRuntime.Program program, List<String> variables,
                    List<String> parameters, List<Conjunct> conjuncts) {

    record Conjunct(CelAbstractSyntaxTree ast, CelRuntime.Program program) {

        /** The condition as CEL text, each identifier written as {@code identifiers} says. */
        String text(Function<String, String> identifiers) {
            return SqlTranslator.toCel(ast, ast.getExpr(), identifiers);
        }
    }

    Object evaluate(Map<String, ?> activation) {
        try {
            return program.eval(activation);
        } catch (CelEvaluationException e) {
            throw new IllegalStateException("Rule '" + expression + "' failed: " + e.getMessage(), e);
        }
    }

    boolean holds(Map<String, ?> activation) {
        return Boolean.TRUE.equals(evaluate(activation));
    }
}
