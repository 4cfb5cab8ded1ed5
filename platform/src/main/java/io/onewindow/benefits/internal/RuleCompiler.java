package io.onewindow.benefits.internal;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import io.onewindow.benefits.Audience;
import io.onewindow.benefits.Parameter;
import io.onewindow.benefits.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Type-checks rules against the audience's variables and the policy's parameters ({@code param.<name>}) with
 * Google's CEL, which has no loops, no I/O and no side effects, and holds each clause to the subset that
 * compiles to SQL (see {@link SqlTranslator}), so that a rule accepted here runs the same in a live check and
 * in a matching run. An amount formula is any CEL int expression: it is only ever evaluated in CEL.
 */
@Component
public class RuleCompiler {

    static final String PARAM = "param.";
    private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().build();

    /** The issues of a clause (empty: accepted). */
    public List<RuleIssue> checkClause(Audience audience, List<Parameter> parameters, String expression) {
        try {
            compileClause(audience, parameters, expression);
            return List.of();
        } catch (RuleRefused refused) {
            return refused.issues();
        }
    }

    public List<RuleIssue> checkAmount(Audience audience, List<Parameter> parameters, String formula) {
        try {
            compile(audience, parameters, formula, SimpleType.INT, false);
            return List.of();
        } catch (RuleRefused refused) {
            return refused.issues();
        }
    }

    public CompiledRule compileClause(Audience audience, List<Parameter> parameters, String expression) {
        return compile(audience, parameters, expression, SimpleType.BOOL, true);
    }

    public CompiledRule compileAmount(Audience audience, List<Parameter> parameters, String formula) {
        return compile(audience, parameters, formula, SimpleType.INT, false);
    }

    /** The clause as a PostgreSQL boolean expression; {@code identifiers} gives each identifier's SQL. */
    String toSql(CompiledRule rule, Function<String, String> identifiers) {
        return SqlTranslator.toSql(rule.ast(), identifiers);
    }

    private CompiledRule compile(Audience audience, List<Parameter> parameters, String expression, CelType result, boolean sqlSubset) {
        if (expression == null || expression.isBlank()) {
            throw new RuleRefused(List.of(new RuleIssue(1, 1, "empty", "")));
        }
        CelCompiler compiler = compiler(audience, parameters, result);
        CelValidationResult checked = compiler.compile(expression);
        if (checked.hasError()) {
            List<RuleIssue> issues = new ArrayList<>();
            for (CelIssue issue : checked.getErrors()) {
                CelSourceLocation at = issue.getSourceLocation();
                issues.add(new RuleIssue(Math.max(1, at.getLine()), at.getColumn() + 1, "cel", issue.getMessage()));
            }
            throw new RuleRefused(issues);
        }
        CelAbstractSyntaxTree ast;
        try {
            ast = checked.getAst();
        } catch (CelValidationException e) {
            throw new RuleRefused(List.of(new RuleIssue(1, 1, "cel", e.getMessage())));
        }
        Set<String> variables = new LinkedHashSet<>();
        Set<String> params = new LinkedHashSet<>();
        collectIdentifiers(ast.getExpr(), variables, params);
        List<CompiledRule.Conjunct> conjuncts = new ArrayList<>();
        if (sqlSubset) {
            try {
                SqlTranslator.toSql(ast, name -> name);
            } catch (SqlTranslator.Unsupported unsupported) {
                throw new RuleRefused(List.of(locate(ast, unsupported)));
            }
            for (CelExpr conjunct : SqlTranslator.conjuncts(ast.getExpr())) {
                String text = SqlTranslator.toCel(ast, conjunct, name -> name);
                try {
                    CelAbstractSyntaxTree part = compiler.compile(text).getAst();
                    conjuncts.add(new CompiledRule.Conjunct(part, program(part)));
                } catch (CelValidationException e) {
                    throw new IllegalStateException("The conjunct '" + text + "' of '" + expression + "' does not compile", e);
                }
            }
        }
        return new CompiledRule(expression, ast, program(ast), List.copyOf(variables), List.copyOf(params), conjuncts);
    }

    private static RuleIssue locate(CelAbstractSyntaxTree ast, SqlTranslator.Unsupported unsupported) {
        Integer offset = ast.getSource().getPositionsMap().get(unsupported.exprId);
        if (offset == null) {
            return new RuleIssue(1, 1, unsupported.code, unsupported.detail);
        }
        // CEL places a call at its opening parenthesis; the author looks for the function's name.
        String text = ast.getSource().getContent().toString();
        if (offset < text.length() && text.charAt(offset) == '(' && text.startsWith(unsupported.detail, offset - unsupported.detail.length())) {
            offset -= unsupported.detail.length();
        }
        return ast.getSource().getOffsetLocation(offset)
                .map(at -> new RuleIssue(Math.max(1, at.getLine()), at.getColumn() + 1, unsupported.code, unsupported.detail))
                .orElse(new RuleIssue(1, offset + 1, unsupported.code, unsupported.detail));
    }

    private static void collectIdentifiers(CelExpr expr, Set<String> variables, Set<String> params) {
        switch (expr.getKind()) {
            case IDENT -> {
                String name = expr.ident().name();
                (name.startsWith(PARAM) ? params : variables).add(name);
            }
            case CALL -> {
                expr.call().target().ifPresent(t -> collectIdentifiers(t, variables, params));
                expr.call().args().forEach(a -> collectIdentifiers(a, variables, params));
            }
            case LIST -> expr.list().elements().forEach(e -> collectIdentifiers(e, variables, params));
            default -> {
            }
        }
    }

    private static CelRuntime.Program program(CelAbstractSyntaxTree ast) {
        try {
            return RUNTIME.createProgram(ast);
        } catch (CelEvaluationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CelCompiler compiler(Audience audience, List<Parameter> parameters, CelType result) {
        CelCompilerBuilder builder = CelCompilerFactory.standardCelCompilerBuilder().setResultType(result);
        for (Variable variable : Variable.of(audience)) {
            builder.addVar(variable.variable(), celType(variable.type()));
        }
        for (Parameter parameter : parameters) {
            builder.addVar(PARAM + parameter.name(), celType(parameter.type()));
        }
        return builder.build();
    }

    static CelType celType(ValueType type) {
        return switch (type) {
            case INT -> SimpleType.INT;
            case DOUBLE -> SimpleType.DOUBLE;
            case STRING -> SimpleType.STRING;
            case BOOL -> SimpleType.BOOL;
        };
    }
}
