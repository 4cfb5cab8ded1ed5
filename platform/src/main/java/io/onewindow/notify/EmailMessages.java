package io.onewindow.notify;

/**
 * Plain-text e-mail over SMTP, when the installation configured a mail server ({@code spring.mail.host}). Without
 * one nothing is sent: callers ask {@link #available()} and skip the mail.
 */
public interface EmailMessages {

    /** Whether a mail server is configured. */
    boolean available();

    /**
     * Sends the mail now; throws {@link EmailNotSent} when no mail server is configured or the server did not take it.
     * Call it after the change the mail tells of has committed, never inside its transaction: a slow or failing
     * mail server must not hold or undo it.
     */
    void send(String to, String subject, String text);

    /** A page of the platform as people reach it from a mail: {@code /me/email} → {@code https://host/me/email}. */
    String link(String path);
}
