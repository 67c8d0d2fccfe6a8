package org.causerie.filetransfer.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Hashes a file on a thread of its own while another thread writes it: the
 * writer says how far the file is written ({@link #written(long)}); the hasher
 * reads it from its first byte up to there (from the page cache: the bytes were
 * just written) and waits for more. The copy never waits for the digest (MD5 runs
 * at a third of a loopback copy's speed or less), the two run on two cores, and
 * what is hashed is what reached the file. A resumed transfer's kept bytes are
 * hashed while the rest arrives.
 */
final class TrailingHash implements AutoCloseable {

    private final FileChannel file;
    private final MessageDigest digest;
    private final CompletableFuture<String> result = new CompletableFuture<>();
    private final Object lock = new Object();
    /** Guarded by lock. */
    private long written;
    /** Guarded by lock: the writer is done, {@link #written} is the end. */
    private boolean complete;
    /** Guarded by lock: nobody wants the digest any more. */
    private boolean stopped;

    private TrailingHash(FileChannel file, MessageDigest digest, long written) {
        this.file = file;
        this.digest = digest;
        this.written = written;
    }

    /**
     * Starts hashing a file being written.
     *
     * @param written the bytes already in the file (a resumed transfer's kept bytes)
     * @param name the hashing thread's name
     */
    static TrailingHash start(Path path, String algorithm, long written, String name) throws IOException {
        TrailingHash hash = new TrailingHash(FileChannel.open(path, StandardOpenOption.READ),
                StreamCopy.digest(algorithm), written);
        Thread.ofPlatform().daemon().name(name).start(hash::run);
        return hash;
    }

    /** The file is written up to this many bytes (the writer's thread, after each write). */
    void written(long total) {
        synchronized (lock) {
            written = total;
            lock.notifyAll();
        }
    }

    /**
     * @param total the file's final length
     * @return the hex digest of the file's first {@code total} bytes, once they are hashed
     */
    String finish(long total) throws IOException, InterruptedException {
        synchronized (lock) {
            written = total;
            complete = true;
            lock.notifyAll();
        }
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("hashing failed", e.getCause());
        }
    }

    /** Stops hashing (the transfer failed or is over); the thread ends and closes the file. */
    @Override
    public void close() {
        synchronized (lock) {
            stopped = true;
            lock.notifyAll();
        }
    }

    private void run() {
        ByteBuffer buffer = ByteBuffer.allocate(StreamCopy.BUFFER);
        long position = 0;
        try (FileChannel channel = file) {
            while (true) {
                long limit;
                synchronized (lock) {
                    while (!stopped && !complete && position >= written) {
                        lock.wait();
                    }
                    if (stopped) {
                        result.cancel(false);
                        return;
                    }
                    limit = written;
                }
                if (position >= limit) {
                    break; // complete, and all of it hashed
                }
                buffer.clear().limit((int) Math.min(buffer.capacity(), limit - position));
                int read = channel.read(buffer, position);
                if (read < 0) {
                    throw new EOFException("the file ends at " + position + ", " + limit + " were written");
                }
                digest.update(buffer.flip());
                position += read;
            }
            result.complete(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException e) {
            result.completeExceptionally(e);
        } catch (InterruptedException e) {
            result.completeExceptionally(e);
            Thread.currentThread().interrupt();
        }
    }
}
