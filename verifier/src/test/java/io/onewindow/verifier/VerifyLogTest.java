package io.onewindow.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.tlog.Hashes;
import io.onewindow.tlog.note.Ed25519NoteSigner;
import io.onewindow.tlog.tiles.BundleId;
import io.onewindow.tlog.tiles.TileId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify-log} against a log served over HTTP the way the platform serves it, honest and then
 * altered in each way an operator could try.
 */
class VerifyLogTest {

    @TempDir
    Path directory;

    private final PublishedLog log = new PublishedLog();

    @AfterEach
    void stopTheServer() {
        log.close();
    }

    private Cli verify(String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "verify-log";
        args[1] = log.url();
        args[2] = "--vkey=" + log.vkey();
        System.arraycopy(more, 0, args, 3, more.length);
        return Cli.run(args);
    }

    private static byte[] flipBit(byte[] data, int byteIndex) {
        data[byteIndex] ^= 0x01;
        return data;
    }

    @Test
    void aCleanLogWithFullAndPartialTilesVerifies() {
        log.append(700).append(37).append(600);

        Cli result = verify();

        assertThat(result.status()).as(result.toString()).isZero();
        assertThat(result.out()).contains("verified  " + PublishedLog.ORIGIN)
                .contains("size      1337 entries")
                .contains("root      " + Hashes.base64(log.checkpoint().rootHash()))
                .contains("6 entry bundles read")
                .contains("7 hash tiles match")
                .contains("entries/s")
                .contains("ignored signatures by keys not given: " + PublishedLog.ORIGIN + "+");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aLogWithThreeTileLevelsVerifiesAndAnAlteredLevelOneTileIsCaught() {
        log.append(40_000).append(26_100);
        assertThat(verify().status()).isZero();

        log.alter("tile/1/000", data -> flipBit(data, 5 * 32 + 3));
        Cli result = verify();

        assertThat(result.status()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("FAILED: tile/1/000 does not match the tree rebuilt from the entries (hash 5 differs): the log was altered");
    }

    @Test
    void anEmptyLogVerifies() {
        log.appendEntries(List.of());

        Cli result = verify();

        assertThat(result.status()).as(result.toString()).isZero();
        assertThat(result.out()).contains("size      0 entries");
    }

    @Test
    void alteringOneEntryIsCaughtAndNamed() {
        log.append(300);
        log.alter("tile/entries/000", data -> flipBit(data, 17 * 34 + 2 + 9));

        Cli result = verify();

        assertThat(result.status()).as(result.toString()).isEqualTo(1);
        assertThat(result.err())
                .contains("FAILED: entry 17 in tile/entries/000 does not match tile/0/000: the log was altered")
                .contains("the 300 entries make a tree with root");
    }

    @Test
    void alteringOneLeafHashInATileIsCaught() {
        log.append(300);
        log.alter("tile/0/001.p/44", data -> flipBit(data, 40 * 32));

        Cli result = verify();

        assertThat(result.status()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("FAILED: entry 296 in tile/entries/001.p/44 does not match tile/0/001.p/44: the log was altered")
                .doesNotContain("make a tree with root");
    }

    @Test
    void aTileOfTheWrongLengthIsCaught() {
        log.append(300);
        log.alter("tile/0/000", data -> Arrays.copyOf(data, data.length - 32));

        Cli result = verify();

        assertThat(result.status()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("tile/0/000 has 8160 bytes, not 8192");
    }

    @Test
    void aBundleThatIsNotABundleStopsTheRebuild() {
        log.append(300);
        log.alter("tile/entries/000", data -> Arrays.copyOf(data, data.length - 1));

        Cli result = verify();

        assertThat(result.status()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("tile/entries/000 is not an entry bundle").contains("cannot be rebuilt past this bundle");
    }

    @Test
    void aCheckpointSignedByAnotherKeyIsRefused() {
        log.append(300);
        log.signCheckpointWith(Ed25519NoteSigner.generate(PublishedLog.ORIGIN, new SecureRandom()));

        Cli result = verify();

        assertThat(result.status()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("FAILED: the checkpoint at " + log.url() + "/checkpoint does not verify with key " + log.vkey());
    }

    @Test
    void aLogSignedOnlyByAnotherLogsKeyIsRefused() {
        log.append(10);
        Ed25519NoteSigner other = Ed25519NoteSigner.generate("elsewhere.example/log", new SecureRandom());
        try (PublishedLog elsewhere = new PublishedLog(other)) {
            elsewhere.append(10);
            Cli result = Cli.run("verify-log", elsewhere.url(), "--vkey", log.vkey());

            assertThat(result.status()).as(result.toString()).isEqualTo(1);
        }
    }

    @Test
    void rewrittenHistoryPassesWithoutStateButNotAgainstTheStateSavedBefore() throws IOException {
        log.append(500).append(200);
        Path state = directory.resolve("state");
        assertThat(verify("--state", state.toString()).status()).isZero();
        String saved = Files.readString(state);

        log.rewriteRecord(3, "identity.person.registered");

        assertThat(verify().status()).as("the rewritten log is consistent with itself").isZero();
        Cli result = verify("--state", state.toString());
        assertThat(result.status()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("FAILED: the first 700 entries make a tree with root")
                .contains("the log rewrote its history");
        assertThat(Files.readString(state)).as("a failed run keeps the saved checkpoint").isEqualTo(saved);
        Path evidence = directory.resolve("state.conflict");
        assertThat(result.err()).contains("the log's checkpoint is kept in " + evidence);
        assertThat(Files.readString(evidence)).isEqualTo(log.checkpointNote());
    }

    @Test
    void rewrittenHistoryThatGrewIsCaughtAgainstTheSavedCheckpoint() throws IOException {
        log.append(500).append(200);
        Path state = directory.resolve("state");
        assertThat(verify("--state", state.toString()).status()).isZero();

        log.rewriteRecord(650, "cases.case.concluded.forged");
        log.append(100);
        Cli result = verify("--state", state.toString());

        assertThat(result.status()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("the first 700 entries make a tree with root").contains(": the log rewrote its history");
    }

    @Test
    void honestGrowthAfterSavingStatePassesAndMovesTheStateOn() throws IOException {
        log.append(500);
        Path state = directory.resolve("state");
        assertThat(verify("--state", state.toString()).status()).isZero();

        log.append(3).append(1200);
        Cli result = verify("--state", state.toString());

        assertThat(result.status()).as(result.toString()).isZero();
        assertThat(result.out()).contains("extends the checkpoint of size 500 saved in " + state)
                .contains("its first 500 entries give that checkpoint's root")
                .contains("state     checkpoint of size 1703 saved in " + state);
        assertThat(Files.readString(state)).isEqualTo(log.checkpointNote());
        assertThat(verify("--state", state.toString()).status()).as("an unchanged log still extends itself").isZero();
    }

    @Test
    void alteredEntriesAgainstASavedStateAreNotMistakenForARewrittenHistory() {
        log.append(300);
        Path state = directory.resolve("state");
        assertThat(verify("--state", state.toString()).status()).isZero();
        log.append(300);
        log.alter("tile/entries/000", data -> flipBit(data, 2));

        Cli result = verify("--state", state.toString());

        assertThat(result.status()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("entry 0 in tile/entries/000 does not match tile/0/000")
                .contains("whether the log extends the checkpoint saved in " + state + " cannot be told")
                .doesNotContain("rewrote").doesNotContain("evidence");
        assertThat(directory.resolve("state.conflict")).doesNotExist();
    }

    @Test
    void aLogThatGoesBackToAnOlderCheckpointIsCaughtAsShrinking() {
        log.append(300).append(300);
        Path state = directory.resolve("state");
        assertThat(verify("--state", state.toString()).status()).isZero();

        log.serveCheckpointOfBatch(0);
        Cli result = verify("--state", state.toString());

        assertThat(result.status()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("the log's checkpoint has 300 entries, the one saved in " + state + " had 600");
    }

    @Test
    void aStateFileOfAnotherLogIsAUsageError() throws IOException {
        log.append(10);
        Path state = directory.resolve("state");
        Files.writeString(state, "other.example/log\n10\n" + Hashes.base64(new byte[32]) + "\n\n\u2014 other.example/log AAAAAAAA\n");

        Cli result = verify("--state", state.toString());

        assertThat(result.status()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("does not hold a checkpoint of this log");
    }

    @Test
    void partialTilesGoneAfterGrowthAreReadFromTheFullTiles() {
        log.append(300).append(1000);
        log.serveCheckpointOfBatch(0);
        log.deleteOutgrownPartials();
        log.resetRequestCounts();

        Cli result = verify();

        assertThat(result.status()).as(result.toString()).isZero();
        assertThat(result.out()).contains("size      300 entries");
        assertThat(log.requestsFor("tile/0/001.p/44")).isEqualTo(1);
        assertThat(log.requestsFor("tile/0/001")).isEqualTo(2);
        assertThat(log.requestsFor("tile/entries/001")).isEqualTo(2);
    }

    @Test
    void theVkeyCanComeFromAFile() throws IOException {
        log.append(20);
        Path key = directory.resolve("log.vkey");
        Files.writeString(key, log.vkey() + "\n", StandardCharsets.UTF_8);

        Cli result = Cli.run("verify-log", log.url() + "/", "--vkey", "@" + key);

        assertThat(result.status()).as(result.toString()).isZero();
    }

    @Test
    void anUnreachableLogExitsWithThree() {
        log.append(20);
        String url = log.url();
        log.close();

        Cli result = Cli.run("verify-log", url, "--vkey", log.vkey());

        assertThat(result.status()).as(result.toString()).isEqualTo(3);
        assertThat(result.err()).contains("could not fetch " + url + "/checkpoint");
    }

    @Test
    void anHttpErrorExitsWithThree() {
        log.append(20);
        log.failWith(503);

        Cli result = verify();

        assertThat(result.status()).as(result.toString()).isEqualTo(3);
        assertThat(result.err()).contains(log.url() + "/checkpoint answered HTTP 503");
    }

    @Test
    void aMissingFullTileExitsWithThree() {
        log.append(600);
        log.remove(new TileId(0, 1, 256).path());

        Cli result = verify();

        assertThat(result.status()).as(result.toString()).isEqualTo(3);
        assertThat(result.err()).contains("tile/0/001 answered HTTP 404");
    }

    @Test
    void aMissingBundleExitsWithThree() {
        log.append(600);
        log.remove(new BundleId(0, 256).path());

        assertThat(verify().status()).isEqualTo(3);
    }
}
