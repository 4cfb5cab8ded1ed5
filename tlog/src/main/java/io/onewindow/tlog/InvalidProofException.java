package io.onewindow.tlog;

/**
 * Thrown when an inclusion or consistency proof does not prove what it is claimed to prove: malformed
 * (wrong number or size of hashes, impossible indexes or sizes) or not matching the given roots.
 */
public class InvalidProofException extends Exception {

    public InvalidProofException(String message) {
        super(message);
    }
}
