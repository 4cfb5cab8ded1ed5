package io.onewindow.verifier;

import io.onewindow.tlog.Hashes;
import io.onewindow.tlog.InvalidProofException;
import io.onewindow.tlog.MerkleHasher;
import io.onewindow.tlog.ProofVerifier;
import io.onewindow.tlog.checkpoint.Checkpoint;
import io.onewindow.tlog.checkpoint.SignedCheckpoint;
import io.onewindow.tlog.record.ReceiptDocument;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code verify-receipt}: checks a receipt ({@link ReceiptDocument}) offline. Its checkpoint must be signed
 * by the log's key and be of the receipt's origin and tree size, and the inclusion proof must lead from the
 * leaf {@code SHA-256(0x00 || recordHash)} at {@code leafIndex} to the checkpoint's root (RFC 9162 §2.1.3.2).
 */
final class ReceiptVerification {

    static final String USAGE = "verify-receipt <receipt.json> --vkey <vkey|@file>";

    private ReceiptVerification() {
    }

    static void run(CommandLine line, PrintStream out) throws UsageException, VerificationFailedException {
        line.require(USAGE, 1, Set.of("vkey"));
        LogKey key = LogKey.parse(line.required("vkey", USAGE));
        ReceiptDocument receipt = InputFiles.readDocument(Path.of(line.positionals().get(0)), "receipt", ReceiptDocument::parse);

        if (!receipt.origin().equals(key.origin())) {
            throw new VerificationFailedException("the receipt is from log '" + receipt.origin() + "', the key is for '" + key.origin() + "'");
        }
        SignedCheckpoint signed = key.open(receipt.checkpoint().getBytes(StandardCharsets.UTF_8), "in the receipt");
        Checkpoint checkpoint = signed.checkpoint();
        if (checkpoint.size() != receipt.treeSize()) {
            throw new VerificationFailedException("the receipt says tree size " + receipt.treeSize() + ", its checkpoint "
                    + checkpoint.size() + ": the receipt was altered");
        }
        byte[] leafHash = new MerkleHasher().hashLeaf(receipt.recordHash());
        try {
            ProofVerifier.verifyInclusion(receipt.leafIndex(), receipt.treeSize(), leafHash, receipt.inclusionProof(), checkpoint.rootHash());
        } catch (InvalidProofException e) {
            throw new VerificationFailedException("the record hash is not proven to be entry " + receipt.leafIndex()
                    + " of the checkpoint's tree: " + e.getMessage());
        }

        out.println("verified  receipt " + receipt.id());
        out.println("log       " + checkpoint.origin() + ", tree size " + checkpoint.size() + ", root " + Hashes.base64(checkpoint.rootHash()));
        out.println("record    " + Hashes.base64(receipt.recordHash()) + " is entry " + receipt.leafIndex());
        out.println("checked   checkpoint signed by " + key);
        out.println("          inclusion proof of " + receipt.inclusionProof().size() + " hashes leads to the checkpoint's root");
        String ignored = LogKey.ignoredSignatures(signed);
        if (!ignored.isEmpty()) {
            out.println("          " + ignored);
        }
    }
}
