package io.onewindow.notify.internal;

import io.onewindow.kernel.privacy.Masking;
import io.onewindow.notify.TextMessages;
import io.onewindow.runtime.ConditionalOnMode;
import io.onewindow.runtime.Mode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Dev mode's text messages: nothing is sent; each message is logged (number masked, text withheld) and kept
 * in memory, newest first, for the dev-only page that shows them.
 */
@Component
@ConditionalOnMode(Mode.DEV)
class DevTextMessages implements TextMessages {

    private static final int KEPT = 100;
    private static final Logger log = LoggerFactory.getLogger(DevTextMessages.class);

    private final Deque<Sent> sent = new ArrayDeque<>();
    private final Clock clock;

    DevTextMessages(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public synchronized void send(String mobile, String text) {
        log.info("Text message to {} (dev mode: not sent; shown at /dev/messages)", Masking.phone(mobile));
        sent.addFirst(new Sent(clock.instant(), mobile, text));
        while (sent.size() > KEPT) {
            sent.removeLast();
        }
    }

    synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** A message as it would have been sent. */
    record Sent(Instant at, String mobile, String text) {
    }
}
