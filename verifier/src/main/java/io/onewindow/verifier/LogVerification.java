package io.onewindow.verifier;

import io.onewindow.tlog.Hashes;
import io.onewindow.tlog.checkpoint.Checkpoint;
import io.onewindow.tlog.checkpoint.SignedCheckpoint;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * {@code verify-log}: checks a whole log. The checkpoint must be signed by the log's key; every entry is
 * downloaded and the tree rebuilt from them; every hash tile the log serves must be that tree's, and its
 * root the checkpoint's. With a state file, the log must also extend the checkpoint saved there by the
 * previous run, which is then replaced by this one.
 */
final class LogVerification {

    static final String USAGE = "verify-log <log-url> --vkey <vkey|@file> [--state <file>]";

    private LogVerification() {
    }

    static void run(CommandLine line, PrintStream out)
            throws UsageException, VerificationFailedException, IOException {
        line.require(USAGE, 1, Set.of("vkey", "state"));
        LogKey key = LogKey.parse(line.required("vkey", USAGE));
        URI prefix = LogClient.prefix(line.positionals().get(0));
        Optional<Path> stateFile = line.optional("state").map(Path::of);
        Optional<SignedCheckpoint> saved = stateFile.isPresent() ? SavedState.read(stateFile.get(), key) : Optional.empty();

        try (LogClient log = new LogClient(prefix)) {
            byte[] note = log.checkpoint();
            SignedCheckpoint signed = key.open(note, "at " + log.url("checkpoint"));
            Checkpoint latest = signed.checkpoint();
            long earlierSize = saved.map(s -> s.checkpoint().size()).orElse(0L);
            if (earlierSize > latest.size()) {
                throw new VerificationFailedException("the log's checkpoint has " + latest.size() + " entries, the one saved in "
                        + stateFile.get() + " had " + earlierSize + ": the log shrank, or this is an outdated copy of it");
            }

            Findings findings = new Findings();
            long start = System.nanoTime();
            RebuiltTree tree = new TreeRebuild(log, findings).rebuild(latest.size(), earlierSize);
            double seconds = (System.nanoTime() - start) / 1e9;
            boolean entriesMatchTheCheckpoint = MessageDigest.isEqual(tree.rootHash(), latest.rootHash());
            if (!entriesMatchTheCheckpoint) {
                findings.add("the " + tree.size() + " entries make a tree with root " + Hashes.base64(tree.rootHash())
                        + ", but the checkpoint signs " + Hashes.base64(latest.rootHash()) + ": the log was altered");
            }
            String consistency = null;
            if (saved.isPresent() && entriesMatchTheCheckpoint) {
                consistency = checkConsistency(saved.get().checkpoint(), tree, stateFile.get(), findings);
                if (consistency == null) {
                    findings.add(keepEvidence(stateFile.get(), note));
                }
            } else if (saved.isPresent()) {
                // Entries that are not the checkpoint's say nothing about what the log signed before.
                findings.add("whether the log extends the checkpoint saved in " + stateFile.get()
                        + " cannot be told from entries that do not make the checkpoint's tree");
            }
            findings.throwIfAny();

            out.println("verified  " + latest.origin());
            out.println("size      " + latest.size() + " entries");
            out.println("root      " + Hashes.base64(latest.rootHash()));
            out.println("checked   checkpoint signed by " + key);
            out.println("          " + tree.bundles() + " entry bundles read, every entry hashed into the tree");
            out.println("          " + tree.tiles() + " hash tiles match the tree rebuilt from the entries");
            out.println("          the rebuilt tree's root is the checkpoint's");
            if (consistency != null) {
                out.println("          " + consistency);
            }
            String ignored = LogKey.ignoredSignatures(signed);
            if (!ignored.isEmpty()) {
                out.println("          " + ignored);
            }
            out.printf("speed     %d entries in %.1f s: %.0f entries/s%n", latest.size(), seconds, latest.size() / Math.max(seconds, 1e-9));
            if (stateFile.isPresent()) {
                SavedState.write(stateFile.get(), note);
                out.println("state     checkpoint of size " + latest.size() + " saved in " + stateFile.get());
            }
        }
    }

    /**
     * Keeps the checkpoint that contradicts the saved one. Both are signed by the log's key, and the
     * entries the log serves for the new one give another root for the old size: together they prove
     * the rewrite to anyone, without trusting the auditor.
     */
    private static String keepEvidence(Path stateFile, byte[] note) throws UsageException {
        Path evidence = Path.of(stateFile + ".conflict");
        SavedState.write(evidence, note);
        return "the log's checkpoint is kept in " + evidence + ": with the one in " + stateFile
                + ", both signed by the log's key, it is evidence of the rewrite";
    }

    /**
     * Adds a finding when the log does not extend the saved checkpoint, returns the line to print when it
     * does. The entries already make the new checkpoint's tree; the log extends the old one exactly when its
     * first entries make the old root (which is what an RFC 9162 consistency proof attests, here checked
     * on the entries themselves).
     */
    private static String checkConsistency(Checkpoint earlier, RebuiltTree tree, Path stateFile, Findings findings) {
        if (earlier.size() == 0) {
            return "the checkpoint saved in " + stateFile + " is of the empty log, which every log extends";
        }
        byte[] rebuiltEarlierRoot = tree.earlierRootHash().orElseThrow();
        if (!MessageDigest.isEqual(rebuiltEarlierRoot, earlier.rootHash())) {
            findings.add("the first " + earlier.size() + " entries make a tree with root " + Hashes.base64(rebuiltEarlierRoot)
                    + ", not the root " + Hashes.base64(earlier.rootHash()) + " of the checkpoint saved in " + stateFile
                    + ": the log rewrote its history");
            return null;
        }
        return "extends the checkpoint of size " + earlier.size() + " saved in " + stateFile
                + " (its first " + earlier.size() + " entries give that checkpoint's root)";
    }
}
