package io.onewindow.tlog.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.tlog.MerkleHasher;
import io.onewindow.tlog.TreeHead;
import io.onewindow.tlog.note.Ed25519NoteSigner;
import io.onewindow.tlog.note.Ed25519NoteVerifier;
import io.onewindow.tlog.note.KnownVerifiers;
import io.onewindow.tlog.note.SignedNote;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckpointTest {

    private static final String GO_TREE = "go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n";

    @Test
    void theGoSumdbTreeNoteIsACheckpoint() {
        // Go's golang.org/x/mod/sumdb/tlog note_test.go: FormatTree of RecordHash("hello world") at 123456789012.
        byte[] hello = new MerkleHasher().hashLeaf("hello world".getBytes(StandardCharsets.UTF_8));
        Checkpoint checkpoint = Checkpoint.of("go.sum database tree", new TreeHead(123456789012L, hello));
        assertThat(checkpoint.text()).isEqualTo(GO_TREE);
        assertThat(Checkpoint.parse(GO_TREE)).isEqualTo(checkpoint);
    }

    @Test
    void theSpecExampleParses() throws Exception {
        // C2SP tlog-checkpoint's example.
        String note = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n"
                + "\u2014 example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n";
        Checkpoint checkpoint = Checkpoint.parse(SignedNote.parse(note).text());
        assertThat(checkpoint.origin()).isEqualTo("example.com/behind-the-sofa");
        assertThat(checkpoint.size()).isEqualTo(20852163);
        assertThat(checkpoint.extensions()).isEmpty();
    }

    @Test
    void aRealSumGolangOrgCheckpointVerifies() throws Exception {
        // The Go checksum database's key and a checkpoint it signed, from transparency-dev/formats'
        // log tests (TestSumDBNoteParsing).
        KnownVerifiers sumdb = KnownVerifiers.of(
                Ed25519NoteVerifier.parse("sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8"));
        String note = "go.sum database tree\n6476701\nmb8QLQIs0Z0yP5Cstq6guj87oXWeC9gEM8oVikmm9Wk=\n\n"
                + "\u2014 sum.golang.org Az3grsLX85Gz+s1SiTbgkuqxgItqFq7gsMUEyVnrsa9LM7Us9S+1xbFIGu95949rj4nPRYfvimWEPWL+o3GeoWwOoAw=\n";

        SignedCheckpoint checkpoint = SignedCheckpoint.open(bytes(note), "go.sum database tree", sumdb);
        assertThat(checkpoint.checkpoint().size()).isEqualTo(6476701);
        assertThat(checkpoint.note().verified()).singleElement().satisfies(s -> assertThat(s.keyName()).isEqualTo("sum.golang.org"));

        assertThatThrownBy(() -> SignedCheckpoint.open(bytes(note), "Go rocks but I might have the wrong ID", sumdb))
                .isInstanceOf(CheckpointVerificationException.class).hasMessageContaining("not from");
        assertThatThrownBy(() -> SignedCheckpoint.open(bytes(note.replace("6476701", "6476702")), "go.sum database tree", sumdb))
                .isInstanceOf(CheckpointVerificationException.class).hasMessageContaining("invalid signature");
    }

    @Test
    void extensionLinesAreKept() {
        Checkpoint checkpoint = Checkpoint.parse(GO_TREE + "ext one\nanother\n");
        assertThat(checkpoint.extensions()).containsExactly("ext one", "another");
        assertThat(checkpoint.text()).isEqualTo(GO_TREE + "ext one\nanother\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "go.sum database tree\n0xabcdef\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n",
        "go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBTOOBIG=\n",
        "go.sum database tree\n0123\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n",
        "go.sum database tree\n+123\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n",
        "go.sum database tree\n-1\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n",
        "go.sum database tree\n\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n",
        "go.sum database tree\n9223372036854775808\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n",
        "go.sum database tree\n123\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb1=\n",
        "go.sum database tree\n123\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0\n",
        "go.sum database tree\n123\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=",
        "go.sum database tree\n123\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n\nextension\n",
        "go.sum database tree\n123\n",
        "\n123\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n",
        "go.sum database tree\r\n123\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n",
        "go.sum database tree\n１２３\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n",
    })
    void malformedCheckpointsAreRejected(String text) {
        assertThatThrownBy(() -> Checkpoint.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void checkpointsRoundTrip(@ForAll("lines") String origin, @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long size,
                              @ForAll @Size(value = 32) byte[] root, @ForAll @Size(max = 3) List<@net.jqwik.api.From("lines") String> extensions) {
        Checkpoint checkpoint = new Checkpoint(origin, size, root, extensions);
        assertThat(Checkpoint.parse(checkpoint.text())).isEqualTo(checkpoint);
    }

    @Test
    void aSignedCheckpointWithAnUnknownCosignatureOpens() throws Exception {
        Ed25519NoteSigner log = Ed25519NoteSigner.generate("gov.example/audit", new SecureRandom());
        Ed25519NoteSigner witness = Ed25519NoteSigner.generate("witness.example", new SecureRandom());
        Checkpoint checkpoint = Checkpoint.of("gov.example/audit", new TreeHead(42, new byte[32]));
        byte[] note = SignedCheckpoint.sign(checkpoint, log, witness).toBytes();

        SignedCheckpoint opened = SignedCheckpoint.open(note, "gov.example/audit", KnownVerifiers.of(log.verifier()));
        assertThat(opened.checkpoint()).isEqualTo(checkpoint);
        assertThat(opened.note().unverified()).singleElement().satisfies(s -> assertThat(s.keyName()).isEqualTo("witness.example"));
        assertThatThrownBy(() -> SignedCheckpoint.open(note, "gov.example/audit", KnownVerifiers.of()))
                .isInstanceOf(CheckpointVerificationException.class);
    }

    @Test
    void aSignedNoteThatIsNotACheckpointIsRejected() throws Exception {
        Ed25519NoteSigner log = Ed25519NoteSigner.generate("gov.example/audit", new SecureRandom());
        byte[] note = SignedNote.sign("gov.example/audit\nnot a size\n" + Base64.getEncoder().encodeToString(new byte[32]) + "\n", log).toBytes();
        assertThatThrownBy(() -> SignedCheckpoint.open(note, "gov.example/audit", KnownVerifiers.of(log.verifier())))
                .isInstanceOf(CheckpointVerificationException.class).hasMessageContaining("malformed checkpoint");
    }

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars("一网通办").ofMinLength(1).ofMaxLength(60);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
