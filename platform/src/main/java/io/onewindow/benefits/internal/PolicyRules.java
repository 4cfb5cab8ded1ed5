package io.onewindow.benefits.internal;

import io.onewindow.benefits.Amount;
import io.onewindow.benefits.BenefitsError;
import io.onewindow.benefits.Clause;
import io.onewindow.benefits.ClauseOutcome;
import io.onewindow.benefits.DatedValue;
import io.onewindow.benefits.Decision;
import io.onewindow.benefits.Parameter;
import io.onewindow.benefits.Policy;
import io.onewindow.kernel.error.DomainException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Decides a policy for one subject's facts on a date with the CEL interpreter, clause by clause, and writes
 * the same clauses as SQL for a matching run. Compiled policies are kept by the hash of their rules, so a
 * live check only evaluates.
 */
@Component
public class PolicyRules {

    private final RuleCompiler compiler;
    private final Map<String, CompiledPolicy> compiled = new ConcurrentHashMap<>();

    public PolicyRules(RuleCompiler compiler) {
        this.compiler = compiler;
    }

    /** The hash of what decides eligibility and amount: audience, period, clauses, parameters, amount. */
    public static String rulesHash(Policy policy) {
        StringBuilder text = new StringBuilder().append(policy.audience()).append('|').append(policy.effectiveFrom()).append('|')
                .append(policy.effectiveTo()).append('|');
        for (Clause clause : policy.clauses()) {
            text.append("clause:").append(clause.key()).append('=').append(clause.expression()).append('\n');
        }
        for (Parameter parameter : policy.parameters()) {
            text.append("param:").append(parameter.name()).append(':').append(parameter.type());
            for (DatedValue value : parameter.values()) {
                text.append(';').append(value.from()).append('=').append(value.value());
            }
            text.append('\n');
        }
        Amount amount = policy.amount();
        text.append("amount:").append(amount.fixedFen()).append('|').append(amount.formula());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    CompiledPolicy compile(Policy policy) {
        String hash = rulesHash(policy);
        return compiled.computeIfAbsent(policy.code() + "@" + hash, key -> {
            List<CompiledRule> clauses = policy.clauses().stream()
                    .map(c -> compiler.compileClause(policy.audience(), policy.parameters(), c.expression())).toList();
            CompiledRule amount = policy.amount().formula() == null ? null
                    : compiler.compileAmount(policy.audience(), policy.parameters(), policy.amount().formula());
            return new CompiledPolicy(policy, hash, clauses, amount);
        });
    }

    /** Each parameter's value in force on the date, by its name in rules ({@code param.<name>}). */
    public static Map<String, Object> parametersOn(Policy policy, LocalDate date) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Parameter parameter : policy.parameters()) {
            DatedValue value = parameter.inForceOn(date).orElseThrow(() -> new DomainException(BenefitsError.PARAMETER_INVALID,
                    Map.of("name", parameter.name(), "date", date.toString())));
            values.put(RuleCompiler.PARAM + parameter.name(), parameter.type().parse(value.value()));
        }
        return values;
    }

    /** Decides the policy for one subject's facts (variable name to value) on the date. */
    public Decision decide(Policy policy, Map<String, Object> facts, LocalDate date) {
        CompiledPolicy rules = compile(policy);
        Map<String, Object> parameters = parametersOn(policy, date);
        Map<String, Object> activation = new HashMap<>(facts);
        activation.putAll(parameters);
        List<ClauseOutcome> outcomes = new ArrayList<>();
        boolean all = true;
        for (int i = 0; i < policy.clauses().size(); i++) {
            Clause clause = policy.clauses().get(i);
            CompiledRule rule = rules.clauses().get(i);
            boolean holds = rule.holds(activation);
            all &= holds;
            Map<String, Object> inputs = new LinkedHashMap<>();
            rule.variables().forEach(v -> inputs.put(v, activation.get(v)));
            Map<String, Object> used = new LinkedHashMap<>();
            rule.parameters().forEach(p -> used.put(p.substring(RuleCompiler.PARAM.length()), activation.get(p)));
            List<String> unmet = holds ? List.of() : rule.conjuncts().stream()
                    .filter(c -> !Boolean.TRUE.equals(evaluate(c, activation)))
                    .map(c -> c.text(name -> name.startsWith(RuleCompiler.PARAM) ? literal(activation.get(name)) : name))
                    .toList();
            outcomes.add(new ClauseOutcome(clause.key(), clause.name(), clause.legalReference(), clause.expression(), holds,
                    inputs, used, unmet));
        }
        boolean inForce = policy.inForceOn(date);
        boolean eligible = inForce && all;
        long amount = eligible ? amount(rules, activation) : 0L;
        return new Decision(policy.code(), rules.rulesHash(), date, inForce, eligible, amount, outcomes);
    }

    /** The amount (fen) the policy pays a subject with these facts on the date. */
    public long amount(Policy policy, Map<String, Object> facts, LocalDate date) {
        Map<String, Object> activation = new HashMap<>(facts);
        activation.putAll(parametersOn(policy, date));
        return amount(compile(policy), activation);
    }

    private static long amount(CompiledPolicy rules, Map<String, Object> activation) {
        if (rules.amount() == null) {
            return rules.policy().amount().fixedFen();
        }
        return Math.max(0L, ((Number) rules.amount().evaluate(activation)).longValue());
    }

    /** Each clause as SQL over {@code f} (the audience's facts table) with the parameters in force on the date. */
    public List<String> clausesAsSql(Policy policy, LocalDate date) {
        CompiledPolicy rules = compile(policy);
        Map<String, Object> parameters = parametersOn(policy, date);
        String dateLiteral = "DATE '" + date + "'";
        return rules.clauses().stream().map(rule -> compiler.toSql(rule, name -> {
            if (name.startsWith(RuleCompiler.PARAM)) {
                return sqlLiteral(parameters.get(name));
            }
            return Variable.find(policy.audience(), name).orElseThrow().sql().replace(":date", dateLiteral);
        })).toList();
    }

    private static Object evaluate(CompiledRule.Conjunct conjunct, Map<String, Object> activation) {
        try {
            return conjunct.program().eval(activation);
        } catch (dev.cel.runtime.CelEvaluationException e) {
            return Boolean.FALSE;
        }
    }

    private static String literal(Object value) {
        return value instanceof String text ? '"' + text + '"' : String.valueOf(value);
    }

    static String sqlLiteral(Object value) {
        if (value instanceof String text) {
            return "'" + text.replace("'", "''") + "'";
        }
        if (value instanceof Double number) {
            return "(" + number + ")::float8";
        }
        if (value instanceof Boolean bool) {
            return bool ? "TRUE" : "FALSE";
        }
        return String.valueOf(value);
    }
}
