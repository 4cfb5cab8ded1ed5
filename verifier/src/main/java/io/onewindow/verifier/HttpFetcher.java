package io.onewindow.verifier;

import io.onewindow.tlog.tiles.InvalidTileException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * HTTP GETs of a log's static resources with the JDK's client: timeouts, a few attempts when the
 * connection fails, gzip-compressed answers (which tlog-tiles lets a log send unasked) and a size limit.
 * A 404 is an answer, not a failure, since a partial tile may be gone; any other status but 200 is one.
 */
final class HttpFetcher {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final int ATTEMPTS = 3;

    private final HttpClient http;

    HttpFetcher(boolean https) {
        // Plain-HTTP logs (tests, an intranet mirror) are asked in HTTP/1.1 rather than through an h2c upgrade.
        this.http = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .version(https ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** The body of a 200 answer, or empty for a 404; every other answer is an error. */
    Optional<byte[]> get(URI uri, int maxBytes) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Accept-Encoding", "gzip, identity")
                .header("User-Agent", "onewindow-verifier")
                .GET().build();
        IOException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            HttpResponse<InputStream> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                last = e;
                pause(attempt);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LogUnreachableException("interrupted while fetching " + request.uri(), e);
            }
            try (InputStream body = response.body()) {
                if (response.statusCode() == 404) {
                    return Optional.empty();
                }
                if (response.statusCode() != 200) {
                    throw new LogUnreachableException(request.uri() + " answered HTTP " + response.statusCode());
                }
                boolean gzip = response.headers().firstValue("Content-Encoding").map("gzip"::equalsIgnoreCase).orElse(false);
                return Optional.of(readAtMost(gzip ? new GZIPInputStream(body) : body, maxBytes, request.uri()));
            } catch (LogUnreachableException | InvalidTileException e) {
                throw e;
            } catch (IOException e) {
                last = e;
                pause(attempt);
            }
        }
        throw new LogUnreachableException("could not fetch " + request.uri() + ": " + describe(last), last);
    }

    // A log answering with more than any valid resource holds is refused before it fills the memory.
    private static byte[] readAtMost(InputStream in, int maxBytes, URI uri) throws IOException {
        byte[] data = in.readNBytes(maxBytes + 1);
        if (data.length > maxBytes) {
            throw new InvalidTileException(uri + " sent more than the " + maxBytes + " bytes such a resource can have");
        }
        return data;
    }

    private static void pause(int attempt) throws LogUnreachableException {
        if (attempt == ATTEMPTS) {
            return;
        }
        try {
            Thread.sleep(250L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LogUnreachableException("interrupted while waiting to retry", e);
        }
    }

    // The JDK's HttpClient reports a refused or unroutable connection without any message.
    private static String describe(IOException e) {
        if (e instanceof ConnectException) {
            return "cannot connect" + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
