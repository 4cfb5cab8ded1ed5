package io.onewindow.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.cases.CaseError;
import io.onewindow.catalogue.Text;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Answers checked against the catalogue's schema profile, as the server does before anything is kept, and
 * uploads recognised by their content: each rule refuses with the field and the code that names it.
 */
class AnswerRulesTests {

    @Test
    void aStringIsCheckedForLengthInCharactersAndForItsPattern() {
        ApplicationForm.Question name = question(Map.of("type", "string", "minLength", 2, "maxLength", 4), true);
        assertThat(AnswerRules.check(name, "王记").value()).isEqualTo("王记");
        assertThat(code(name, "王")).isEqualTo(CaseError.ANSWER_TOO_SHORT);
        assertThat(code(name, "王记水饺店")).isEqualTo(CaseError.ANSWER_TOO_LONG);
        assertThat(code(name, "  ")).isEqualTo(CaseError.ANSWER_REQUIRED);
        ApplicationForm.Question phone = question(Map.of("type", "string", "pattern", "^1[3-9][0-9]{9}$"), true);
        assertThat(code(phone, "12345678901")).isEqualTo(CaseError.ANSWER_PATTERN);
        assertThat(AnswerRules.check(phone, " 13912345678 ").value()).isEqualTo("13912345678");
    }

    @Test
    void numbersIntegersChoicesDatesAndYesNoAreTypedAndBounded() {
        ApplicationForm.Question area = question(Map.of("type", "number", "minimum", 1, "maximum", 100000), true);
        assertThat(AnswerRules.check(area, "80.5").value()).isEqualTo(new BigDecimal("80.5"));
        assertThat(code(area, "0")).isEqualTo(CaseError.ANSWER_TOO_SMALL);
        assertThat(code(area, "八十")).isEqualTo(CaseError.ANSWER_NOT_A_NUMBER);
        ApplicationForm.Question staff = question(Map.of("type", "integer"), false);
        assertThat(AnswerRules.check(staff, "12").value()).isEqualTo(12L);
        assertThat(code(staff, "1.5")).isEqualTo(CaseError.ANSWER_NOT_AN_INTEGER);
        assertThat(AnswerRules.check(staff, "").value()).as("an optional answer may be left empty").isNull();
        assertThat(code(question(Map.of("type", "string", "enum", List.of("A", "B")), true), "C")).isEqualTo(CaseError.ANSWER_CHOICE);
        assertThat(code(question(Map.of("type", "string", "format", "date"), true), "2026-02-30")).isEqualTo(CaseError.ANSWER_DATE);
        assertThat(code(question(Map.of("type", "boolean"), true), "maybe")).isEqualTo(CaseError.ANSWER_BOOLEAN);
    }

    @Test
    void anUploadIsAcceptedOnlyAsPdfPngOrJpegByItsFirstBytesAndWithinTheLimit() {
        assertThat(UploadRules.check("%PDF-1.7".getBytes(), 100)).isEqualTo("application/pdf");
        assertThat(UploadRules.check(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, 100)).isEqualTo("image/jpeg");
        assertThatThrownBy(() -> UploadRules.check("MZ\u0090\u0000 an executable".getBytes(), 100))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(CaseError.UPLOAD_TYPE));
        assertThatThrownBy(() -> UploadRules.check("%PDF-1.7 and more".getBytes(), 10))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(CaseError.UPLOAD_TOO_LARGE));
        assertThatThrownBy(() -> UploadRules.check(new byte[0], 10))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(CaseError.UPLOAD_EMPTY));
    }

    private static CaseError code(ApplicationForm.Question question, String raw) {
        FieldViolation violation = AnswerRules.check(question, raw).violation().orElseThrow();
        assertThat(violation.field()).isEqualTo(question.key());
        return (CaseError) violation.code();
    }

    private static ApplicationForm.Question question(Map<String, Object> schema, boolean required) {
        return new ApplicationForm.Question("answer", Text.of("问题", "Question"), null, null, schema, required, List.of(),
                List.of(new ApplicationForm.Target("370200-XZSP-XK-0001", "answer")));
    }
}
