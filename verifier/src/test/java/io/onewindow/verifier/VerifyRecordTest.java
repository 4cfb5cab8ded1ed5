package io.onewindow.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.tlog.Hashes;
import io.onewindow.tlog.record.RecordCommitment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify-record}: an exported record is found in the live log, and any change to it is caught. */
class VerifyRecordTest {

    private static final int LEAF = 70_001;

    @TempDir
    Path directory;

    private static PublishedLog log;

    @BeforeAll
    static void aLogOfThreeTileLevels() {
        log = new PublishedLog().append(40_000).append(30_000).append(1_234);
    }

    @AfterEach
    void serveTheHonestLogAgain() {
        log.undoAlterations();
        log.resetRequestCounts();
    }

    @AfterAll
    static void stop() {
        log.close();
    }

    private Cli verify(Path export) {
        return Cli.run("verify-record", export.toString(), "--log", log.url(), "--vkey", log.vkey());
    }

    private Path export(Map<String, Object> export) {
        return Exports.write(directory, "record.json", export);
    }

    @Test
    void anExportedRecordVerifiesFetchingOnlyTheTilesItsProofNeeds() {
        Cli result = verify(export(Exports.recordExport(log, LEAF)));

        assertThat(result.status()).as(result.toString()).isZero();
        assertThat(result.out()).contains("verified  record " + log.record(LEAF).get("id") + ", entry 70001")
                .contains("entry 70001 in tile/entries/273 is that commitment")
                .contains("tree size 71234");
        // The bundle, the level-0 tile and the tiles above it on the path, and the right edge's partial
        // tiles that authenticate them: never the whole log.
        assertThat(log.requestedPaths()).containsExactly("checkpoint", "tile/0/273", "tile/0/278.p/66", "tile/1/001.p/22",
                "tile/2/000.p/1", "tile/entries/273");
    }

    @Test
    void changingOneCharacterOfTheRecordIsCaught() throws IOException {
        Path file = export(Exports.recordExport(log, LEAF));
        String text = Files.readString(file);
        String username = (String) ((Map<?, ?>) log.record(LEAF).get("actor")).get("username");
        Files.writeString(file, text.replace("\"" + username + "\"", "\"" + username.replace('r', 'R') + "\""));

        Cli result = verify(file);

        assertThat(result.status()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("the record or its salt was changed");
    }

    @Test
    void anotherSaltIsCaught() {
        Map<String, Object> export = Exports.recordExport(log, LEAF);
        export.put("salt", Hashes.base64(RecordCommitment.newSalt()));

        assertThat(verify(export(export)).status()).isEqualTo(1);
    }

    @Test
    void aRecordClaimedAtAnotherIndexIsCaught() {
        Map<String, Object> export = Exports.recordExport(log, LEAF);
        export.put("leafIndex", (long) LEAF + 1);

        Cli result = verify(export(export));

        assertThat(result.status()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("entry 70002 in tile/entries/273 is ").contains("not the record's commitment");
    }

    @Test
    void aRecordBeyondTheLogIsCaught() {
        Map<String, Object> export = Exports.recordExport(log, LEAF);
        export.put("leafIndex", 71_234L);

        Cli result = verify(export(export));

        assertThat(result.status()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("entry 71234 is not in the log, whose checkpoint has 71234 entries");
    }

    @Test
    void aLogThatReplacedTheEntryIsCaught() {
        Path file = export(Exports.recordExport(log, LEAF));
        log.alter("tile/entries/273", data -> {
            data[(LEAF % 256) * 34 + 2] ^= 1;
            return data;
        });

        assertThat(verify(file).status()).isEqualTo(1);
    }

    @Test
    void aLogWhoseTilesDoNotProveTheEntryIsCaught() {
        Path file = export(Exports.recordExport(log, LEAF));
        log.alter("tile/0/273", data -> {
            data[0] ^= 1;
            return data;
        });

        Cli result = verify(file);

        assertThat(result.status()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("the log's tiles do not prove entry 70001");
    }

    @Test
    void anExportOfAnotherLogIsCaught() {
        Map<String, Object> export = new LinkedHashMap<>(Exports.recordExport(log, LEAF));
        export.put("origin", "other.example/log");

        assertThat(verify(export(export)).status()).isEqualTo(1);
    }

    @Test
    void anExportMadeBeforeTheRecordWasInTheLogIsAUsageError() {
        Map<String, Object> export = Exports.recordExport(log, LEAF);
        export.put("leafIndex", null);

        Cli result = verify(export(export));

        assertThat(result.status()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("was made before the record was in the log");
    }

    @Test
    void aRecordExportWithAMemberOfTheWrongTypeIsAUsageError() {
        Map<String, Object> export = Exports.recordExport(log, LEAF);
        export.put("record", "{}");

        Cli result = verify(export(export));

        assertThat(result.status()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("malformed record export: member \"record\" is not an object");
    }

    @Test
    void anUnreachableLogExitsWithThreeAndAMissingLogOptionWithTwo() {
        Path file = export(Exports.recordExport(log, LEAF));
        String url;
        try (PublishedLog gone = new PublishedLog()) {
            url = gone.url();
        }

        assertThat(Cli.run("verify-record", file.toString(), "--log", url, "--vkey", log.vkey()).status()).isEqualTo(3);
        assertThat(Cli.run("verify-record", file.toString(), "--vkey", log.vkey()).status()).isEqualTo(2);
    }
}
