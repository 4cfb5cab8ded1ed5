package io.onewindow.verifier;

import io.onewindow.tlog.record.JsonReader;
import io.onewindow.tlog.record.MalformedJsonException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/** Reads the files an auditor hands the verifier: strict UTF-8, and JSON through tlog's strict reader. */
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

    static Map<String, Object> readJsonObject(Path file, String what) throws UsageException {
        String text = readText(file, what);
        try {
            return JsonReader.parseObject(text);
        } catch (MalformedJsonException e) {
            throw new UsageException(what + " " + file + ": " + e.getMessage());
        }
    }
}
