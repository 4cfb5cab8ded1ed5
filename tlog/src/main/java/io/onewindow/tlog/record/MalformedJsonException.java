package io.onewindow.tlog.record;

/** Thrown by {@link JsonReader} when a text is not JSON it accepts; the message says where and why. */
public class MalformedJsonException extends IllegalArgumentException {

    public MalformedJsonException(String message) {
        super(message);
    }
}
