package org.causerie.filetransfer.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Hashes what a copy writes on a thread of its own: the copy reads into one of
 * a few buffers ({@link #buffer()}), writes it, hands it over
 * ({@link #copied(byte[], int)}) and goes on with the next while the digest
 * catches up; the buffer comes back once hashed. With a free core the receiver
 * takes as long as the slower of the copy and the digest rather than both one
 * after the other; the bytes are not read twice. A resumed transfer's kept bytes
 * (the partial file's first bytes) are hashed first, while the rest arrives.
 */
final class PipelinedDigest implements StreamCopy.Hashing, AutoCloseable {

    /** Buffers in flight: 4 MiB at most between the copy and the digest. */
    static final int BUFFERS = 16;
    private static final Chunk END = new Chunk(new byte[0], -1);

    private record Chunk(byte[] buffer, int length) {
    }

    private final MessageDigest digest;
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
    /** One more than the buffers: handing over and ending never wait. */
    private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(BUFFERS + 1);
    private final CompletableFuture<String> result = new CompletableFuture<>();
    private volatile boolean stopped;

    private PipelinedDigest(MessageDigest digest) {
        this.digest = digest;
        for (int i = 0; i < BUFFERS; i++) {
            free.add(new byte[StreamCopy.BUFFER]);
        }
    }

    /**
     * Starts the digest's thread.
     *
     * @param kept a resumed transfer's partial file, whose first {@code keptBytes} are hashed first
     * @param keptBytes 0 when nothing was kept
     * @param name the thread's name
     */
    static PipelinedDigest start(String algorithm, Path kept, long keptBytes, String name) {
        PipelinedDigest pipe = new PipelinedDigest(StreamCopy.digest(algorithm));
        Thread.ofPlatform().daemon().name(name).start(() -> pipe.run(kept, keptBytes));
        return pipe;
    }

    @Override
    public byte[] buffer() throws IOException {
        try {
            byte[] buffer;
            while ((buffer = free.poll(100, TimeUnit.MILLISECONDS)) == null) {
                if (result.isDone()) {
                    finish(); // throws the digest's failure; it gives no buffer back any more
                    throw new IOException("the digest ended early");
                }
            }
            return buffer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the digest");
        }
    }

    @Override
    public void copied(byte[] buffer, int length) {
        full.add(new Chunk(buffer, length));
    }

    /** @return the hex digest of all that was handed over (after the kept bytes), once hashed */
    String finish() throws IOException {
        full.offer(END);
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("hashing failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the digest");
        }
    }

    /** Stops the digest (the transfer failed or is over); its thread ends. */
    @Override
    public void close() {
        stopped = true;
        full.clear();
        full.offer(END);
    }

    private void run(Path kept, long keptBytes) {
        try {
            if (keptBytes > 0) {
                hashKept(kept, keptBytes);
            }
            while (true) {
                Chunk chunk = full.take();
                if (chunk.length() < 0 || stopped) {
                    break;
                }
                digest.update(chunk.buffer(), 0, chunk.length());
                free.add(chunk.buffer());
            }
            result.complete(StreamCopy.hex(digest));
        } catch (IOException | RuntimeException e) {
            result.completeExceptionally(e);
        } catch (InterruptedException e) {
            result.completeExceptionally(e);
            Thread.currentThread().interrupt();
        }
    }

    private void hashKept(Path kept, long keptBytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(StreamCopy.BUFFER);
        try (FileChannel channel = FileChannel.open(kept, StandardOpenOption.READ)) {
            long position = 0;
            while (position < keptBytes && !stopped) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), keptBytes - position));
                int read = channel.read(buffer, position);
                if (read < 0) {
                    throw new IOException("the kept part ends at " + position + ", not " + keptBytes);
                }
                digest.update(buffer.flip());
                position += read;
            }
        }
    }
}
