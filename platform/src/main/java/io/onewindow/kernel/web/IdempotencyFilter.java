package io.onewindow.kernel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes a POST safe to repeat: a request carrying an idempotency key (the {@code Idempotency-Key} header of
 * an API call, or the {@code _idempotency} field every form gets) is processed once; a repeat with the same
 * key, by the same user, gets the first answer again instead of doing the work twice. Concurrent repeats
 * wait for the first to finish (a PostgreSQL advisory lock), so a double click cannot create two of
 * anything. A repeat with a different body is refused. Failures (5xx) are not remembered, so they can be
 * retried; for forms only the redirect that follows success is remembered.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String FORM_FIELD = "_idempotency";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private final DataSource dataSource;

    IdempotencyFilter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || path.equals("/login") || path.equals("/logout");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = request.getContentType() != null
                && request.getContentType().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
        String key = request.getHeader(HEADER);
        if (key == null && form) {
            key = request.getParameter(FORM_FIELD);
        }
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!ACCEPTABLE.matcher(key).matches()) {
            problem(response, HttpStatus.BAD_REQUEST, "The Idempotency-Key must be 8 to 128 letters, digits or ._:-");
            return;
        }
        BufferedRequest buffered = form ? null : new BufferedRequest(request);
        HttpServletRequest processed = buffered == null ? request : buffered;
        byte[] fingerprint = fingerprint(processed, buffered);
        String scope = scope(request);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            lock(connection, scope, key, true);
            try {
                StoredResponse stored = find(connection, scope, key);
                if (stored != null) {
                    if (!MessageDigest.isEqual(stored.fingerprint, fingerprint)) {
                        problem(response, HttpStatus.UNPROCESSABLE_CONTENT, "This Idempotency-Key was used for a different request");
                        return;
                    }
                    stored.replay(response);
                    return;
                }
                ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
                chain.doFilter(processed, recorded);
                if (remember(recorded.getStatus(), form)) {
                    store(connection, scope, key, fingerprint, recorded);
                }
                recorded.copyBodyToResponse();
            } finally {
                lock(connection, scope, key, false);
            }
        } catch (SQLException e) {
            throw new ServletException("The idempotency store is unavailable", e);
        }
    }

    // A form that succeeded redirects (post/redirect/get); only that is worth replaying, and it carries no
    // page that could hold what the person typed. An API answer is replayed whole unless the server failed.
    private static boolean remember(int status, boolean form) {
        return form ? status >= 300 && status < 400 : status < 500;
    }

    private static String scope(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && !"anonymousUser".equals(authentication.getName())) {
            return "user:" + authentication.getName();
        }
        return request.getSession(false) != null ? "session:" + request.getSession(false).getId() : "anonymous";
    }

    private static byte[] fingerprint(HttpServletRequest request, BufferedRequest buffered) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            if (buffered != null) {
                digest.update(buffered.body());
            } else {
                request.getParameterMap().entrySet().stream()
                        .filter(e -> !e.getKey().equals(FORM_FIELD) && !e.getKey().equals("_csrf"))
                        // Passwords stay out of the fingerprint, which is kept for a day.
                        .filter(e -> !e.getKey().toLowerCase(java.util.Locale.ROOT).contains("password"))
                        .sorted(java.util.Map.Entry.comparingByKey())
                        .forEach(e -> digest.update((e.getKey() + "=" + String.join(",", e.getValue()) + "&").getBytes(StandardCharsets.UTF_8)));
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void lock(Connection connection, String scope, String key, boolean acquire) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                acquire ? "select pg_advisory_lock(hashtextextended(?, 0))" : "select pg_advisory_unlock(hashtextextended(?, 0))")) {
            statement.setString(1, scope + "|" + key);
            statement.execute();
        }
    }

    private static StoredResponse find(Connection connection, String scope, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select fingerprint, status, content_type, location, body from idempotency_key where scope = ? and key = ?")) {
            statement.setString(1, scope);
            statement.setString(2, key);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? new StoredResponse(row.getBytes(1), row.getInt(2), row.getString(3), row.getString(4), row.getBytes(5)) : null;
            }
        }
    }

    private static void store(Connection connection, String scope, String key, byte[] fingerprint,
                              ContentCachingResponseWrapper response) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into idempotency_key (scope, key, fingerprint, status, content_type, location, body)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")) {
            statement.setString(1, scope);
            statement.setString(2, key);
            statement.setBytes(3, fingerprint);
            statement.setInt(4, response.getStatus());
            statement.setString(5, response.getContentType());
            statement.setString(6, response.getHeader(HttpHeaders.LOCATION));
            statement.setBytes(7, response.getContentAsByteArray());
            statement.executeUpdate();
        }
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status.value() + ",\"title\":\""
                + status.getReasonPhrase() + "\",\"detail\":\"" + detail + "\"}");
    }

    private record StoredResponse(byte[] fingerprint, int status, String contentType, String location, byte[] body) {
        void replay(HttpServletResponse response) throws IOException {
            response.setStatus(status);
            response.setHeader("Idempotent-Replayed", "true");
            if (contentType != null) {
                response.setContentType(contentType);
            }
            if (location != null) {
                response.setHeader(HttpHeaders.LOCATION, location);
            }
            response.getOutputStream().write(body);
        }
    }
}
