package io.onewindow.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.kernel.i18n.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** What an API caller is told about a body the platform could not read: which field, and what it should hold. */
class UnreadableBodyTests {

    record Stay(LocalDate from, int nights) {
    }

    record Booking(String name, List<Stay> stays) {
    }

    private final Messages messages = new Messages(new MessageBundles().messageSource());
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aValueOfTheWrongKindDeepInAListIsNamedByItsPathWithWhatItShouldBe() {
        UnreadableBody told = read("{\"name\": \"张三\", \"stays\": [{\"from\": \"2026-12-05\", \"nights\": 2}, {\"from\": \"next friday\", \"nights\": 1}]}",
                Locale.ENGLISH);

        assertThat(told.field()).hasValueSatisfying(field -> {
            assertThat(field.field()).isEqualTo("stays[1].from");
            assertThat(field.message()).isEqualTo("stays[1].from: must be a date (such as 2026-12-05)");
        });
    }

    @Test
    void aNumberThatIsNotThereIsRequiredNotMistyped() {
        assertThat(read("{\"stays\": [{\"from\": \"2026-12-05\", \"nights\": null}]}", Locale.SIMPLIFIED_CHINESE).detail())
                .isEqualTo("stays[0].nights：必须填写");
        assertThat(read("{\"stays\": [{\"from\": \"2026-12-05\"}]}", Locale.ENGLISH).detail()).isEqualTo("stays[0].nights: is required");
        assertThat(read("{\"stays\": [{\"nights\": \"two\"}]}", Locale.ENGLISH).detail()).isEqualTo("stays[0].nights: must be a whole number");
    }

    @Test
    void textThatIsNoJsonSaysWhereItStopsBeingJson() {
        UnreadableBody told = read("{\"name\": \"张三\",\n  \"stays\": [}", Locale.SIMPLIFIED_CHINESE);

        assertThat(told.code()).isEqualTo("error.body.malformed-at");
        assertThat(told.detail()).startsWith("请求内容不是有效的 JSON（第2行第");
        assertThat(told.field()).isEmpty();
    }

    private UnreadableBody read(String body, Locale locale) {
        try {
            json.readValue(body, Booking.class);
            throw new AssertionError("read without a complaint: " + body);
        } catch (JacksonException e) {
            return UnreadableBody.of(new HttpMessageNotReadableException("unreadable", e, new MockHttpInputMessage(new byte[0])), messages, locale);
        }
    }
}
