package io.onewindow.notify;

/** A mail could not be sent: no mail server is configured, or the server did not take it. The address is masked. */
public class EmailNotSent extends RuntimeException {

    public EmailNotSent(String maskedAddress, Throwable cause) {
        super("Could not send an e-mail to " + maskedAddress + (cause == null ? ": no mail server is configured (spring.mail.host)"
                : ": " + cause.getClass().getSimpleName()), cause);
    }
}
