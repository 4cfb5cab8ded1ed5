package io.onewindow.licences.internal;

/** A credential that cannot even be checked: not JSON, not JSON-LD with the bundled contexts, a proof without its parts. */
public class InvalidCredentialException extends RuntimeException {

    public InvalidCredentialException(String message) {
        super(message);
    }
}
