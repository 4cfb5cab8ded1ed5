package io.onewindow.tlog;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs every inclusion and consistency vector in {@code src/test/resources/merkle} (copied from
 * transparency-dev/merkle's {@code testdata}, Apache 2.0, see its README): a proof marked
 * {@code wantErr: false} must verify, every other one must be rejected.
 */
class SharedProofVectorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> inclusionVectors() throws IOException, URISyntaxException {
        return vectors("inclusion");
    }

    static Stream<Path> consistencyVectors() throws IOException, URISyntaxException {
        return vectors("consistency");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inclusionVectors")
    void everyInclusionVectorIsAcceptedOrRejectedAsMarked(Path file) throws IOException {
        JsonNode vector = JSON.readTree(Files.readString(file));
        long index = uint64(vector.get("leafIdx"));
        long size = uint64(vector.get("treeSize"));
        byte[] leaf = base64(vector.get("leafHash"));
        byte[] root = base64(vector.get("root"));
        List<byte[]> proof = hashes(vector.get("proof"));
        if (vector.get("wantErr").asBoolean()) {
            assertThatThrownBy(() -> ProofVerifier.verifyInclusion(index, size, leaf, proof, root))
                    .isInstanceOf(InvalidProofException.class);
        } else {
            assertThatCode(() -> ProofVerifier.verifyInclusion(index, size, leaf, proof, root)).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consistencyVectors")
    void everyConsistencyVectorIsAcceptedOrRejectedAsMarked(Path file) throws IOException {
        JsonNode vector = JSON.readTree(Files.readString(file));
        long size1 = uint64(vector.get("size1"));
        long size2 = uint64(vector.get("size2"));
        byte[] root1 = base64(vector.get("root1"));
        byte[] root2 = base64(vector.get("root2"));
        List<byte[]> proof = hashes(vector.get("proof"));
        if (vector.get("wantErr").asBoolean()) {
            assertThatThrownBy(() -> ProofVerifier.verifyConsistency(size1, size2, proof, root1, root2))
                    .isInstanceOf(InvalidProofException.class);
        } else {
            assertThatCode(() -> ProofVerifier.verifyConsistency(size1, size2, proof, root1, root2)).doesNotThrowAnyException();
        }
    }

    @Test
    void allVectorsAreFound() throws IOException, URISyntaxException {
        // 196 files in the copied set; guards against a resource path that silently finds none.
        org.assertj.core.api.Assertions.assertThat(Stream.concat(inclusionVectors(), consistencyVectors()).count())
                .isEqualTo(196);
    }

    private static Stream<Path> vectors(String kind) throws IOException, URISyntaxException {
        Path root = Path.of(SharedProofVectorsTest.class.getResource("/merkle/" + kind).toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    // The vectors are uint64; those that underflowed (0 - 1) arrive as 2^64 - 1 and keep their bits
    // as a negative long, which the verifier rejects like any size or index of 2^63 or more.
    private static long uint64(JsonNode node) {
        return node.bigIntegerValue().longValue();
    }

    private static byte[] base64(JsonNode node) {
        return Base64.getDecoder().decode(node.asText());
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(element -> hashes.add(base64(element)));
        return hashes;
    }
}
