package io.onewindow.tlog.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The strict JSON reader: what it reads, that canonicalising what it read gives RFC 8785's output for the
 * RFC's examples (without their fractions), and everything it refuses.
 */
class JsonReaderTest {

    private static String canonical(String json) {
        return CanonicalJson.text(JsonReader.parse(json));
    }

    @Test
    void readsEveryKindOfValueKeepingTheOrderOfMembers() {
        Object value = JsonReader.parse(" {\"z\": [1, -2, 0, true, false, null], \"a\": {\"s\": \"张三\"}, \"m\": -0}\n");

        assertThat(value).isInstanceOf(LinkedHashMap.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) value;
        assertThat(object.keySet()).containsExactly("z", "a", "m");
        assertThat((List<Object>) object.get("z")).containsExactly(1L, -2L, 0L, true, false, null);
        assertThat(object.get("a")).isEqualTo(Map.of("s", "张三"));
        assertThat(object.get("m")).isEqualTo(0L);
    }

    @Test
    void theRfc8785SortingExampleCanonicalisesAsTheRfcShows() {
        String input = "{\n  \"\\u20ac\": \"Euro Sign\",\n  \"\\r\": \"Carriage Return\",\n"
                + "  \"\\ufb33\": \"Hebrew Letter Dalet With Dagesh\",\n  \"1\": \"One\",\n"
                + "  \"\\ud83d\\ude00\": \"Emoji: Grinning Face\",\n  \"\\u0080\": \"Control\",\n"
                + "  \"\\u00f6\": \"Latin Small Letter O With Diaeresis\"\n}";

        assertThat(canonical(input)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void theRfc8785StringExampleUsesTheShortestEscapes() {
        // RFC 8785 §3.2.2 example, without its numbers, which have fractions and exponents.
        String input = "{\"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\", \"literals\": [null, true, false]}";

        assertThat(canonical(input)).isEqualTo("{\"literals\":[null,true,false],\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void nestedObjectsAreSortedAtEveryLevelAndWhitespaceGoes() {
        String input = "{\n  \"1\": {\"f\": {\"f\": \"hi\",\"F\": 5} ,\"\\n\": 56},\n  \"10\": { },\n  \"\": \"empty\",\n"
                + "  \"a\": { },\n  \"111\": [ { } ],\n  \"A\": { }\n}";

        assertThat(canonical(input)).isEqualTo("{\"\":\"empty\",\"1\":{\"\\n\":56,\"f\":{\"F\":5,\"f\":\"hi\"}},\"10\":{},\"111\":[{}],\"A\":{},\"a\":{}}");
    }

    @Test
    void namesSortByCodeUnitsNotByLocaleAndUnicodeIsNotNormalised() {
        assertThat(canonical("{\"sin\": 1, \"p\u00eache\": 2, \"p\u00e9ch\u00e9\": 3, \"peach\": 4}"))
                .isEqualTo("{\"peach\":4,\"p\u00e9ch\u00e9\":3,\"p\u00eache\":2,\"sin\":1}");
        assertThat(canonical("{\"Unnormalized Unicode\":\"\\u1e0d\\u0307\"}")).isEqualTo("{\"Unnormalized Unicode\":\"\u1e0d\u0307\"}");
        assertThat(canonical("{\"</script>\": \"Control\\u007f\", \"\\ud83d\\ude02\": \"Smiley\", \"1\": \"One\"}"))
                .isEqualTo("{\"1\":\"One\",\"</script>\":\"Control\u007f\",\"\ud83d\ude02\":\"Smiley\"}");
    }

    @Test
    void canonicalTextReadsBackToItself() {
        String canonical = "{\"a\":[1,-9007199254740991,9007199254740991,\"\\u001f\\t\"],\"b\":{\"\":null},\"c\":\"\ud83d\ude00\"}";

        assertThat(canonical(canonical)).isEqualTo(canonical);
    }

    @Test
    void aRecordReadFromItsExportGivesTheCommitmentOfTheOriginal() {
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("username", "officer");
        actor.put("name", "赵敏");
        actor.put("role", null);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", "9f0c4d2e-0000-4000-8000-000000000001");
        record.put("actor", actor);
        record.put("detail", Map.of("pages", 3, "flags", List.of(true, false)));
        byte[] salt = RecordCommitment.newSalt();

        String exported = "{ \"detail\": {\"flags\": [true, false], \"pages\": 3},\n \"actor\": {\"role\": null, "
                + "\"name\": \"\\u8d75\\u654f\", \"username\": \"officer\"}, \"id\": \"9f0c4d2e-0000-4000-8000-000000000001\" }";

        assertThat(RecordCommitment.of(salt, JsonReader.parse(exported))).isEqualTo(RecordCommitment.of(salt, record));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1.5", "1e3", "1E3", "-0.0", "2.", "9007199254740992", "-9007199254740992", "123456789012345678901234",
        "01", "-", "+1", "--1",
        "{\"a\":1,\"a\":2}", "{\"a\":{\"b\":1,\"b\":1}}",
        "{} x", "[1] [2]", "truex", "nul", "",
        "\"\\x\"", "\"\\u12\"", "\"\\u12g4\"", "\"\\U0041\"", "\"\\\u0041\"",
        "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"\ud800\"", "\"\udc00x\"",
        "\"tab\there\"", "\"line\nbreak\"", "\"open",
        "[1,]", "[,1]", "{\"a\" 1}", "{\"a\":1,}", "{a:1}", "['a']", "[1 2]", "{\"a\":1 \"b\":2}",
        "\ufeff{}", "\u00a0{}"
    })
    void refusesWhatIsNotStrictIntegerJson(String text) {
        assertThatThrownBy(() -> JsonReader.parse(text)).isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void fullWidthDigitsAreNotHexDigits() {
        assertThatThrownBy(() -> JsonReader.parse("\"\\u\uff10\uff10\uff14\uff11\"")).isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void refusesNestingDeeperThanTheLimitButReadsItUpToTheLimit() {
        String deep = "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH);
        String deeper = "[".repeat(JsonReader.MAX_DEPTH + 1) + "]".repeat(JsonReader.MAX_DEPTH + 1);

        assertThat(JsonReader.parse(deep)).isInstanceOf(List.class);
        assertThatThrownBy(() -> JsonReader.parse(deeper)).isInstanceOf(MalformedJsonException.class).hasMessageContaining("nest");
    }

    @Test
    void messagesSayWhereTheTextIsWrong() {
        assertThatThrownBy(() -> JsonReader.parse("{\n  \"amount\": 1.50\n}"))
                .hasMessageContaining("line 2, column 14").hasMessageContaining("fractions");
        assertThatThrownBy(() -> JsonReader.parse("{\"id\":1,\n\"id\":2}")).hasMessageContaining("line 2, column 1")
                .hasMessageContaining("duplicate member name \"id\"");
    }

    @Test
    void parseObjectRefusesOtherValues() {
        assertThat(JsonReader.parseObject("{\"a\":[]}")).containsEntry("a", List.of());
        for (String other : Arrays.asList("[]", "\"{}\"", "1", "null")) {
            assertThatThrownBy(() -> JsonReader.parseObject(other)).isInstanceOf(MalformedJsonException.class);
        }
    }
}
