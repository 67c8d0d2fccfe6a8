package org.causerie.filetransfer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The receiver's MD5, computed on its own thread behind the writer: the digest of
 * the whole file however the writes are cut, with a resumed transfer's kept bytes
 * included, and a failure when the file holds less than was said to be written.
 */
class TrailingHashTest {

    @TempDir
    Path dir;

    @Test
    void theDigestIsTheWholeFilesWrittenInPieces() throws Exception {
        byte[] content = bytes(3 * StreamCopy.BUFFER + 12_345);
        Path file = dir.resolve("growing.part");
        try (OutputStream out = Files.newOutputStream(file);
                TrailingHash hash = TrailingHash.start(file, "MD5", 0, "test MD5")) {
            int written = 0;
            Random pieces = new Random(7);
            while (written < content.length) {
                int piece = Math.min(content.length - written, 1 + pieces.nextInt(100_000));
                out.write(content, written, piece);
                written += piece;
                hash.written(written);
            }
            assertEquals(md5(content), hash.finish(content.length));
        }
    }

    @Test
    void aResumedFilesKeptBytesAreHashedToo() throws Exception {
        byte[] content = bytes(500_000);
        int kept = 123_456;
        Path file = dir.resolve("resumed.part");
        Files.write(file, java.util.Arrays.copyOf(content, kept));
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND);
                TrailingHash hash = TrailingHash.start(file, "MD5", kept, "test MD5")) {
            out.write(content, kept, content.length - kept);
            assertEquals(md5(content), hash.finish(content.length));
        }
    }

    @Test
    void aFileShorterThanWrittenFails() throws Exception {
        Path file = Files.write(dir.resolve("short.part"), bytes(1000));
        try (TrailingHash hash = TrailingHash.start(file, "MD5", 0, "test MD5")) {
            IOException failure = assertThrows(IOException.class, () -> hash.finish(2000));
            assertEquals(EOFException.class, failure.getClass(), failure.toString());
        }
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static String md5(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
    }
}
