package io.onewindow.notify;

/** Text messages (SMS) to mainland mobile numbers. */
public interface TextMessages {

    /** Whether messages can be sent at all: a gateway is configured (always in dev mode). */
    boolean available();

    /**
     * Sends the text to the number; throws {@link TextMessagesUnavailable} when no gateway is configured.
     * The text must not be logged in clear by the caller: it may hold a one-time code.
     */
    void send(String mobile, String text);
}
