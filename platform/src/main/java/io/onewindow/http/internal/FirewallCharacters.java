package io.onewindow.http.internal;

import java.util.function.Predicate;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The characters Spring Security's firewall lets through in header names, header values and parameter names,
 * checked as its regular expressions check them ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, a tab also allowed
 * in a header value) but character by character. The firewall checks a header each time anything reads it, and a
 * department system's bearer token is a kilobyte that several filters read: matched by the expression it took
 * 3 % of the query's time.
 */
final class FirewallCharacters {

    /** Every code point assigned and none a control character; a tab is allowed in header values. */
    static final Predicate<String> HEADER_NAMES = text -> allowed(text, false);
    static final Predicate<String> HEADER_VALUES = text -> allowed(text, true);
    static final Predicate<String> PARAMETER_NAMES = HEADER_NAMES;
    /**
     * Any text a person can type, lines and tabs included, but no other C0 control character: none is typed, and
     * PostgreSQL stores no NUL, so a value with one was an error of the server's (500) where it should be the
     * reader's (400). Spring Security lets every parameter value through by default.
     */
    static final Predicate<String> PARAMETER_VALUES = FirewallCharacters::typeable;

    private FirewallCharacters() {
    }

    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HEADER_NAMES);
        firewall.setAllowedHeaderValues(HEADER_VALUES);
        firewall.setAllowedParameterNames(PARAMETER_NAMES);
        firewall.setAllowedParameterValues(PARAMETER_VALUES);
        return firewall;
    }

    private static boolean typeable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(String text, boolean tab) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            boolean control = Character.getType(codePoint) == Character.CONTROL;
            if (!Character.isDefined(codePoint) || control && !(tab && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
