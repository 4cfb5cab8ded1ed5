package io.onewindow.bench.http;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 connection kept open between requests, sending the same GET again and again and reading
 * each answer to its end, as a browser's connection to a server does. It does only what a load needs
 * (status line, {@code Content-Length} or chunked bodies, {@code Connection: close}), so that the load
 * generator spends little of the cores it shares with the server.
 */
final class KeepAliveConnection implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 30_000;

    private final InetSocketAddress address;
    private final byte[] request;
    private final byte[] skip = new byte[16 * 1024];
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveConnection(URI url, String cookies) {
        this.address = new InetSocketAddress(url.getHost(), url.getPort() < 0 ? 80 : url.getPort());
        String path = url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String target = url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
        this.request = ("GET " + target + " HTTP/1.1\r\n"
                + "Host: " + url.getRawAuthority() + "\r\n"
                + "User-Agent: onewindow-bench\r\n"
                + "Accept: text/html,*/*\r\n"
                + (cookies == null || cookies.isEmpty() ? "" : "Cookie: " + cookies + "\r\n")
                + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Sends the request and reads the whole answer; returns its status code. */
    int get() throws IOException {
        if (socket == null) {
            open();
        }
        try {
            out.write(request);
            out.flush();
            return readResponse();
        } catch (IOException e) {
            close();
            throw e;
        }
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
        if (chunked) {
            readChunks();
        } else if (length >= 0) {
            skip(length);
        } else {
            while (in.read(skip) >= 0) {
                // no length: the body ends with the connection
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
            skip(size);
            line();
        }
    }

    private void skip(long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            int read = in.read(skip, 0, (int) Math.min(skip.length, left));
            if (read < 0) {
                throw new IOException("the connection closed " + left + " bytes before the end of the body");
            }
            left -= read;
        }
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
