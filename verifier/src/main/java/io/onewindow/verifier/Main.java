package io.onewindow.verifier;

/** The runnable jar's entry point: runs the command line and exits with its status. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Verifier.run(args, System.out, System.err));
    }
}
