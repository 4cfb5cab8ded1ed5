package io.onewindow.http.internal;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * Reads a session attribute from its stored bytes, as Spring Session's own reader does (Java serialization), but
 * reads the same bytes once: a signed-in session's security context is the same two kilobytes on every request
 * until the session signs in or out again, and reading them with {@code ObjectInputStream} was 8 % of a case
 * submission's request samples (about 30 µs of a processor each time). What was read is kept by the whole of its
 * bytes, so only equal bytes give it back.
 *
 * <p>Only values that no request changes are kept: a security context is given to each request as a context of
 * its own around the kept authentication (signing out empties the request's context, not the kept one); CSRF
 * tokens, locales and strings do not change. Any other attribute is read afresh every time.
 */
final class SessionAttributeReads implements Converter<byte[], Object> {

    /** Attributes kept at most; about 4 KB each (the bytes and what was read from them). */
    static final int CAPACITY = 4_096;

    private final DeserializingConverter reader;
    private final Map<Bytes, Object> read = new ConcurrentHashMap<>();

    SessionAttributeReads(ClassLoader classLoader) {
        this.reader = new DeserializingConverter(classLoader);
    }

    @Override
    public Object convert(byte[] bytes) {
        Bytes key = new Bytes(bytes);
        Object value = read.get(key);
        if (value == null) {
            value = reader.convert(bytes);
            if (!unchanging(value)) {
                return value;
            }
            keep(key, value);
        }
        return value instanceof SecurityContextImpl context ? new SecurityContextImpl(context.getAuthentication()) : value;
    }

    /** How many attributes are kept now. */
    int kept() {
        return read.size();
    }

    private void keep(Bytes key, Object value) {
        if (read.size() >= CAPACITY) {
            // Full: one kept attribute, in no particular order, makes room (the sessions in use come back soon).
            Iterator<Bytes> any = read.keySet().iterator();
            if (any.hasNext()) {
                any.next();
                any.remove();
            }
        }
        read.put(key, value);
    }

    private static boolean unchanging(Object value) {
        // Exactly these classes: a subclass could carry state of its own that a copy would lose or a request change.
        Class<?> type = value.getClass();
        return type == SecurityContextImpl.class || type == DefaultCsrfToken.class || type == Locale.class || type == String.class;
    }

    /** Stored bytes compared by their content. */
    private record Bytes(byte[] content) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes bytes && Arrays.equals(content, bytes.content);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(content);
        }
    }
}
