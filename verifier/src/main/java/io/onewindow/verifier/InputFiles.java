package io.onewindow.verifier;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Reads the files an auditor hands the verifier: strict UTF-8, and documents through the one definition of
 * their format in tlog, which reads JSON strictly.
 */
final class InputFiles {

    private InputFiles() {
    }

    static String readText(Path file, String what) throws UsageException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot read " + what + " " + file + ": no such file");
        } catch (IOException e) {
            throw new UsageException("cannot read " + what + " " + file + ": " + e.getMessage(), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UsageException(what + " " + file + " is not UTF-8 text");
        }
        // Some Windows editors put a byte order mark in front of UTF-8 text; it is not part of the content.
        return text.startsWith("\ufeff") ? text.substring(1) : text;
    }

    /**
     * Reads a document with its format's parser ({@code ReceiptDocument::parse}, say): a file its format
     * refuses cannot be used.
     */
    static <T> T readDocument(Path file, String what, Function<String, T> parse) throws UsageException {
        String text = readText(file, what);
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(what + " " + file + ": " + e.getMessage());
        }
    }
}
