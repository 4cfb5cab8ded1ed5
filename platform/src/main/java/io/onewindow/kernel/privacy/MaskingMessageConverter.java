package io.onewindow.kernel.privacy;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A safety net for logs: masks anything that looks like a citizen ID or a mainland mobile number in every
 * log message, whatever code logged it. Wired in {@code logback-spring.xml} as {@code %maskedMsg}.
 */
public class MaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return Masking.identifiersIn(super.convert(event));
    }
}
