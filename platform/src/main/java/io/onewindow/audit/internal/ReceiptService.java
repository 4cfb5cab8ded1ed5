package io.onewindow.audit.internal;

import io.onewindow.audit.Receipt;
import io.onewindow.audit.Receipts;
import io.onewindow.tlog.InclusionProof;
import io.onewindow.tlog.ProofBuilder;
import io.onewindow.tlog.tiles.TileHashReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds receipts: the inclusion proof of a record's entry in the newest signed checkpoint. */
@Service
class ReceiptService implements Receipts {

    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    private final RecordStore records;
    private final LogStore log;
    private final AuditSettings settings;

    ReceiptService(RecordStore records, LogStore log, AuditSettings settings) {
        this.records = records;
        this.log = log;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Receipt> find(UUID id) {
        return records.find(id).map(stored -> {
            String hash = BASE64.encodeToString(stored.commitment());
            Optional<LogStore.SignedHead> checkpoint = log.latestCheckpoint().filter(c -> stored.leafIndex() != null
                    && c.size() > stored.leafIndex());
            if (checkpoint.isEmpty()) {
                return new Receipt(id, settings.origin(), null, hash, null, List.of(), null);
            }
            long size = checkpoint.get().size();
            return new Receipt(id, settings.origin(), stored.leafIndex(), hash, size, proof(stored.leafIndex(), size),
                    checkpoint.get().note());
        });
    }

    private List<String> proof(long leafIndex, long treeSize) {
        try {
            InclusionProof proof = new ProofBuilder(TileHashReader.trusting(treeSize, log)).inclusionProof(leafIndex, treeSize);
            return proof.hashes().stream().map(BASE64::encodeToString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The log's tiles cannot prove leaf " + leafIndex, e);
        }
    }
}
