package io.onewindow.notify.internal;

import io.onewindow.notify.TextMessages;
import java.util.List;

/** The texts dev mode's gateway would have sent to a number, newest first: for tests of other modules. */
public final class DevTexts {

    private DevTexts() {
    }

    public static List<String> sentTo(TextMessages gateway, String mobile) {
        return ((DevTextMessages) gateway).sent().stream().filter(s -> s.mobile().equals(mobile)).map(DevTextMessages.Sent::text).toList();
    }
}
