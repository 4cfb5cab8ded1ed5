package io.onewindow.notify;

/** No SMS gateway is configured, so a text message cannot be sent; callers offer another way. */
public class TextMessagesUnavailable extends IllegalStateException {

    public TextMessagesUnavailable() {
        super("No SMS gateway is configured (onewindow.notify.sms.*)");
    }
}
