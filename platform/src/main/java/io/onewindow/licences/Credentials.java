package io.onewindow.licences;

/**
 * Verifies Verifiable Credentials: this platform's licences and any credential whose issuer the platform can
 * resolve without the network ({@code did:key}, this platform's {@code did:web}).
 */
public interface Credentials {

    /** Verifies a credential given as JSON; a document that is not a credential is an error in the result, not an exception. */
    Verification verify(String credentialJson);
}
