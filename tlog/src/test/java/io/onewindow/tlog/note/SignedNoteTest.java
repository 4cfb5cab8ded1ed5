package io.onewindow.tlog.note;

import static io.onewindow.tlog.note.GoNoteExamples.ENOCH_SIGNATURE;
import static io.onewindow.tlog.note.GoNoteExamples.ENOCH_VERIFIER_KEY;
import static io.onewindow.tlog.note.GoNoteExamples.PETER_SIGNATURE;
import static io.onewindow.tlog.note.GoNoteExamples.PETER_SIGNER_KEY;
import static io.onewindow.tlog.note.GoNoteExamples.PETER_VERIFIER_KEY;
import static io.onewindow.tlog.note.GoNoteExamples.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.tlog.note.NoteVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SignedNoteTest {

    private static final NoteVerifier PETER = Ed25519NoteVerifier.parse(PETER_VERIFIER_KEY);
    private static final NoteVerifier ENOCH = Ed25519NoteVerifier.parse(ENOCH_VERIFIER_KEY);
    private static final NoteSignature PETER_SIG = signatureOf(PETER_SIGNATURE);
    private static final NoteSignature ENOCH_SIG = signatureOf(ENOCH_SIGNATURE);

    @Test
    void signingTheGoExampleGivesTheGoSignature() throws Exception {
        SignedNote note = SignedNote.sign(TEXT, Ed25519NoteSigner.parse(PETER_SIGNER_KEY));
        assertThat(note.format()).isEqualTo(TEXT + "\n" + PETER_SIGNATURE);
    }

    @Test
    void signingAgainReplacesTheSignersEarlierSignature() throws Exception {
        SignedNote stale = new SignedNote(TEXT, List.of(new NoteSignature("PeterNeumann", 0xc74f20a3, new byte[] {1, 2, 3})));
        assertThat(stale.withSignatureBy(Ed25519NoteSigner.parse(PETER_SIGNER_KEY)).format()).isEqualTo(TEXT + "\n" + PETER_SIGNATURE);
    }

    @Test
    void aSignatureByAnUnknownKeyIsIgnoredAndListed() throws Exception {
        VerifiedNote note = SignedNote.open(bytes(TEXT + "\n" + PETER_SIGNATURE + ENOCH_SIGNATURE), KnownVerifiers.of(PETER));
        assertThat(note.text()).isEqualTo(TEXT);
        assertThat(note.verified()).containsExactly(PETER_SIG);
        assertThat(note.unverified()).containsExactly(ENOCH_SIG);
    }

    @Test
    void bothKnownSignaturesAreVerified() throws Exception {
        VerifiedNote note = SignedNote.open(bytes(TEXT + "\n" + PETER_SIGNATURE + ENOCH_SIGNATURE), KnownVerifiers.of(PETER, ENOCH));
        assertThat(note.verified()).containsExactly(PETER_SIG, ENOCH_SIG);
        assertThat(note.unverified()).isEmpty();
    }

    @Test
    void aNoteNoKnownKeySignedIsRejected() {
        assertThatThrownBy(() -> SignedNote.open(bytes(TEXT + "\n" + PETER_SIGNATURE + ENOCH_SIGNATURE), KnownVerifiers.of()))
                .isInstanceOfSatisfying(NoteVerificationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NO_KNOWN_SIGNATURE);
                    assertThat(e.untrustedNote()).hasValueSatisfying(n -> assertThat(n.signatures()).hasSize(2));
                });
        // A signature under another name, or with another key ID, is not the known key's (Go's test).
        assertRejected(TEXT + "\n" + PETER_SIGNATURE.replace("PeterNeumann", "CarmenSandiego"), Reason.NO_KNOWN_SIGNATURE, PETER);
        assertRejected(TEXT + "\n" + PETER_SIGNATURE.replace("x08g", "xxxx"), Reason.NO_KNOWN_SIGNATURE, PETER);
    }

    @Test
    void aKnownKeyListedTwiceIsAmbiguousOnlyWhenItSigned() throws Exception {
        assertRejected(TEXT + "\n" + ENOCH_SIGNATURE, Reason.AMBIGUOUS_KEY, ENOCH, PETER, ENOCH);
        assertThat(SignedNote.open(bytes(TEXT + "\n" + PETER_SIGNATURE), KnownVerifiers.of(ENOCH, PETER, ENOCH)).verified())
                .containsExactly(PETER_SIG);
    }

    @Test
    void anInvalidSignatureByAKnownKeyRejectsTheWholeNote() {
        String broken = PETER_SIGNATURE.substring(0, 60) + "ABCD" + PETER_SIGNATURE.substring(60);
        assertRejected(TEXT + "\n" + broken, Reason.INVALID_SIGNATURE, PETER);
        assertRejected(TEXT + "\n" + PETER_SIGNATURE + broken, Reason.INVALID_SIGNATURE, PETER);
    }

    @Test
    void repeatedSignaturesAreListedOnce() throws Exception {
        String enochBroken = ENOCH_SIGNATURE.substring(0, 60) + "ABCD" + ENOCH_SIGNATURE.substring(60);
        VerifiedNote note = SignedNote.open(bytes(TEXT + "\n" + PETER_SIGNATURE + PETER_SIGNATURE + ENOCH_SIGNATURE
                + ENOCH_SIGNATURE + enochBroken), KnownVerifiers.of(PETER));
        assertThat(note.verified()).containsExactly(PETER_SIG);
        assertThat(note.unverified()).containsExactly(ENOCH_SIG, signatureOf(enochBroken));
    }

    @Test
    void malformedNotesAreRejected() {
        // Go's badMsgs, then more: a control character, a lone \r, bad UTF-8, no signature block at all.
        String[] bad = {
            TEXT,
            TEXT + "\n",
            TEXT + "\n" + PETER_SIGNATURE.substring(0, PETER_SIGNATURE.length() - 1),
            "\u0001" + TEXT + "\n" + PETER_SIGNATURE,
            TEXT + "\n" + "\u2014 Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=",
            TEXT + "\n" + PETER_SIGNATURE + "Unexpected line.\n",
            TEXT.replace("\n", "\r\n") + "\n" + PETER_SIGNATURE,
            TEXT + "\n" + PETER_SIGNATURE.replace("\u2014", "-"),
            TEXT + "\n" + PETER_SIGNATURE.replace("=\n", "\n"),
            TEXT + "\n" + "\u2014 PeterNeumann AAAAAA==\n",
            TEXT + "\n" + PETER_SIGNATURE.repeat(101),
        };
        for (String note : bad) {
            assertRejected(note, Reason.MALFORMED, PETER);
        }
        byte[] notUtf8 = bytes(TEXT + "\n" + PETER_SIGNATURE);
        notUtf8[0] = (byte) 0xFF;
        assertThatThrownBy(() -> SignedNote.open(notUtf8, KnownVerifiers.of(PETER)))
                .isInstanceOfSatisfying(NoteVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
    }

    @Test
    void theSpecExampleSplitsAtTheLastBlankLine() throws Exception {
        // The example of C2SP signed-note: a text that has a blank line of its own.
        String example = "Ognuno sta solo sul cuor della terra\ntrafitto da un raggio di sole:\n\ned \u00e8 subito sera.\n\n"
                + "\u2014 quasimodo.example/salvatore NnugSzTjtVAewIS+Z/iJhUPeFDkO/5QQ2i5ddnGITLlC+EhfLW9oJKONrMouFSQU0xMcXxj99ihAQwaqP3ZekRwNtIc=\n";
        SignedNote note = SignedNote.parse(bytes(example));
        assertThat(note.text()).endsWith(":\n\ned \u00e8 subito sera.\n");
        assertThat(note.signatures()).singleElement().satisfies(s -> {
            assertThat(s.keyName()).isEqualTo("quasimodo.example/salvatore");
            assertThat(s.signature()).hasSize(64);
        });
        assertThat(note.format()).isEqualTo(example);
    }

    @Test
    void aCosignatureOfAnotherAlgorithmIsToleratedAndCanBePluggedIn() throws Exception {
        Ed25519NoteSigner log = Ed25519NoteSigner.generate("gov.example/log", new SecureRandom());
        OtherAlgorithmSigner cosigner = new OtherAlgorithmSigner("gov.example/log");
        SignedNote note = SignedNote.sign("gov.example/log\n7\nAAAA\n", log, cosigner);

        VerifiedNote byLogKeyOnly = note.verify(KnownVerifiers.of(log.verifier()));
        assertThat(byLogKeyOnly.verified()).extracting(NoteSignature::keyId).containsExactly(log.keyId());
        assertThat(byLogKeyOnly.unverified()).extracting(NoteSignature::keyId).containsExactly(cosigner.keyId());

        VerifiedNote byBoth = note.verify(KnownVerifiers.of(log.verifier(), cosigner.verifier()));
        assertThat(byBoth.verified()).hasSize(2);
    }

    @Property(tries = 200)
    void signedNotesRoundTripAndVerify(@ForAll @StringLength(max = 200) @CharRange(from = ' ', to = '\uD7FF') String line,
                                       @ForAll @IntRange(min = 1, max = 4) int lines) throws Exception {
        String text = (line + "\n").repeat(lines);
        Ed25519NoteSigner signer = Ed25519NoteSigner.generate("example.org/log", new SecureRandom());
        SignedNote note = SignedNote.sign(text, signer);
        VerifiedNote verified = SignedNote.open(note.toBytes(), KnownVerifiers.of(signer.verifier()));
        assertThat(verified.text()).isEqualTo(text);
        assertThat(SignedNote.parse(note.format())).isEqualTo(note);
    }

    @Property(tries = 200)
    void aChangedTextOrAFlippedSignatureBitIsRejected(@ForAll @StringLength(min = 1, max = 100) @CharRange(from = ' ', to = '~') String line,
                                                     @ForAll @IntRange(min = 0, max = 511) int bit) throws Exception {
        Ed25519NoteSigner signer = Ed25519NoteSigner.generate("example.org/log", new SecureRandom());
        SignedNote note = SignedNote.sign(line + "\n", signer);
        KnownVerifiers known = KnownVerifiers.of(signer.verifier());

        SignedNote otherText = new SignedNote(line + "!\n", note.signatures());
        assertThatThrownBy(() -> otherText.verify(known)).isInstanceOf(NoteVerificationException.class);

        NoteSignature original = note.signatures().get(0);
        byte[] signature = original.signature();
        signature[bit / 8] ^= (byte) (1 << (bit % 8));
        SignedNote otherSignature = new SignedNote(note.text(), List.of(new NoteSignature(original.keyName(), original.keyId(), signature)));
        assertThatThrownBy(() -> otherSignature.verify(known))
                .isInstanceOfSatisfying(NoteVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_SIGNATURE));
    }

    private static void assertRejected(String note, Reason reason, NoteVerifier... known) {
        assertThatThrownBy(() -> SignedNote.open(bytes(note), KnownVerifiers.of(known)))
                .as(note)
                .isInstanceOfSatisfying(NoteVerificationException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static NoteSignature signatureOf(String line) {
        try {
            return SignedNote.parse(TEXT + "\n" + line).signatures().get(0);
        } catch (NoteVerificationException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A signer of an algorithm without an assigned type byte (0xFF and a longer identifier, as C2SP
     * signed-note recommends), the way the platform adds SM2: here ECDSA P-256 from the JDK stands in.
     */
    private static final class OtherAlgorithmSigner implements NoteSigner {
        private final String name;
        private final java.security.KeyPair keys;
        private final VerifierKey verifierKey;

        OtherAlgorithmSigner(String name) throws GeneralSecurityException {
            this.name = name;
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            this.keys = generator.generateKeyPair();
            byte[] id = "\u00ffexample-ecdsa-p256".getBytes(StandardCharsets.ISO_8859_1);
            byte[] spki = keys.getPublic().getEncoded();
            byte[] typed = new byte[id.length + spki.length];
            System.arraycopy(id, 0, typed, 0, id.length);
            System.arraycopy(spki, 0, typed, id.length, spki.length);
            this.verifierKey = VerifierKey.of(name, typed);
        }

        @Override
        public String keyName() {
            return name;
        }

        @Override
        public int keyId() {
            return verifierKey.keyId();
        }

        @Override
        public byte[] sign(byte[] text) throws GeneralSecurityException {
            java.security.Signature signature = java.security.Signature.getInstance("SHA256withECDSA");
            signature.initSign(keys.getPrivate());
            signature.update(text);
            return signature.sign();
        }

        NoteVerifier verifier() {
            return new NoteVerifier() {
                @Override
                public String keyName() {
                    return name;
                }

                @Override
                public int keyId() {
                    return verifierKey.keyId();
                }

                @Override
                public boolean verify(byte[] text, byte[] signature) {
                    try {
                        java.security.Signature verifier = java.security.Signature.getInstance("SHA256withECDSA");
                        verifier.initVerify(keys.getPublic());
                        verifier.update(text);
                        return verifier.verify(signature);
                    } catch (GeneralSecurityException e) {
                        return false;
                    }
                }
            };
        }
    }
}
