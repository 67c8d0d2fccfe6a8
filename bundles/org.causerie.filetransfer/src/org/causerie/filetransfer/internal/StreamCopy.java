package org.causerie.filetransfer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongConsumer;

import org.causerie.filetransfer.FileTransferException;
import org.causerie.filetransfer.TransferError;

/**
 * Copies a stream in 256 KiB steps, feeding digests (inline or on another
 * thread, {@link PipelinedDigest}) and reporting progress, and
 * stops at the first byte past the declared size: a peer cannot fill the disk
 * by lying about the size.
 */
final class StreamCopy {

    static final int BUFFER = 256 * 1024;
    /** The start of the message when more bytes arrive than declared (then nothing is kept to resume). */
    static final String TOO_MANY = "more bytes than the declared ";

    private StreamCopy() {
    }

    /** Where the copied bytes are hashed: the buffers the copy reads into and what it does with them once written. */
    interface Hashing {
        /** @return a buffer to read the next bytes into */
        byte[] buffer() throws IOException;

        /** The buffer's first {@code length} bytes were written: hash them. */
        void copied(byte[] buffer, int length);
    }

    /** Hashes inline, in the copy's thread, with one buffer. */
    private record Inline(byte[] buffer, List<MessageDigest> digests) implements Hashing {
        @Override
        public void copied(byte[] bytes, int length) {
            for (MessageDigest digest : digests) {
                digest.update(bytes, 0, length);
            }
        }
    }

    /**
     * @param expected the declared size, or -1 when unknown
     * @param digests fed in the copy's thread
     * @return the bytes copied
     * @throws FileTransferException SIZE_MISMATCH when more or fewer bytes than declared arrive
     */
    static long copy(InputStream in, OutputStream out, long expected, LongConsumer progress,
            List<MessageDigest> digests) throws IOException, FileTransferException {
        return copy(in, out, expected, progress, new Inline(new byte[BUFFER], digests));
    }

    /**
     * @param expected the declared size, or -1 when unknown
     * @return the bytes copied
     * @throws FileTransferException SIZE_MISMATCH when more or fewer bytes than declared arrive
     */
    static long copy(InputStream in, OutputStream out, long expected, LongConsumer progress, Hashing hashing)
            throws IOException, FileTransferException {
        long total = 0;
        while (true) {
            byte[] buffer = hashing.buffer();
            int read = in.read(buffer);
            if (read < 0) {
                break;
            }
            if (expected >= 0 && total + read > expected) {
                throw new FileTransferException(TransferError.SIZE_MISMATCH, TOO_MANY + expected);
            }
            out.write(buffer, 0, read);
            hashing.copied(buffer, read);
            total += read;
            progress.accept(total);
        }
        if (expected >= 0 && total != expected) {
            throw new FileTransferException(TransferError.SIZE_MISMATCH,
                    total + " bytes arrived, " + expected + " were declared");
        }
        return total;
    }

    static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has " + algorithm, e);
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** @return the hex digest of a whole file */
    static String hash(java.nio.file.Path file, String algorithm) throws IOException {
        MessageDigest digest = digest(algorithm);
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
        }
        return hex(digest);
    }
}
