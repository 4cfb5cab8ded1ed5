package io.onewindow.kernel.privacy;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A safety net for logs: masks anything that looks like a citizen ID or a mainland mobile number in every
 * log message, whatever code logged it. Wired in {@code logback-spring.xml} as {@code %maskedMsg}.
 */
public class MaskingMessageConverter extends MessageConverter {

    private static final Pattern CITIZEN_ID = Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{16}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    @Override
    public String convert(ILoggingEvent event) {
        return mask(super.convert(event));
    }

    static String mask(String message) {
        if (message == null) {
            return null;
        }
        String masked = replace(CITIZEN_ID.matcher(message), true);
        return replace(MOBILE.matcher(masked), false);
    }

    private static String replace(Matcher matcher, boolean citizenId) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String found = matcher.group();
            matcher.appendReplacement(out, citizenId ? Masking.citizenId(found) : Masking.phone(found));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
