package io.onewindow.kernel.code;

import io.onewindow.kernel.error.DomainException;

import java.util.Map;

/** A code that does not follow its standard, with the one reason it was refused. */
public class InvalidCodeException extends DomainException {

    public InvalidCodeException(CodeError reason, Map<String, ?> arguments) {
        super(reason, arguments);
    }

    public CodeError reason() {
        return (CodeError) code();
    }
}
