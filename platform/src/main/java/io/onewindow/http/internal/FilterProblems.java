package io.onewindow.http.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;

/**
 * A problem+json answer (RFC 9457) written by a filter that refuses a request before Spring MVC, and its message
 * bundles, are reached: the detail is given in both languages.
 */
final class FilterProblems {

    private FilterProblems() {
    }

    /** {@code detail} is JSON-safe text: a constant of the caller's, never anything from the request. */
    static void write(HttpServletResponse response, HttpStatus status, String type, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"https://onewindow.io/problems/" + type + "\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
