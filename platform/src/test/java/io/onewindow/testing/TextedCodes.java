package io.onewindow.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;

/** One-time codes as their holders receive them: read from the development gateway's page of texts sent. */
public final class TextedCodes {

    private TextedCodes() {
    }

    /** The newest code the development gateway texted to the number. */
    public static String newestTo(MockMvc mvc, String phone) throws Exception {
        String texts = mvc.perform(get("/dev/messages")).andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile(Pattern.quote(phone) + "</span>\\s*<p class=\"message-text\">[^<]*?(\\d{6})").matcher(texts);
        assertThat(m.find()).as("a code was texted to %s", phone).isTrue();
        return m.group(1);
    }

    /** A well-formed code that is not this one. */
    public static String otherThan(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
