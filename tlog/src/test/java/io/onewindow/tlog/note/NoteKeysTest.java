package io.onewindow.tlog.note;

import static io.onewindow.tlog.note.GoNoteExamples.PETER_SIGNER_KEY;
import static io.onewindow.tlog.note.GoNoteExamples.PETER_VERIFIER_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class NoteKeysTest {

    @Test
    void goExampleKeysParseAndTheSignerDerivesTheVerifiersKey() {
        Ed25519NoteVerifier verifier = Ed25519NoteVerifier.parse(PETER_VERIFIER_KEY);
        assertThat(verifier.keyName()).isEqualTo("PeterNeumann");
        assertThat(NoteKeyId.hex(verifier.keyId())).isEqualTo("c74f20a3");

        Ed25519NoteSigner signer = Ed25519NoteSigner.parse(PETER_SIGNER_KEY);
        assertThat(signer.verifierKey().format()).isEqualTo(PETER_VERIFIER_KEY);
        assertThat(signer.signerKey().format()).isEqualTo(PETER_SIGNER_KEY);
    }

    @Test
    void everyTruncationOrChangedCharacterOfAVerifierKeyIsRejected() {
        // As Go's TestNewVerifier: every proper substring and every single incremented byte.
        for (int i = 0; i <= PETER_VERIFIER_KEY.length(); i++) {
            for (int j = i + 1; j <= PETER_VERIFIER_KEY.length(); j++) {
                if (i != 0 || j != PETER_VERIFIER_KEY.length()) {
                    assertRejected(PETER_VERIFIER_KEY.substring(i, j));
                }
            }
        }
        for (int i = 0; i < PETER_VERIFIER_KEY.length(); i++) {
            char[] chars = PETER_VERIFIER_KEY.toCharArray();
            chars[i]++;
            assertRejected(new String(chars));
        }
        // A key of the wrong length and an unknown algorithm, each with a matching key ID (Go's test).
        assertRejected("PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==");
        assertRejected("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
    }

    @Test
    void everyTruncationOrChangedCharacterOfASignerKeyIsRejected() {
        for (int i = 0; i <= PETER_SIGNER_KEY.length(); i++) {
            for (int j = i + 1; j <= PETER_SIGNER_KEY.length(); j++) {
                if (i != 0 || j != PETER_SIGNER_KEY.length()) {
                    String key = PETER_SIGNER_KEY.substring(i, j);
                    assertThatThrownBy(() -> Ed25519NoteSigner.parse(key)).as(key).isInstanceOf(IllegalArgumentException.class);
                }
            }
        }
        for (int i = 0; i < PETER_SIGNER_KEY.length(); i++) {
            char[] chars = PETER_SIGNER_KEY.toCharArray();
            chars[i]++;
            String key = new String(chars);
            assertThatThrownBy(() -> Ed25519NoteSigner.parse(key)).as(key).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theSignerKeyIsNotPrintedByToString() {
        assertThat(SignerKey.parse(PETER_SIGNER_KEY).toString()).doesNotContain("AYEKFALV").contains("PeterNeumann+c74f20a3");
    }

    @Test
    void keysOfOtherAlgorithmsParseAsKeyStrings() {
        byte[] typed = {VerifierKey.TYPE_UNASSIGNED, 's', 'm', '2', 9, 9, 9};
        VerifierKey key = VerifierKey.of("gov.example/log", typed);
        assertThat(VerifierKey.parse(key.format())).isEqualTo(key);
        assertThat(key.signatureType()).isEqualTo(VerifierKey.TYPE_UNASSIGNED);
        assertThatThrownBy(() -> Ed25519NoteVerifier.fromKey(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 200)
    void generatedKeysRoundTripThroughTheirStrings(@ForAll("keyNames") String name) {
        Ed25519NoteSigner signer = Ed25519NoteSigner.generate(name, new SecureRandom());
        VerifierKey verifierKey = VerifierKey.parse(signer.verifierKey().format());
        assertThat(verifierKey).isEqualTo(signer.verifierKey());
        assertThat(Ed25519NoteVerifier.fromKey(verifierKey).keyId()).isEqualTo(signer.keyId());
        Ed25519NoteSigner again = Ed25519NoteSigner.parse(signer.signerKey().format());
        assertThat(again.verifierKey()).isEqualTo(signer.verifierKey());
    }

    @Property(tries = 300)
    void verifierKeyStringsRoundTrip(@ForAll("keyNames") String name, @ForAll int keyId,
                                     @ForAll @Size(min = 2, max = 100) byte[] typedKey) {
        VerifierKey key = new VerifierKey(name, keyId, typedKey);
        assertThat(VerifierKey.parse(key.format())).isEqualTo(key);
    }

    @Test
    void keyNamesWithSpacesOrPlusAreRefused() {
        assertThatThrownBy(() -> Ed25519NoteSigner.generate("a b", new SecureRandom())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ed25519NoteSigner.generate("a+b", new SecureRandom())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ed25519NoteSigner.generate("a\u3000b", new SecureRandom())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ed25519NoteSigner.generate("", new SecureRandom())).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<String> keyNames() {
        return Arbitraries.strings().withCharRange('!', '~').withChars("政务网/").excludeChars('+').ofMinLength(1).ofMaxLength(40);
    }

    private static void assertRejected(String key) {
        assertThatThrownBy(() -> Ed25519NoteVerifier.parse(key)).as(key).isInstanceOf(IllegalArgumentException.class);
    }
}
