package org.causerie.filetransfer.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import org.causerie.filetransfer.FileTransferException;
import org.causerie.filetransfer.TransferError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The receiver's MD5 on its own thread beside the copy: the digest of all that was
 * copied however the reads are cut (more bytes than its buffers hold, so they are
 * given back and used again), a resumed file's kept bytes hashed first, a kept part
 * shorter than said fails, and the copy still stops at a byte past the declared size.
 */
class PipelinedDigestTest {

    @TempDir
    Path dir;

    @Test
    void theDigestCoversEveryByteCopied() throws Exception {
        byte[] content = bytes((PipelinedDigest.BUFFERS + 5) * StreamCopy.BUFFER + 12_345);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PipelinedDigest md5 = PipelinedDigest.start("MD5", dir.resolve("none"), 0, "test MD5")) {
            assertEquals(content.length, StreamCopy.copy(new Pieces(content), out, content.length, n -> { }, md5));
            assertEquals(md5(content), md5.finish());
        }
        assertArrayEquals(content, out.toByteArray());
    }

    @Test
    void aResumedFilesKeptBytesAreHashedFirst() throws Exception {
        byte[] content = bytes(700_000);
        int kept = 123_456;
        Path partial = Files.write(dir.resolve("resumed.part"), Arrays.copyOf(content, kept));
        try (PipelinedDigest md5 = PipelinedDigest.start("MD5", partial, kept, "test MD5")) {
            StreamCopy.copy(new Pieces(Arrays.copyOfRange(content, kept, content.length)),
                    new ByteArrayOutputStream(), content.length - kept, n -> { }, md5);
            assertEquals(md5(content), md5.finish());
        }
    }

    @Test
    void aKeptPartShorterThanSaidFails() throws Exception {
        Path partial = Files.write(dir.resolve("short.part"), bytes(1000));
        try (PipelinedDigest md5 = PipelinedDigest.start("MD5", partial, 2000, "test MD5")) {
            assertThrows(IOException.class, md5::finish);
        }
    }

    @Test
    void moreBytesThanDeclaredStopTheCopy() {
        byte[] content = bytes(3 * StreamCopy.BUFFER);
        try (PipelinedDigest md5 = PipelinedDigest.start("MD5", dir.resolve("none"), 0, "test MD5")) {
            FileTransferException failure = assertThrows(FileTransferException.class, () -> StreamCopy.copy(
                    new Pieces(content), new ByteArrayOutputStream(), content.length - 1, n -> { }, md5));
            assertEquals(TransferError.SIZE_MISMATCH, failure.error());
        }
    }

    /** Gives the bytes in pieces of random size, as a socket does. */
    private static final class Pieces extends InputStream {
        private final ByteArrayInputStream bytes;
        private final Random sizes = new Random(7);

        Pieces(byte[] content) {
            bytes = new ByteArrayInputStream(content);
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, Math.min(length, 1 + sizes.nextInt(100_000)));
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
