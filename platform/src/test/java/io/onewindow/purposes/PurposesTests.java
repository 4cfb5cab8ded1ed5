package io.onewindow.purposes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest(extraIncludes = "identity")
class PurposesTests {

    @Autowired
    Purposes purposes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDefinedPurposeCanBeRequiredNamedInBothLanguagesAndItsDefinitionIsAnAuditedAction() {
        String code = code();
        purposes.define(new NewPurpose(code, "低保资格复核", "Reviewing minimum-subsistence eligibility", "《社会救助暂行办法》第十一条"));

        assertThat(purposes.require(code).legalBasis()).isEqualTo("《社会救助暂行办法》第十一条");
        assertThat(purposes.nameOf(code, Locale.ENGLISH)).isEqualTo("Reviewing minimum-subsistence eligibility");
        assertThat(purposes.nameOf(code, Locale.SIMPLIFIED_CHINESE)).isEqualTo("低保资格复核");
        assertThat(jdbc.sql("select count(*) from audit.record where object_id = ?").param(code).query(Long.class).single())
                .as("the definition's audit record").isOne();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        long before = purposes.all().size();

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> purposes.define(new NewPurpose("Bad Code!", "", "", "x".repeat(501))));

        assertThat(refused.violations()).extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("code", PurposeError.CODE_INVALID),
                org.assertj.core.groups.Tuple.tuple("name", PurposeError.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("nameEn", PurposeError.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("legalBasis", PurposeError.TOO_LONG));
        assertThat(purposes.all()).hasSize((int) before);
    }

    @Test
    void aRetiredPurposeIsRefusedForNewUsesButStillNamesTheRecordsMadeUnderIt() {
        String code = code();
        purposes.define(new NewPurpose(code, "临时核查", "A temporary check", "《个人信息保护法》第十三条"));

        purposes.retire(code);

        DomainException refused = catchThrowableOfType(DomainException.class, () -> purposes.require(code));
        assertThat(refused.code()).isEqualTo(PurposeError.UNKNOWN);
        assertThat(purposes.active()).extracting(Purpose::code).doesNotContain(code);
        assertThat(purposes.find(code)).get().extracting(Purpose::active).isEqualTo(false);
        assertThat(purposes.nameOf(code, Locale.SIMPLIFIED_CHINESE)).isEqualTo("临时核查");
    }

    private static String code() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
