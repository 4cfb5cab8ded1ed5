package io.onewindow.verifier;

/** What the verifier's exit status tells a script that runs it. */
public enum ExitCode {

    /** Everything asked was checked and holds. */
    VERIFIED(0),
    /** A check failed: a signature, a hash, a proof, or consistency with a saved checkpoint. */
    FAILED(1),
    /** The command line, a file given on it, or its JSON is not what the verifier takes. */
    USAGE(2),
    /** The log could not be reached, or answered with an HTTP error. */
    UNREACHABLE(3),
    /** The verifier itself went wrong; nothing can be concluded about the log. */
    INTERNAL_ERROR(4);

    private final int status;

    ExitCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
