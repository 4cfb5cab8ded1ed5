package io.onewindow.portal.web;

import io.onewindow.kernel.i18n.Messages;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;

/**
 * What an HTTP status the platform answers with means, in the caller's language, for the {@code detail} of a
 * problem+json that no handler wrote (a refusal of the security filters, an address no handler takes, a body of the
 * wrong type): Spring's own details are English and name Java types.
 */
final class StatusTexts {

    private StatusTexts() {
    }

    static String of(Messages messages, int status, Throwable cause, Locale locale) {
        String key = "error.status." + status;
        String text = messages.render(key, arguments(cause), locale);
        return text.equals(key) ? messages.render(status >= 500 ? "error.status.5xx" : "error.status.4xx", Map.of(), locale) : text;
    }

    private static Map<String, ?> arguments(Throwable cause) {
        if (cause instanceof HttpRequestMethodNotSupportedException method) {
            String allowed = method.getSupportedHttpMethods() == null ? "—"
                    : String.join(", ", method.getSupportedHttpMethods().stream().map(HttpMethod::name).sorted().toList());
            return Map.of("method", method.getMethod(), "allowed", allowed);
        }
        if (cause instanceof HttpMediaTypeNotSupportedException media) {
            return Map.of("type", media.getContentType() == null ? "—" : media.getContentType().toString());
        }
        return Map.of();
    }
}
