package io.onewindow.http.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an address whose query string does not decode (a broken {@code %} escape, bytes that are not UTF-8) with
 * {@code 400} and a problem+json answer. Left to the container, the first handler to read a parameter met the
 * failure, and the container logged it as a server error with the parameter's value, which may be a person's
 * citizen ID or phone number; here nothing of the request is logged or echoed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedQuery extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && !decodes(query)) {
            FilterProblems.write(response, HttpStatus.BAD_REQUEST, "malformed-query",
                    "请求地址中有无法解码的字符 (the address has characters that do not decode as UTF-8)");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether every {@code %XX} escape of the query is complete and the bytes they make are UTF-8. */
    static boolean decodes(String query) {
        if (query.indexOf('%') < 0) {
            return true;   // nothing to decode: most queries, checked without copying them
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                int high = i + 2 < query.length() ? Character.digit(query.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(query.charAt(i + 2), 16);
                if (low < 0) {
                    return false;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(c < 0x80 ? c : '?');
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
