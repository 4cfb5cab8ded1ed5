package io.onewindow.tlog.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The record export format: the example export, the round trip, and every way an export is refused. */
class RecordExportDocumentTest {

    private static final String ORIGIN = "example.gov.cn/onewindow/log";

    private static String with(String member, Object value) {
        Map<String, Object> members = ExampleDocuments.members(ExampleDocuments.RECORD_EXPORT);
        members.put(member, value);
        return CanonicalJson.text(members);
    }

    private static String without(String member) {
        Map<String, Object> members = ExampleDocuments.members(ExampleDocuments.RECORD_EXPORT);
        members.remove(member);
        return CanonicalJson.text(members);
    }

    private static Map<String, Object> aRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", "9f0c4d2e-0000-4000-8000-000000000001");
        record.put("action", "audit.records.searched");
        record.put("subject", null);
        record.put("detail", Map.of("filters", Map.of("action", "identity.person.viewed"), "results", 3));
        return record;
    }

    @Test
    void theExampleExportIsReadAndWrittenBackByteForByte() {
        assertThat(RecordExportDocument.parse(ExampleDocuments.RECORD_EXPORT).toJson()).isEqualTo(ExampleDocuments.RECORD_EXPORT);
    }

    @Test
    void theExampleExportsSaltAndRecordGiveTheEntryOfTheExampleReceipt() {
        RecordExportDocument export = RecordExportDocument.parse(ExampleDocuments.RECORD_EXPORT);
        ReceiptDocument receipt = ReceiptDocument.parse(ExampleDocuments.RECEIPT);

        assertThat(export.recomputedCommitment()).isEqualTo(export.commitment()).isEqualTo(receipt.recordHash());
        assertThat(export.leafIndex()).isEqualTo(receipt.leafIndex());
        assertThat(export.record().get("id")).isEqualTo(receipt.id());
    }

    @Test
    void anExportReadsBackAsTheSameExportWithItsIntegersAsLong() {
        byte[] salt = RecordCommitment.newSalt();
        RecordExportDocument export = new RecordExportDocument(ORIGIN, 12L, salt, RecordCommitment.of(salt, aRecord()), aRecord());

        RecordExportDocument read = RecordExportDocument.parse(export.toJson());

        assertThat(read).isEqualTo(export);
        assertThat(read.recomputedCommitment()).isEqualTo(export.commitment());
        assertThat(((Map<?, ?>) read.record().get("detail")).get("results")).isEqualTo(3L);
    }

    @Test
    void anExportMadeBeforeTheRecordWasInTheLogHasANullIndex() {
        byte[] salt = RecordCommitment.newSalt();
        RecordExportDocument pending = new RecordExportDocument(ORIGIN, null, salt, RecordCommitment.of(salt, aRecord()), aRecord());

        assertThat(pending.toJson()).contains("\"leafIndex\":null");
        assertThat(RecordExportDocument.parse(pending.toJson())).isEqualTo(pending);
    }

    @Test
    void theRecordIsTheExportsOwn() {
        RecordExportDocument export = RecordExportDocument.parse(ExampleDocuments.RECORD_EXPORT);

        export.record().put("purpose", "curiosity");

        assertThat(export.toJson()).isEqualTo(ExampleDocuments.RECORD_EXPORT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"format", "origin", "leafIndex", "salt", "commitment", "record"})
    void aMissingMemberIsNamed(String member) {
        assertThatThrownBy(() -> RecordExportDocument.parse(without(member)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("malformed record export: member \"" + member + "\" is missing");
    }

    @Test
    void aMemberOfTheWrongTypeIsNamed() {
        assertThatThrownBy(() -> RecordExportDocument.parse(with("record", List.of())))
                .hasMessage("malformed record export: member \"record\" is not an object");
        assertThatThrownBy(() -> RecordExportDocument.parse(with("leafIndex", "4")))
                .hasMessage("malformed record export: member \"leafIndex\" is not an integer");
        assertThatThrownBy(() -> RecordExportDocument.parse(with("origin", 1)))
                .hasMessage("malformed record export: member \"origin\" is not a string");
        assertThatThrownBy(() -> RecordExportDocument.parse(with("salt", "M9tg6I+dYLMwJcE+u4HYgJnxg/j+HiBgvQA113ZGv5==")))
                .hasMessage("malformed record export: member \"salt\" is not the base64 of 32 bytes");
    }

    @Test
    void anotherFormatIsRefusedAsSuch() {
        assertThatThrownBy(() -> RecordExportDocument.parse(with("format", "onewindow-audit-record/2")))
                .hasMessage("unknown record export format \"onewindow-audit-record/2\" (this reader knows \"onewindow-audit-record/1\")");
        assertThatThrownBy(() -> RecordExportDocument.parse(ExampleDocuments.RECEIPT))
                .hasMessage("unknown record export format \"onewindow-receipt/1\" (this reader knows \"onewindow-audit-record/1\")");
    }

    @Test
    void aMemberTheFormatDoesNotDefineIsRefused() {
        assertThatThrownBy(() -> RecordExportDocument.parse(with("receipt", Map.of())))
                .hasMessage("malformed record export: unknown member \"receipt\"");
    }

    @Test
    void aRecordNoCommitmentCanCoverIsRefused() {
        byte[] salt = RecordCommitment.newSalt();

        assertThatThrownBy(() -> new RecordExportDocument(ORIGIN, 1L, salt, salt, Map.of("amount", 1.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fractions are not allowed");
    }
}
