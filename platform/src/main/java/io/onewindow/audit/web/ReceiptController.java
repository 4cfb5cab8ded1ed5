package io.onewindow.audit.web;

import io.onewindow.audit.Receipt;
import io.onewindow.audit.Receipts;
import io.onewindow.audit.internal.CheckpointSigners;
import io.onewindow.audit.internal.RecordStore;
import io.onewindow.tlog.InvalidProofException;
import io.onewindow.tlog.MerkleHasher;
import io.onewindow.tlog.ProofVerifier;
import io.onewindow.tlog.checkpoint.Checkpoint;
import io.onewindow.tlog.note.NoteVerificationException;
import io.onewindow.tlog.note.SignedNote;
import io.onewindow.tlog.record.ReceiptDocument;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A receipt's page and its download. The page says in words what was done, by which department in which
 * role and why (never by whom by name, nor to whom: the page is public to whoever has its link), then whether
 * the server could verify the proof; with JavaScript the browser checks the proof and the checkpoint signature
 * again on its own.
 */
@Controller
class ReceiptController {

    private final Receipts receipts;
    private final CheckpointSigners signers;
    private final RecordStore records;
    private final ReadFor readFor;

    ReceiptController(Receipts receipts, CheckpointSigners signers, RecordStore records, ReadFor readFor) {
        this.receipts = receipts;
        this.signers = signers;
        this.records = records;
        this.readFor = readFor;
    }

    @GetMapping("/receipts/{id}")
    String show(@PathVariable UUID id, Locale locale, Model model) {
        Receipt receipt = receipts.find(id).orElseThrow(NotFound::new);
        model.addAttribute("receipt", receipt);
        var record = records.find(id).map(RecordStore.StoredRecord::record).orElse(null);
        model.addAttribute("record", record);
        model.addAttribute("readFor", readFor.of(record, locale));
        model.addAttribute("vkey", signers.verifierKey());
        model.addAttribute("verified", receipt.integrated() && proves(receipt));
        model.addAttribute("proofJson", String.join(",", receipt.inclusionProof()));
        return "audit/receipt";
    }

    @GetMapping(value = "/receipts/{id}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> download(@PathVariable UUID id) {
        Receipt receipt = receipts.find(id).filter(Receipt::integrated).orElseThrow(NotFound::new);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("receipt-" + id + ".json").build().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(receipt.document().toJson());
    }

    /** The server's own check: the entry's leaf hash, folded with the proof, gives the checkpoint's root. */
    static boolean proves(Receipt receipt) {
        try {
            ReceiptDocument document = receipt.document();
            Checkpoint checkpoint = Checkpoint.parse(SignedNote.parse(document.checkpoint()).text());
            byte[] leaf = MerkleHasher.forCurrentThread().hashLeaf(document.recordHash());
            ProofVerifier.verifyInclusion(document.leafIndex(), checkpoint.size(), leaf, document.inclusionProof(), checkpoint.rootHash());
            return checkpoint.size() == document.treeSize();
        } catch (InvalidProofException | NoteVerificationException | IllegalArgumentException e) {
            return false;
        }
    }
}
