package io.onewindow.tlog.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void membersAreSortedByUtf16CodeUnitsWhateverTheInsertionOrder() {
        // RFC 8785 §3.2.3 example: "\u20ac" (€) sorts after "\r" and "1", and surrogate pairs by code unit.
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("\u20ac", "Euro Sign");
        object.put("\r", "Carriage Return");
        object.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
        object.put("1", "One");
        object.put("\ud83d\ude00", "Emoji: Grinning Face");
        object.put("\u0080", "Control");
        object.put("\u00f6", "Latin Small Letter O With Diaeresis");

        assertThat(CanonicalJson.text(object)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
        Map<String, Object> inOrder = new LinkedHashMap<>();
        new java.util.TreeMap<>(object).forEach(inOrder::put);
        assertThat(CanonicalJson.text(inOrder)).as("members given in order").isEqualTo(CanonicalJson.text(object));
        Map<String, Object> almost = new LinkedHashMap<>(inOrder);
        almost.remove("1");
        almost.put("1", "One");
        assertThat(CanonicalJson.text(almost)).as("in order but for the last").isEqualTo(CanonicalJson.text(object));
    }

    @Test
    void stringsUseTheShortestEscapesAndKeepChineseLiteral() {
        assertThat(CanonicalJson.text(List.of("张三\n\"\\\u0001", true, 42, -7)))
                .isEqualTo("[\"张三\\n\\\"\\\\\\u0001\",true,42,-7]");
    }

    @Test
    void everyControlCharacterIsEscapedAndTheTextAroundEscapesIsKeptWhole() {
        StringBuilder all = new StringBuilder();
        StringBuilder expected = new StringBuilder("\"");
        for (char c = 0; c < 0x20; c++) {
            all.append(c).append("é");
            String escape = switch (c) {
                case '\b' -> "\\b";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\f' -> "\\f";
                case '\r' -> "\\r";
                default -> String.format("\\u%04x", (int) c);
            };
            expected.append(escape).append("é");
        }
        expected.append("\"");

        assertThat(CanonicalJson.text(all.toString())).isEqualTo(expected.toString());
        assertThat(CanonicalJson.text("\"\"ab\\")).isEqualTo("\"\\\"\\\"ab\\\\\"");
        assertThat(CanonicalJson.text("")).isEqualTo("\"\"");
        assertThat(CanonicalJson.text("\u007f\u2028")).as("JSON.stringify leaves DEL and U+2028 literal").isEqualTo("\"\u007f\u2028\"");
    }

    @Test
    void theBytesAreTheTextInUtf8AsJavaEncodesItWithALoneSurrogateAsAQuestionMark() {
        // One, two, three and four bytes a character; a pair of surrogates as one character; a surrogate without its pair
        // (which UTF-8 cannot hold) as '?', as String.getBytes writes it, so that records committed before read the same.
        String text = "a\u00e9张\ud83d\ude00\ud83d|\ude00|\ud83d";
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("name", text);
        record.put("list", List.of(text, 1, false));

        byte[] expected = ("{\"list\":[\"" + text + "\",1,false],\"name\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8);

        assertThat(CanonicalJson.bytes(record)).isEqualTo(expected);
        assertThat(new String(expected, StandardCharsets.UTF_8)).contains("a\u00e9张\ud83d\ude00?|?|?");
        assertThat(CanonicalJson.text(record)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        String longText = "记录".repeat(5_000) + "\"";
        assertThat(CanonicalJson.bytes(longText)).as("a text longer than the first buffer")
                .isEqualTo(("\"" + "记录".repeat(5_000) + "\\\"\"").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aValueWrittenBeforeIsPutIntoALargerOneAsItsOwnCanonicalForm() {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("outcome", "准予许可");
        detail.put("amount", 12_000);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", "r-1");
        record.put("detail", detail);
        Map<String, Object> withWritten = new LinkedHashMap<>(record);
        withWritten.put("detail", CanonicalJson.written(detail));

        assertThat(CanonicalJson.written(detail).text()).isEqualTo("{\"amount\":12000,\"outcome\":\"准予许可\"}");
        assertThat(CanonicalJson.bytes(withWritten)).isEqualTo(CanonicalJson.bytes(record));
    }

    @Test
    void fractionsAndUnsafeIntegersAreRefused() {
        assertThatThrownBy(() -> CanonicalJson.text(Map.of("amount", 1.5))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.text(1L << 54)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.text(Long.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(CanonicalJson.text(-CanonicalJson.MAX_SAFE_INTEGER)).isEqualTo("-9007199254740991");
    }

    @Test
    void aCommitmentChangesWithAnyCharacterOfTheRecordAndWithTheSalt() {
        byte[] salt = RecordCommitment.newSalt();
        byte[] commitment = RecordCommitment.of(salt, Map.of("action", "identity.person.registered", "subject", "a"));

        assertThat(RecordCommitment.of(salt, Map.of("subject", "a", "action", "identity.person.registered"))).isEqualTo(commitment);
        assertThat(RecordCommitment.of(salt, Map.of("action", "identity.person.registered", "subject", "b"))).isNotEqualTo(commitment);
        assertThat(RecordCommitment.of(RecordCommitment.newSalt(), Map.of("action", "identity.person.registered", "subject", "a")))
                .isNotEqualTo(commitment);
    }
}
