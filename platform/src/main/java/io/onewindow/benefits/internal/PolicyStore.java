package io.onewindow.benefits.internal;

import io.onewindow.benefits.BenefitsError;
import io.onewindow.benefits.Clause;
import io.onewindow.benefits.DatedValue;
import io.onewindow.benefits.Parameter;
import io.onewindow.benefits.Policy;
import io.onewindow.benefits.PolicySaved;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The policies, each stored whole as JSON; saving checks every clause, parameter and the amount first. */
@Component
public class PolicyStore {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,39}");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RuleCompiler compiler;
    private final AuditedActions actions;
    private final Clock clock;

    public PolicyStore(JdbcClient jdbc, JsonMapper json, RuleCompiler compiler, AuditedActions actions, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.compiler = compiler;
        this.actions = actions;
        this.clock = clock;
    }

    public List<Policy> all() {
        return jdbc.sql("select definition from benefits.policy order by code").query(String.class).list().stream().map(this::read).toList();
    }

    public Optional<Policy> find(String code) {
        return jdbc.sql("select definition from benefits.policy where code = ?").param(code).query(String.class).optional().map(this::read);
    }

    public Policy require(String code) {
        return find(code).orElseThrow(() -> new DomainException(BenefitsError.POLICY_NOT_FOUND, Map.of("code", code)));
    }

    /** Saves the policy when all its rules check; otherwise throws, naming every field at fault, and changes nothing. */
    @Transactional
    public Policy save(Policy policy) {
        List<FieldViolation> violations = violations(policy);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String hash = PolicyRules.rulesHash(policy);
        jdbc.sql("""
                insert into benefits.policy (code, name, audience, department_code, definition, rules_hash, updated_at)
                values (:code, :name, :audience, :department, cast(:definition as jsonb), :hash, :at)
                on conflict (code) do update set name = excluded.name, audience = excluded.audience,
                    department_code = excluded.department_code, definition = excluded.definition,
                    rules_hash = excluded.rules_hash, updated_at = excluded.updated_at""")
                .param("code", policy.code()).param("name", policy.name()).param("audience", policy.audience().name())
                .param("department", policy.departmentCode()).param("definition", json.writeValueAsString(policy))
                .param("hash", hash).param("at", Timestamp.from(clock.instant())).update();
        actions.publish(trace -> new PolicySaved(policy.code(), hash, trace));
        return policy;
    }

    /** Throws what {@link #save} would refuse, naming every field at fault; saves nothing. */
    public void validate(Policy policy) {
        List<FieldViolation> violations = violations(policy);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    List<FieldViolation> violations(Policy policy) {
        List<FieldViolation> violations = new ArrayList<>();
        if (policy.code() == null || !CODE.matcher(policy.code()).matches()) {
            violations.add(FieldViolation.of("code", BenefitsError.REQUIRED));
        }
        if (blank(policy.name())) {
            violations.add(FieldViolation.of("name", BenefitsError.REQUIRED));
        }
        if (blank(policy.departmentCode())) {
            violations.add(FieldViolation.of("departmentCode", BenefitsError.REQUIRED));
        }
        if (policy.audience() == null || policy.effectiveFrom() == null || policy.amount() == null) {
            violations.add(FieldViolation.of("audience", BenefitsError.REQUIRED));
            return violations;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < policy.parameters().size(); i++) {
            Parameter parameter = policy.parameters().get(i);
            if (parameter.name() == null || !NAME.matcher(parameter.name()).matches() || !names.add(parameter.name())
                    || parameter.type() == null || parameter.values().isEmpty()) {
                violations.add(new FieldViolation("parameters[" + i + "]", BenefitsError.PARAMETER_INVALID,
                        Map.of("name", String.valueOf(parameter.name()), "date", "")));
                continue;
            }
            for (DatedValue value : parameter.values()) {
                try {
                    parameter.type().parse(value.value());
                } catch (RuntimeException e) {
                    violations.add(new FieldViolation("parameters[" + i + "]", BenefitsError.PARAMETER_INVALID,
                            Map.of("name", parameter.name(), "date", String.valueOf(value.from()))));
                }
            }
        }
        if (policy.clauses().isEmpty()) {
            violations.add(FieldViolation.of("clauses", BenefitsError.REQUIRED));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < policy.clauses().size(); i++) {
            Clause clause = policy.clauses().get(i);
            if (blank(clause.key()) || !keys.add(clause.key()) || blank(clause.name())) {
                violations.add(FieldViolation.of("clauses[" + i + "].name", BenefitsError.REQUIRED));
            }
            for (RuleIssue issue : compiler.checkClause(policy.audience(), policy.parameters(), clause.expression())) {
                violations.add(ruleViolation("clauses[" + i + "].expression", issue));
            }
        }
        if (policy.amount().formula() != null) {
            for (RuleIssue issue : compiler.checkAmount(policy.audience(), policy.parameters(), policy.amount().formula())) {
                violations.add(ruleViolation("amount", issue));
            }
        } else if (policy.amount().fixedFen() == null || policy.amount().fixedFen() < 0) {
            violations.add(FieldViolation.of("amount", BenefitsError.REQUIRED));
        }
        return violations;
    }

    private static FieldViolation ruleViolation(String field, RuleIssue issue) {
        BenefitsError error = issue.code().equals("cel") || issue.code().equals("empty") ? BenefitsError.RULE_INVALID : BenefitsError.RULE_OUTSIDE_SQL;
        return new FieldViolation(field, error,
                Map.of("line", issue.line(), "column", issue.column(), "code", issue.code(), "detail", issue.detail()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private Policy read(String definition) {
        return json.readValue(definition, Policy.class);
    }
}
