package io.onewindow.kernel.i18n;

import io.onewindow.kernel.error.ErrorCode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Renders bundle messages with named placeholders ({@code 第18位校验码应为{expected}}), the form error
 * messages use; Thymeleaf templates use the bundles directly.
 */
@Component
public class Messages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String render(ErrorCode code, Map<String, ?> arguments, Locale locale) {
        return render(code.messageKey(), arguments, locale);
    }

    public String render(String key, Map<String, ?> arguments, Locale locale) {
        String pattern;
        try {
            pattern = source.getMessage(key, null, locale);
        } catch (NoSuchMessageException e) {
            return key;
        }
        if (pattern.indexOf('{') < 0) {
            return pattern; // most texts name no argument
        }
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = arguments.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : String.valueOf(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
