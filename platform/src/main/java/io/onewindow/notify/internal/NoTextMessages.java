package io.onewindow.notify.internal;

import io.onewindow.notify.TextMessages;
import io.onewindow.notify.TextMessagesUnavailable;
import io.onewindow.runtime.ConditionalOnMode;
import io.onewindow.runtime.Mode;
import org.springframework.stereotype.Component;

/**
 * Production without an SMS gateway: messages cannot be sent, and the flows that need one say so and offer
 * another way (verification at a counter, through the city's identity provider).
 */
@Component
@ConditionalOnMode(Mode.PROD)
class NoTextMessages implements TextMessages {

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public void send(String mobile, String text) {
        throw new TextMessagesUnavailable();
    }
}
