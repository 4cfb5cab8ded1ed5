package io.onewindow.kernel.error;

import java.util.Map;

/**
 * A refusal by the domain: the code names what went wrong, the arguments fill the placeholders of its
 * message. The web layer turns it into RFC 9457 problem+json or a bilingual page.
 */
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final Map<String, Object> arguments;

    public DomainException(ErrorCode code) {
        this(code, Map.of());
    }

    public DomainException(ErrorCode code, Map<String, ?> arguments) {
        super(code.messageKey() + (arguments.isEmpty() ? "" : " " + arguments));
        this.code = code;
        this.arguments = Map.copyOf(arguments);
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, Object> arguments() {
        return arguments;
    }
}
