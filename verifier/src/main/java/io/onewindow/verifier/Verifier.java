package io.onewindow.verifier;

import io.onewindow.tlog.tiles.InvalidTileException;
import java.io.IOException;
import java.io.PrintStream;

/**
 * The verifier's command line: picks the command, runs it, and turns its outcome into an
 * {@link ExitCode}. Results go to {@code out}, problems to {@code err}.
 */
public final class Verifier {

    static final String HELP = """
            OneWindow verifier: checks OneWindow's transparency log without trusting the platform.

            usage: java -jar onewindow-verifier.jar <command> <arguments>

              %s
                  Downloads every entry, rebuilds the Merkle tree, checks every hash tile and the signed
                  checkpoint. With --state, also checks that the log extends the checkpoint saved there by
                  the previous run, then saves the new one.
              %s
                  Checks a receipt offline: its checkpoint's signature, and the proof that its record hash
                  is in that checkpoint's tree.
              %s
                  Checks an exported record: its commitment, that the log holds it at its index, and that
                  the log's current checkpoint includes it.

            <log-url>  the log's URL prefix, e.g. https://example.gov.cn/onewindow/log
            --vkey     the log's Ed25519 verifier key, <origin>+<key id>+<base64>, or @file holding it;
                       obtain it from the operator's published value, not from the log itself
            --state    a file that keeps the last verified checkpoint from one run to the next

            exit status:
              0  verified
              1  verification failed: a signature, hash, proof or consistency check does not hold
              2  usage error: bad arguments, an unreadable file, malformed JSON
              3  the log could not be reached or answered with an HTTP error
              4  the verifier itself failed; nothing can be concluded
            """.formatted(LogVerification.USAGE, ReceiptVerification.USAGE, RecordVerification.USAGE);

    private Verifier() {
    }

    /** Runs one command line and returns its exit status, without exiting. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return outcome(args, out, err).status();
    }

    private static ExitCode outcome(String[] args, PrintStream out, PrintStream err) {
        try {
            CommandLine line = CommandLine.parse(args);
            if (line.help()) {
                out.print(HELP);
                return ExitCode.VERIFIED;
            }
            if (line.command() == null) {
                throw new UsageException("no command given");
            }
            switch (line.command()) {
                case "verify-log" -> LogVerification.run(line, out);
                case "verify-receipt" -> ReceiptVerification.run(line, out);
                case "verify-record" -> RecordVerification.run(line, out);
                default -> throw new UsageException("unknown command '" + line.command() + "'");
            }
            return ExitCode.VERIFIED;
        } catch (UsageException e) {
            err.println("verifier: " + e.getMessage());
            err.println("run with --help for the commands and their arguments");
            return ExitCode.USAGE;
        } catch (VerificationFailedException e) {
            e.problems().forEach(problem -> err.println("FAILED: " + problem));
            return ExitCode.FAILED;
        } catch (InvalidTileException e) {
            err.println("FAILED: " + e.getMessage() + ": the log was altered");
            return ExitCode.FAILED;
        } catch (IOException e) {
            err.println("verifier: the log could not be reached: " + e.getMessage());
            return ExitCode.UNREACHABLE;
        } catch (RuntimeException e) {
            err.println("verifier: internal error, nothing can be concluded about the log:");
            e.printStackTrace(err);
            return ExitCode.INTERNAL_ERROR;
        }
    }
}
