package io.onewindow.benefits.internal;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a type-checked rule into a PostgreSQL boolean expression, and into CEL text again (for explanations).
 * Only the subset whose meaning is the same in both is accepted: literals, variables, parameters,
 * {@code && || !}, {@code == !=}, ordering and {@code + - *} on numbers (not on strings: collations differ),
 * {@code ? :}, {@code x in [literals or parameters]} and {@code s.startsWith(literal or parameter)}. Division is left out (CEL and SQL
 * disagree on the sign of a remainder and on division by zero); so is everything else, refused with the
 * expression at fault.
 */
final class SqlTranslator {

    /** The part of a rule outside the subset. */
    static final class Unsupported extends RuntimeException {
        final long exprId;
        final String code;
        final String detail;

        Unsupported(long exprId, String code, String detail) {
            super(code + ": " + detail);
            this.exprId = exprId;
            this.code = code;
            this.detail = detail;
        }
    }

    private final CelAbstractSyntaxTree ast;
    private final Function<String, String> identifiers;
    private final boolean sql;

    private SqlTranslator(CelAbstractSyntaxTree ast, Function<String, String> identifiers, boolean sql) {
        this.ast = ast;
        this.identifiers = identifiers;
        this.sql = sql;
    }

    /** The SQL of the rule; {@code identifiers} gives each variable's or parameter's SQL. */
    static String toSql(CelAbstractSyntaxTree ast, Function<String, String> identifiers) {
        return new SqlTranslator(ast, identifiers, true).render(ast.getExpr());
    }

    /** The rule as CEL text, with each identifier written as {@code identifiers} says (itself, or a value). */
    static String toCel(CelAbstractSyntaxTree ast, CelExpr expr, Function<String, String> identifiers) {
        return new SqlTranslator(ast, identifiers, false).render(expr);
    }

    /** The conjuncts of the rule's top-level {@code &&} chain (the rule itself when it is no conjunction). */
    static List<CelExpr> conjuncts(CelExpr expr) {
        if (expr.getKind() == CelExpr.ExprKind.Kind.CALL && expr.call().function().equals("_&&_") && expr.call().target().isEmpty()) {
            return expr.call().args().stream().flatMap(a -> conjuncts(a).stream()).toList();
        }
        return List.of(expr);
    }

    private String render(CelExpr expr) {
        return switch (expr.getKind()) {
            case CONSTANT -> constant(expr.id(), expr.constant());
            case IDENT -> identifiers.apply(expr.ident().name());
            case CALL -> call(expr);
            default -> throw new Unsupported(expr.id(), "unsupported-expression", expr.getKind().name().toLowerCase());
        };
    }

    private String constant(long id, CelConstant constant) {
        return switch (constant.getKind()) {
            case INT64_VALUE -> Long.toString(constant.int64Value());
            case DOUBLE_VALUE -> {
                double value = constant.doubleValue();
                if (Double.isNaN(value) || Double.isInfinite(value)) {
                    throw new Unsupported(id, "unsupported-expression", Double.toString(value));
                }
                yield sql ? "(" + value + ")::float8" : Double.toString(value);
            }
            case STRING_VALUE -> sql ? "'" + constant.stringValue().replace("'", "''") + "'" : quoted(constant.stringValue());
            case BOOLEAN_VALUE -> sql ? (constant.booleanValue() ? "TRUE" : "FALSE") : Boolean.toString(constant.booleanValue());
            default -> throw new Unsupported(id, "unsupported-literal", constant.getKind().name().toLowerCase());
        };
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private String call(CelExpr expr) {
        String function = expr.call().function();
        List<CelExpr> args = expr.call().args();
        if (expr.call().target().isPresent()) {
            CelExpr target = expr.call().target().get();
            if (function.equals("startsWith") && args.size() == 1 && fixed(args.get(0))) {
                return sql ? "(" + render(target) + " LIKE " + prefixPattern(render(args.get(0))) + ")"
                        : render(target) + ".startsWith(" + render(args.get(0)) + ")";
            }
            throw new Unsupported(expr.id(), "unsupported-function", function);
        }
        return switch (function) {
            case "_&&_" -> binary(args, sql ? "AND" : "&&");
            case "_||_" -> binary(args, sql ? "OR" : "||");
            case "!_" -> sql ? "(NOT " + render(args.get(0)) + ")" : "!" + wrap(args.get(0));
            case "_==_" -> binary(args, sql ? "=" : "==");
            case "_!=_" -> binary(args, sql ? "<>" : "!=");
            case "_<_", "_<=_", "_>_", "_>=_" -> {
                numeric(expr, args.get(0));
                yield binary(args, function.substring(1, function.length() - 1));
            }
            case "_+_", "_-_", "_*_" -> {
                numeric(expr, args.get(0));
                yield binary(args, function.substring(1, 2));
            }
            case "-_" -> {
                numeric(expr, args.get(0));
                yield "(-" + render(args.get(0)) + ")";
            }
            case "_?_:_" -> sql
                    ? "(CASE WHEN " + render(args.get(0)) + " THEN " + render(args.get(1)) + " ELSE " + render(args.get(2)) + " END)"
                    : "(" + render(args.get(0)) + " ? " + render(args.get(1)) + " : " + render(args.get(2)) + ")";
            case "@in" -> in(expr, args.get(0), args.get(1));
            default -> throw new Unsupported(expr.id(), "unsupported-function", function.replace("_", ""));
        };
    }

    /**
     * The LIKE pattern of the strings starting with a fixed value: its wildcards and escape character escaped, then
     * {@code %}. PostgreSQL folds it to a constant once per statement, and LIKE with a constant prefix tests a row in
     * three quarters of the time {@code starts_with} takes.
     */
    private static String prefixPattern(String value) {
        return "(replace(replace(replace(" + value + ", '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')";
    }

    /** A literal or a parameter: a value fixed for the whole run. */
    private static boolean fixed(CelExpr expr) {
        return expr.getKind() == CelExpr.ExprKind.Kind.CONSTANT
                || expr.getKind() == CelExpr.ExprKind.Kind.IDENT && expr.ident().name().startsWith(RuleCompiler.PARAM);
    }

    private String binary(List<CelExpr> args, String operator) {
        return "(" + render(args.get(0)) + " " + operator + " " + render(args.get(1)) + ")";
    }

    private String wrap(CelExpr expr) {
        String text = render(expr);
        return text.startsWith("(") ? text : "(" + text + ")";
    }

    private void numeric(CelExpr call, CelExpr operand) {
        CelType type = ast.getType(operand.id()).orElse(SimpleType.DYN);
        if (!type.equals(SimpleType.INT) && !type.equals(SimpleType.DOUBLE)) {
            throw new Unsupported(call.id(), "numbers-only", type.name());
        }
    }

    private String in(CelExpr call, CelExpr element, CelExpr list) {
        if (list.getKind() != CelExpr.ExprKind.Kind.LIST
                || list.list().elements().stream().anyMatch(e -> !fixed(e))) {
            throw new Unsupported(call.id(), "in-literal-list-only", "in");
        }
        if (list.list().elements().isEmpty()) {
            return sql ? "FALSE" : "(" + render(element) + " in [])";
        }
        String items = list.list().elements().stream().map(this::render).collect(Collectors.joining(", "));
        return sql ? "(" + render(element) + " IN (" + items + "))" : "(" + render(element) + " in [" + items + "])";
    }
}
