package io.onewindow.http.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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
 * key, by the same user, gets the first answer again instead of doing the work twice. A repeat that comes
 * while the first is still being processed waits for its answer, so a double click cannot create two of
 * anything; a repeat with a different body is refused. Failures (5xx) are not remembered, so they can be
 * retried; for forms only the redirect that follows success is remembered. A request that committed changes
 * and then failed, or whose node died before its answer was stored, is never run again: a repeat is told
 * (409) that it was carried out and its answer lost ({@link CommittedClaims}).
 *
 * <p>The filter holds no database connection while the request runs: it claims the key in one short
 * statement and stores the answer in another, so a request never needs a second pooled connection while
 * it holds one, however many arrive at once.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String FORM_FIELD = "_idempotency";
    /** A repeat of a request that was carried out (its changes committed) but whose answer was lost to a failure. */
    static final String ANSWER_LOST = "The request with this Idempotency-Key was carried out, but its answer was lost to a failure; "
            + "it is not run again: look up its result instead";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private final IdempotencyKeys keys;
    private final Duration waitAtMost;

    IdempotencyFilter(IdempotencyKeys keys, Duration waitAtMost) {
        this.keys = keys;
        this.waitAtMost = waitAtMost;
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
        IdempotencyKeys.Claim claim = new IdempotencyKeys.Claim(scope(request, fingerprint), key, fingerprint);

        long deadline = System.nanoTime() + waitAtMost.toNanos();
        while (true) {
            Optional<IdempotencyKeys.Stored> existing = keys.claim(claim);
            if (existing.isEmpty()) {
                process(processed, response, chain, claim, form);
                return;
            }
            IdempotencyKeys.Stored stored = existing.get();
            if (!MessageDigest.isEqual(stored.fingerprint(), claim.fingerprint())) {
                problem(response, HttpStatus.UNPROCESSABLE_CONTENT, "This Idempotency-Key was used for a different request");
                return;
            }
            if (stored.done()) {
                stored.replay(response);
                return;
            }
            // Committed, and claimed longer ago than any request runs: its node died before storing the answer.
            boolean answerLost = stored.committed() && stored.age().compareTo(waitAtMost) > 0;
            if (answerLost || System.nanoTime() > deadline) {
                problem(response, HttpStatus.CONFLICT, stored.committed() ? ANSWER_LOST
                        : "A request with this Idempotency-Key is still being processed; try again later");
                return;
            }
            pause();
        }
    }

    private void process(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                         IdempotencyKeys.Claim claim, boolean form) throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean remembered = false;
        CommittedClaims.Tracked tracked = CommittedClaims.track(claim);
        try {
            chain.doFilter(request, recorded);
            if (remember(recorded.getStatus(), form)) {
                keys.complete(claim, recorded.getStatus(), recorded.getContentType(), recorded.getHeader(HttpHeaders.LOCATION),
                        recorded.getContentAsByteArray());
                remembered = true;
            }
        } finally {
            CommittedClaims.forget();
            if (!remembered && tracked.committed()) {
                // Its changes stand although its answer is not kept: a repeat is told so, and not run again.
                keys.complete(claim, HttpStatus.CONFLICT.value(), MediaType.APPLICATION_PROBLEM_JSON_VALUE, null,
                        problemBody(HttpStatus.CONFLICT, ANSWER_LOST).getBytes(StandardCharsets.UTF_8));
            } else if (!remembered) {
                keys.release(claim);
            }
        }
        recorded.copyBodyToResponse();
    }

    // A form that succeeded redirects (post/redirect/get); only that is worth replaying, and it carries no
    // page that could hold what the person typed. An API answer is replayed whole unless the server failed.
    private static boolean remember(int status, boolean form) {
        return form ? status >= 300 && status < 400 : status < 500;
    }

    private static void pause() throws ServletException {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("Interrupted while waiting for an earlier request with the same key", e);
        }
    }

    /**
     * Whose key it is: a signed-in user's, else a session's. Callers with neither cannot be told apart, so for them
     * the key names the request together with what is asked: one such caller's key never blocks or answers another's
     * different request, and a repeat of the same request still gets the first answer.
     */
    private static String scope(HttpServletRequest request, byte[] fingerprint) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && !"anonymousUser".equals(authentication.getName())) {
            return "user:" + authentication.getName();
        }
        return request.getSession(false) != null ? "session:" + request.getSession(false).getId()
                : "anonymous:" + HexFormat.of().formatHex(fingerprint);
    }

    private static byte[] fingerprint(HttpServletRequest request, BufferedRequest buffered) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            if (buffered != null) {
                // The query string is part of what is asked (a form's parameters below include it already).
                if (request.getQueryString() != null) {
                    digest.update(("?" + request.getQueryString()).getBytes(StandardCharsets.UTF_8));
                }
                digest.update(buffered.body());
            } else {
                request.getParameterMap().entrySet().stream()
                        .filter(e -> !e.getKey().equals(FORM_FIELD) && !e.getKey().equals("_csrf"))
                        // Passwords stay out of the fingerprint, which is kept for a day.
                        .filter(e -> !e.getKey().toLowerCase(Locale.ROOT).contains("password"))
                        .sorted(Map.Entry.comparingByKey())
                        .forEach(e -> digest.update((e.getKey() + "=" + String.join(",", e.getValue()) + "&").getBytes(StandardCharsets.UTF_8)));
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(problemBody(status, detail));
    }

    private static String problemBody(HttpStatus status, String detail) {
        return "{\"type\":\"about:blank\",\"status\":" + status.value() + ",\"title\":\"" + status.getReasonPhrase()
                + "\",\"detail\":\"" + detail + "\"}";
    }
}
