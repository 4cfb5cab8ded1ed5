package io.onewindow.http.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over 1 MiB (JSON and forms; file uploads have their own limits) with
 * {@code 413 Content Too Large}: by their declared length before anything is read, and, when no length is
 * declared, as soon as the body being read passes the limit. A form's body is read by the container itself
 * (held to the same limit, {@code server.tomcat.max-http-form-post-size}), so a form sent with no declared
 * length is read here, before anything else sees it. A body that passes the limit while it is read is
 * refused there and then, so that no handler answers it with the 400 of an unreadable body instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class BodySizeLimit extends OncePerRequestFilter {

    static final int MAX_BODY = 1 << 20;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            refuse(response);
            return;
        }
        if (request.getContentLengthLong() < 0 && form(request) && formTooLarge(request)) {
            refuse(response);
            return;
        }
        try {
            chain.doFilter(new Limited(request, response), response);
        } catch (BodyTooLarge | ServletException e) {
            if (!(e instanceof BodyTooLarge) && !(e.getCause() instanceof BodyTooLarge)) {
                throw e;
            }
        }
    }

    private static boolean form(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** Whether the container gave up reading the form because it passed the limit. */
    private static boolean formTooLarge(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return false;
        } catch (InvalidParameterException e) {
            if (e.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) {
                return true;
            }
            throw e;
        }
    }

    static void refuse(HttpServletResponse response) throws IOException {
        FilterProblems.write(response, HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                "请求内容超过1 MiB的上限 (the request body is larger than 1 MiB)");
    }

    /** The body passed the limit while it was being read. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("request body over " + MAX_BODY + " bytes");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final HttpServletResponse response;
        private ServletInputStream limited;

        Limited(HttpServletRequest request, HttpServletResponse response) {
            super(request);
            this.response = response;
        }

        /** Answers 413 at once (a committed answer is left alone by the handlers that meet the exception). */
        private BodyTooLarge tooLarge() throws IOException {
            if (!response.isCommitted()) {
                response.reset();
                refuse(response);
                response.flushBuffer();
            }
            return new BodyTooLarge();
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                ServletInputStream in = super.getInputStream();
                limited = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > MAX_BODY) {
                            throw tooLarge();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > MAX_BODY) {
                            throw tooLarge();
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return limited;
        }
    }
}
