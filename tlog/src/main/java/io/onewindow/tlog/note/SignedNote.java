package io.onewindow.tlog.note;

import static io.onewindow.tlog.note.NoteVerificationException.Reason.INVALID_SIGNATURE;
import static io.onewindow.tlog.note.NoteVerificationException.Reason.MALFORMED;
import static io.onewindow.tlog.note.NoteVerificationException.Reason.NO_KNOWN_SIGNATURE;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A note and its signatures (C2SP signed-note): the text, ending in a newline, then a blank line, then one
 * signature line per signature. Parsing only checks the syntax; {@link #verify(KnownVerifiers)} is what
 * makes the text trustworthy.
 *
 * @param text       the note text, final newline included
 * @param signatures the signatures, in the order of their lines
 */
public record SignedNote(String text, List<NoteSignature> signatures) {

    /**
     * At most this many signature lines are read. C2SP signed-note requires accepting at least 16;
     * more room leaves space for witness cosignatures.
     */
    public static final int MAX_SIGNATURES = 100;

    private static final String SIGNATURE_PREFIX = "\u2014 ";

    public SignedNote {
        if (!NoteSyntax.isValidText(text)) {
            throw new IllegalArgumentException("note text must end in a newline and contain no control characters");
        }
        signatures = List.copyOf(signatures);
        if (signatures.size() > MAX_SIGNATURES) {
            throw new IllegalArgumentException("a note carries at most " + MAX_SIGNATURES + " signatures");
        }
    }

    /** Signs a text with each signer, in order. */
    public static SignedNote sign(String text, NoteSigner... signers) throws GeneralSecurityException {
        SignedNote note = new SignedNote(text, List.of());
        for (NoteSigner signer : signers) {
            note = note.withSignatureBy(signer);
        }
        return note;
    }

    /**
     * Adds a signature by {@code signer}, replacing any earlier one by the same key: how a second party
     * cosigns a note that already carries the first signature.
     */
    public SignedNote withSignatureBy(NoteSigner signer) throws GeneralSecurityException {
        byte[] signature = signer.sign(text.getBytes(StandardCharsets.UTF_8));
        NoteSignature added = new NoteSignature(signer.keyName(), signer.keyId(), signature);
        List<NoteSignature> all = new ArrayList<>();
        for (NoteSignature existing : signatures) {
            if (!existing.sameKey(signer.keyName(), signer.keyId())) {
                all.add(existing);
            }
        }
        all.add(added);
        return new SignedNote(text, all);
    }

    /** The note as it is written and sent. */
    public String format() {
        StringBuilder out = new StringBuilder(text).append('\n');
        signatures.forEach(signature -> out.append(signature.line()));
        return out.toString();
    }

    /** The note's UTF-8 bytes. */
    public byte[] toBytes() {
        return format().getBytes(StandardCharsets.UTF_8);
    }

    /** Parses a signed note's syntax, without checking any signature. */
    public static SignedNote parse(byte[] note) throws NoteVerificationException {
        try {
            return parse(NoteSyntax.decodeUtf8(note));
        } catch (CharacterCodingException e) {
            throw new NoteVerificationException(MALFORMED, "a signed note is valid UTF-8");
        }
    }

    /** Parses a signed note's syntax, without checking any signature. */
    public static SignedNote parse(String note) throws NoteVerificationException {
        if (!NoteSyntax.hasNoControlCharacters(note)) {
            throw malformed("it contains a control character other than newline");
        }
        if (!note.endsWith("\n")) {
            throw malformed("it does not end in a newline");
        }
        // The text ends at the last blank line: signature lines are never empty (C2SP signed-note, "Format").
        int blank = note.lastIndexOf("\n\n");
        if (blank < 0) {
            throw malformed("it has no blank line before the signatures");
        }
        String text = note.substring(0, blank + 1);
        String block = note.substring(blank + 2);
        if (block.isEmpty()) {
            throw malformed("it has no signature");
        }
        String[] lines = block.substring(0, block.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw malformed("it has more than " + MAX_SIGNATURES + " signatures");
        }
        List<NoteSignature> signatures = new ArrayList<>(lines.length);
        for (String line : lines) {
            signatures.add(parseSignatureLine(line));
        }
        return new SignedNote(text, signatures);
    }

    private static NoteSignature parseSignatureLine(String line) throws NoteVerificationException {
        if (!line.startsWith(SIGNATURE_PREFIX)) {
            throw malformed("a line after the blank line is not a signature: '" + line + "'");
        }
        int space = line.indexOf(' ', SIGNATURE_PREFIX.length());
        if (space < 0) {
            throw malformed("a signature line has no signature");
        }
        String name = line.substring(SIGNATURE_PREFIX.length(), space);
        if (!NoteSyntax.isValidKeyName(name)) {
            throw malformed("a signature line has an invalid key name: '" + name + "'");
        }
        byte[] idAndSignature = NoteSyntax.decodeCanonicalBase64(line.substring(space + 1));
        if (idAndSignature == null || idAndSignature.length < 5) {
            throw malformed("the signature of " + name + " is not base64 of a key ID and a signature");
        }
        int keyId = ((idAndSignature[0] & 0xFF) << 24) | ((idAndSignature[1] & 0xFF) << 16)
                | ((idAndSignature[2] & 0xFF) << 8) | (idAndSignature[3] & 0xFF);
        byte[] signature = Arrays.copyOfRange(idAndSignature, 4, idAndSignature.length);
        return new NoteSignature(name, keyId, signature);
    }

    /**
     * Checks the signatures against the known verifiers (C2SP signed-note, "Signatures"): signatures by
     * unknown keys are ignored, every signature by a known key must verify, and at least one must.
     *
     * @throws NoteVerificationException when a known key's signature fails, when no known key signed, or
     *                                   when two known verifiers claim the same key
     */
    public VerifiedNote verify(KnownVerifiers known) throws NoteVerificationException {
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        List<NoteSignature> verified = new ArrayList<>();
        List<NoteSignature> unverified = new ArrayList<>();
        Set<String> seenKeys = new HashSet<>();
        for (NoteSignature signature : signatures) {
            Optional<NoteVerifier> verifier = known.find(signature.keyName(), signature.keyId());
            if (verifier.isEmpty()) {
                if (!unverified.contains(signature)) {
                    unverified.add(signature);
                }
                continue;
            }
            // Every signature by a known key is checked, a repeated one too; the key is listed once.
            if (!verifier.get().verify(message, signature.signature())) {
                throw new NoteVerificationException(INVALID_SIGNATURE, "invalid signature for key " + signature, this);
            }
            if (seenKeys.add(signature.toString())) {
                verified.add(signature);
            }
        }
        if (verified.isEmpty()) {
            throw new NoteVerificationException(NO_KNOWN_SIGNATURE, "note has no signature by a known key", this);
        }
        return new VerifiedNote(text, verified, unverified);
    }

    /** Parses and verifies in one step. */
    public static VerifiedNote open(byte[] note, KnownVerifiers known) throws NoteVerificationException {
        return parse(note).verify(known);
    }

    private static NoteVerificationException malformed(String why) {
        return new NoteVerificationException(MALFORMED, "malformed note: " + why);
    }
}
