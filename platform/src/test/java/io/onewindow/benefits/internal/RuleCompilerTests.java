package io.onewindow.benefits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.benefits.Audience;
import io.onewindow.benefits.DatedValue;
import io.onewindow.benefits.Parameter;
import io.onewindow.benefits.ValueType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What authors are told while they write a rule: the error and where it is. */
class RuleCompilerTests {

    final RuleCompiler compiler = new RuleCompiler();
    final List<Parameter> params = List.of(new Parameter("min_age", ValueType.INT, "", List.of(new DatedValue(LocalDate.of(2020, 1, 1), "80"))));

    @Test
    void aWellTypedClauseIsAccepted() {
        assertThat(compiler.checkClause(Audience.PERSON, params, "age >= param.min_age && hukou_local")).isEmpty();
    }

    @Test
    void anUnknownVariableIsReportedAtItsColumn() {
        assertThat(compiler.checkClause(Audience.PERSON, params, "age >= 80 && salary > 3"))
                .singleElement().satisfies(issue -> {
                    assertThat(issue.code()).isEqualTo("cel");
                    assertThat(issue.column()).isEqualTo(14);
                    assertThat(issue.detail()).contains("salary");
                });
    }

    @Test
    void comparingANumberWithTextIsATypeError() {
        assertThat(compiler.checkClause(Audience.PERSON, params, "age >= \"80\"")).singleElement()
                .satisfies(issue -> assertThat(issue.detail()).contains("no matching overload"));
    }

    @Test
    void aClauseMustBeTrueOrFalse() {
        assertThat(compiler.checkClause(Audience.PERSON, params, "age + 1")).isNotEmpty();
    }

    @Test
    void enterpriseVariablesAreNotPersonVariables() {
        assertThat(compiler.checkClause(Audience.PERSON, params, "headcount > 3")).isNotEmpty();
        assertThat(compiler.checkClause(Audience.ENTERPRISE, List.of(), "headcount > 3")).isEmpty();
    }

    @Test
    void functionsOutsideTheSqlSubsetAreRefusedWithTheirPosition() {
        assertThat(compiler.checkClause(Audience.PERSON, params, "hukou_local && division.matches(\"^3702\")"))
                .singleElement().satisfies(issue -> {
                    assertThat(issue.code()).isEqualTo("unsupported-function");
                    assertThat(issue.detail()).isEqualTo("matches");
                    assertThat(issue.column()).as("the m of matches").isEqualTo(25);
                });
        assertThat(compiler.checkClause(Audience.PERSON, params, "age / 2 > 40")).singleElement()
                .satisfies(issue -> assertThat(issue.code()).isEqualTo("unsupported-function"));
        assertThat(compiler.checkClause(Audience.PERSON, params, "size(division) == 12")).isNotEmpty();
    }

    @Test
    void orderingTextIsRefusedBecauseCollationsDiffer() {
        assertThat(compiler.checkClause(Audience.PERSON, params, "division > \"3702\"")).singleElement()
                .satisfies(issue -> assertThat(issue.code()).isEqualTo("numbers-only"));
    }

    @Test
    void membershipOnlyInAListOfLiterals() {
        assertThat(compiler.checkClause(Audience.PERSON, params, "employment in [\"RETIRED\", \"NONE\"]")).isEmpty();
        assertThat(compiler.checkClause(Audience.PERSON, params, "employment in [insurance]")).singleElement()
                .satisfies(issue -> assertThat(issue.code()).isEqualTo("in-literal-list-only"));
    }

    @Test
    void anAmountFormulaMayUseAnyIntExpression() {
        assertThat(compiler.checkAmount(Audience.PERSON, params, "age >= 90 ? 300 : 100")).isEmpty();
        assertThat(compiler.checkAmount(Audience.PERSON, params, "age >= 90")).isNotEmpty();
    }
}
