package io.onewindow.verifier;

import io.onewindow.tlog.Hashes;
import io.onewindow.tlog.InclusionProof;
import io.onewindow.tlog.InvalidProofException;
import io.onewindow.tlog.MerkleHasher;
import io.onewindow.tlog.ProofBuilder;
import io.onewindow.tlog.checkpoint.Checkpoint;
import io.onewindow.tlog.checkpoint.SignedCheckpoint;
import io.onewindow.tlog.record.RecordExportDocument;
import io.onewindow.tlog.tiles.BundleId;
import io.onewindow.tlog.tiles.InvalidTileException;
import io.onewindow.tlog.tiles.TileHashReader;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

/**
 * {@code verify-record}: checks an exported record ({@link RecordExportDocument}) against the live log. Its
 * salt and canonical form must give the commitment it claims; that commitment must be the log's entry at
 * {@code leafIndex}; and that entry must be included in the log's current signed checkpoint, proven from
 * tiles authenticated against it (only the few tiles the proof needs are fetched).
 */
final class RecordVerification {

    static final String USAGE = "verify-record <record.json> --log <log-url> --vkey <vkey|@file>";

    private RecordVerification() {
    }

    static void run(CommandLine line, PrintStream out) throws UsageException, VerificationFailedException, IOException {
        line.require(USAGE, 1, Set.of("log", "vkey"));
        LogKey key = LogKey.parse(line.required("vkey", USAGE));
        URI prefix = LogClient.prefix(line.required("log", USAGE));
        Path file = Path.of(line.positionals().get(0));
        RecordExportDocument export = InputFiles.readDocument(file, "record export", RecordExportDocument::parse);
        if (export.leafIndex() == null) {
            throw new UsageException("record export " + file + " was made before the record was in the log (its leafIndex is null):"
                    + " export it again");
        }

        if (!export.origin().equals(key.origin())) {
            throw new VerificationFailedException("the record is from log '" + export.origin() + "', the key is for '" + key.origin() + "'");
        }
        byte[] commitment = export.recomputedCommitment();
        if (!MessageDigest.isEqual(commitment, export.commitment())) {
            throw new VerificationFailedException("the record and its salt give the commitment " + Hashes.base64(commitment)
                    + ", not the " + Hashes.base64(export.commitment()) + " the export states: the record or its salt was changed");
        }

        try (LogClient log = new LogClient(prefix)) {
            SignedCheckpoint signed = key.open(log.checkpoint(), "at " + log.url("checkpoint"));
            Checkpoint checkpoint = signed.checkpoint();
            long index = export.leafIndex();
            if (index >= checkpoint.size()) {
                throw new VerificationFailedException("entry " + index + " is not in the log, whose checkpoint has "
                        + checkpoint.size() + " entries");
            }
            BundleId bundle = BundleId.containing(index, checkpoint.size());
            byte[] entry = entry(log, bundle, index);
            if (!MessageDigest.isEqual(entry, commitment)) {
                throw new VerificationFailedException("entry " + index + " in " + bundle.path() + " is " + Hashes.base64(entry)
                        + ", not the record's commitment " + Hashes.base64(commitment));
            }
            try {
                ProofBuilder proofs = new ProofBuilder(TileHashReader.verifying(checkpoint.treeHead(), log));
                InclusionProof proof = proofs.inclusionProof(index, checkpoint.size());
                proof.verify(new MerkleHasher().hashLeaf(entry), checkpoint.rootHash());
            } catch (InvalidTileException e) {
                throw new VerificationFailedException("the log's tiles do not prove entry " + index + ": " + e.getMessage() + ": the log was altered");
            } catch (InvalidProofException e) {
                throw new VerificationFailedException("entry " + index + " is not included in the checkpoint's tree: " + e.getMessage());
            }

            out.println("verified  record " + export.record().getOrDefault("id", "(no id)") + ", entry " + index);
            out.println("log       " + checkpoint.origin() + ", tree size " + checkpoint.size() + ", root " + Hashes.base64(checkpoint.rootHash()));
            out.println("checked   the salt and the canonical record (RFC 8785) give the commitment " + Hashes.base64(commitment));
            out.println("          entry " + index + " in " + bundle.path() + " is that commitment");
            out.println("          checkpoint signed by " + key);
            out.println("          the entry is included in the checkpoint's tree, proven from tiles checked against its root");
            String ignored = LogKey.ignoredSignatures(signed);
            if (!ignored.isEmpty()) {
                out.println("          " + ignored);
            }
        }
    }

    private static byte[] entry(LogClient log, BundleId bundle, long index) throws IOException, VerificationFailedException {
        List<byte[]> entries;
        try {
            entries = log.entries(bundle);
        } catch (InvalidTileException e) {
            throw new VerificationFailedException(e.getMessage() + ": the log was altered");
        }
        return entries.get((int) (index - bundle.firstEntry()));
    }
}
