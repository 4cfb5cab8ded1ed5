package io.onewindow.bench.http;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 connection kept open between requests, sending requests one after another and reading each
 * answer to its end, as a browser's connection to a server does. It does only what a load needs (status
 * line, {@code Content-Length} or chunked bodies, {@code Connection: close}), so that the load generator
 * spends little of the cores it shares with the server: the JDK's {@code HttpClient}, with its selector
 * thread and a hand-over to a worker for every answer, cost a query of the exchange's benchmark about half
 * as much processor time as the server's answer to it.
 */
public final class KeepAliveConnection implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 30_000;

    private final InetSocketAddress address;
    private byte[] body = new byte[16 * 1024];
    private int bodyLength;
    /** Whether the answer to the request being sent had begun to arrive. */
    private boolean answered;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /** A connection to the server of {@code url} (its host and port), opened at the first request. */
    public KeepAliveConnection(URI url) {
        this.address = new InetSocketAddress(url.getHost(), url.getPort() < 0 ? 80 : url.getPort());
    }

    /**
     * A request's bytes, to be sent as they are, once or many times: the method, {@code url}'s path and query,
     * its {@code Host}, the given headers and the body (with its {@code Content-Length}), if any.
     */
    public static byte[] request(String method, URI url, Map<String, String> headers, byte[] body) {
        String path = url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path);
        if (url.getRawQuery() != null) {
            head.append('?').append(url.getRawQuery());
        }
        head.append(" HTTP/1.1\r\nHost: ").append(url.getRawAuthority()).append("\r\nUser-Agent: onewindow-bench\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        if (body == null) {
            return start;
        }
        byte[] whole = Arrays.copyOf(start, start.length + body.length);
        System.arraycopy(body, 0, whole, start.length, body.length);
        return whole;
    }

    /**
     * Sends a request made by {@link #request} and reads the whole answer; returns its status code. A kept-alive
     * connection that the server closed while idle is opened again and the request sent once more, as browsers do.
     */
    public int send(byte[] request) throws IOException {
        boolean reused = socket != null;
        try {
            return exchange(request);
        } catch (IOException e) {
            close();
            if (!reused || answered) {
                throw e;
            }
            try {
                return exchange(request);
            } catch (IOException again) {
                close();
                throw again;
            }
        }
    }

    private int exchange(byte[] request) throws IOException {
        if (socket == null) {
            open();
        }
        answered = false;
        out.write(request);
        out.flush();
        return readResponse();
    }

    /** The body of the last answer, as UTF-8 text. */
    public String lastBody() {
        return new String(body, 0, bodyLength, StandardCharsets.UTF_8);
    }

    private void open() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        socket.connect(address, CONNECT_TIMEOUT_MILLIS);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = socket.getOutputStream();
    }

    private int readResponse() throws IOException {
        String statusLine = line();
        answered = true;
        if (!statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> closes = value.contains("close");
                default -> { }
            }
        }
        if (status == 204 || status == 304) {
            length = 0;
        }
        bodyLength = 0;
        if (chunked) {
            readChunks();
        } else if (length >= 0) {
            read(length);
        } else {
            for (int read = 0; read >= 0; read = in.read(room(1), bodyLength, body.length - bodyLength)) {
                bodyLength += read;     // no length: the body ends with the connection
            }
            closes = true;
        }
        if (closes) {
            close();
        }
        return status;
    }

    private void readChunks() throws IOException {
        while (true) {
            String sizeLine = line();
            int extension = sizeLine.indexOf(';');
            long size = Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
            if (size == 0) {
                while (!line().isEmpty()) {
                    // trailers
                }
                return;
            }
            read(size);
            line();
        }
    }

    /** Appends {@code bytes} of the body to what was read of it. */
    private void read(long bytes) throws IOException {
        room(Math.toIntExact(bytes));
        for (long left = bytes; left > 0; ) {
            int read = in.read(body, bodyLength, (int) left);
            if (read < 0) {
                throw new IOException("the connection closed " + left + " bytes before the end of the body");
            }
            bodyLength += read;
            left -= read;
        }
    }

    /** The body's buffer, with room for {@code more} bytes after what was read of it. */
    private byte[] room(int more) {
        if (body.length - bodyLength < more) {
            body = Arrays.copyOf(body, Math.max(body.length * 2, bodyLength + more));
        }
        return body;
    }

    /** A header line without its CRLF; header lines are ASCII. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the connection closed in the middle of an answer");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing more to read from it either way
            }
            socket = null;
        }
    }
}
