package io.onewindow.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line itself: help, and every kind of bad argument exits with 2 and says what is wrong. */
class CommandLineTest {

    private static final String VKEY = "audit.qingdao.example/onewindow/log+f23a8618+AZHVFCuxrQatTziahFRZodiAFGMNwDnHODfM1f/Xec5M";

    @TempDir
    Path directory;

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        for (String[] args : new String[][] {{"--help"}, {"-h"}, {"verify-log", "--help"}}) {
            Cli result = Cli.run(args);

            assertThat(result.status()).isZero();
            assertThat(result.out()).contains("verify-log <log-url> --vkey <vkey|@file> [--state <file>]")
                    .contains("verify-receipt <receipt.json> --vkey <vkey|@file>")
                    .contains("verify-record <record.json> --log <log-url> --vkey <vkey|@file>")
                    .contains("3  the log could not be reached");
        }
    }

    @Test
    void noArgumentsAtAllIsAUsageError() {
        Cli result = Cli.run();

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("no command given").contains("--help");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "verify-everything",
        "verify-log",
        "verify-log http://127.0.0.1:9/onewindow/log",
        "verify-log http://127.0.0.1:9/onewindow/log --vkey",
        "verify-log http://127.0.0.1:9/onewindow/log --vkey not-a-key",
        "verify-log http://127.0.0.1:9/onewindow/log --vkey @/nonexistent/key.vkey",
        "verify-log ftp://example.org/log --vkey " + VKEY,
        "verify-log example.org/log --vkey " + VKEY,
        "verify-log http://127.0.0.1:9/onewindow/log?x=1 --vkey " + VKEY,
        "verify-log http://127.0.0.1:9/onewindow/log extra --vkey " + VKEY,
        "verify-log http://127.0.0.1:9/onewindow/log --vkey " + VKEY + " --color red",
        "verify-log http://127.0.0.1:9/onewindow/log --vkey " + VKEY + " --vkey " + VKEY,
        "verify-log http://127.0.0.1:9/onewindow/log -v --vkey " + VKEY,
        "verify-receipt --vkey " + VKEY,
        "verify-receipt receipt.json --vkey " + VKEY + " --state s",
        "verify-record record.json --vkey " + VKEY,
        "verify-record record.json --log http://127.0.0.1:9/onewindow/log"
    })
    void badArgumentsExitWithTwoBeforeAnyRequest(String line) {
        Cli result = Cli.run(line.split(" "));

        assertThat(result.status()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).startsWith("verifier: ");
    }

    @Test
    void aKeyOfAnotherAlgorithmIsRefused() {
        String sm2Key = "audit.qingdao.example/onewindow/log+12345678+/3NtMgECAwQ=";

        Cli result = Cli.run("verify-receipt", directory.resolve("r.json").toString(), "--vkey", sm2Key);

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("--vkey is not an Ed25519 verifier key");
    }
}
