package io.onewindow.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The firewall's character checks let through exactly what Spring Security's own regular expressions let through:
 * every code point alone, lone and paired surrogates, and mixed text.
 */
class FirewallCharactersTests {

    @Test
    void everyCodePointIsAllowedOrRefusedAsTheFirewallsExpressionsDecide() {
        List<String> differing = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = new String(Character.toChars(codePoint));
            compare(text, differing);
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void textsAreAllowedOrRefusedAsTheFirewallsExpressionsDecide() {
        List<String> texts = List.of("", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln", "a\tb", "\t", "a\nb", "a\u0000", "\u007f",
                "\u0085", "中文 値", "\ud83d\ude00 smile", "lone \ud800 high", "lone \udc00 low", "\udc00\ud800", "end \ud83d",
                "\u0378 unassigned", "\ue000 private use", "\u200b zero width", "\uffff", "x-request-id", "Content-Type");
        List<String> differing = new ArrayList<>();
        texts.forEach(text -> compare(text, differing));
        assertThat(differing).isEmpty();
    }

    private static void compare(String text, List<String> differing) {
        check("header name", text, FirewallCharacters.HEADER_NAMES, StrictHttpFirewall.ALLOWED_HEADER_NAMES, differing);
        check("header value", text, FirewallCharacters.HEADER_VALUES, StrictHttpFirewall.ALLOWED_HEADER_VALUES, differing);
        check("parameter name", text, FirewallCharacters.PARAMETER_NAMES, StrictHttpFirewall.ALLOWED_PARAMETER_NAMES, differing);
    }

    private static void check(String what, String text, Predicate<String> ours, Predicate<String> springs, List<String> differing) {
        if (ours.test(text) != springs.test(text)) {
            differing.add(what + " " + text.codePoints().mapToObj(Integer::toHexString).toList());
        }
    }
}
