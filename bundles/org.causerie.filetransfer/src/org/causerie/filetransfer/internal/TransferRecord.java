package org.causerie.filetransfer.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

import org.causerie.filetransfer.Direction;
import org.causerie.filetransfer.FileTransferException;
import org.causerie.filetransfer.TransferError;
import org.causerie.filetransfer.TransferInfo;
import org.causerie.filetransfer.TransferMethod;
import org.causerie.filetransfer.TransferState;

/** One transfer's changing state; {@link #snapshot()} gives the immutable view. */
final class TransferRecord {

    final String id;
    final String accountId;
    final Direction direction;
    final String peer;
    final CompletableFuture<TransferInfo> outcome = new CompletableFuture<>();
    private final Instant started = Instant.now();
    private String fileName;
    private OptionalLong size;
    private TransferState state = TransferState.OFFERED;
    private TransferMethod method;
    private long transferred;
    private long offset;
    private Instant moving;
    private Instant finished;
    private Path file;
    private String url;
    private String sha256;
    private TransferError error;
    private String message;
    private volatile boolean cancelled;
    private Closeable stream;

    TransferRecord(String id, String accountId, Direction direction, String peer, String fileName,
            OptionalLong size) {
        this.id = id;
        this.accountId = accountId;
        this.direction = direction;
        this.peer = peer;
        this.fileName = fileName;
        this.size = size;
    }

    synchronized TransferInfo snapshot() {
        return new TransferInfo(id, accountId, direction, peer, fileName, size, state, Optional.ofNullable(method),
                transferred, offset, started, Optional.ofNullable(moving), Optional.ofNullable(finished),
                Optional.ofNullable(file), Optional.ofNullable(url), Optional.ofNullable(sha256),
                Optional.ofNullable(error), Optional.ofNullable(message));
    }

    synchronized TransferState state() {
        return state;
    }

    synchronized void state(TransferState next) {
        if (!state.isFinal()) {
            state = next;
            if (next == TransferState.TRANSFERRING && moving == null) {
                moving = Instant.now();
            }
        }
    }

    synchronized void method(TransferMethod used) {
        method = used;
    }

    /** @param bytes what the receiver already had: this transfer resumes there */
    synchronized void offset(long bytes) {
        offset = bytes;
        transferred = bytes;
    }

    synchronized void progress(long bytes) {
        transferred = bytes;
    }

    synchronized void file(Path path) {
        file = path;
        fileName = path.getFileName().toString();
    }

    synchronized void size(long bytes) {
        size = OptionalLong.of(bytes);
    }

    synchronized void url(String link) {
        url = link;
    }

    synchronized void sha256(String hex) {
        sha256 = hex;
    }

    /** Remembers what to close when the transfer is cancelled; closes it now if already cancelled. */
    void stream(Closeable open) throws FileTransferException {
        synchronized (this) {
            stream = open;
        }
        if (cancelled) {
            closeQuietly(open);
            throw cancelledException();
        }
    }

    boolean cancelled() {
        return cancelled;
    }

    /** @return whether this call cancelled it (false when it had already finished) */
    boolean cancel() {
        Closeable open;
        synchronized (this) {
            if (state.isFinal()) {
                return false;
            }
            cancelled = true;
            open = stream;
        }
        if (open != null) {
            closeQuietly(open);
        }
        return true;
    }

    FileTransferException cancelledException() {
        return new FileTransferException(TransferError.CANCELLED, "cancelled");
    }

    /** @return whether it finished now (false when it was already final) */
    synchronized boolean finish(TransferState end, TransferError why, String detail) {
        if (state.isFinal()) {
            return false;
        }
        state = end;
        error = why;
        message = detail;
        finished = Instant.now();
        return true;
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException | RuntimeException e) {
            // Closing to stop a transfer: the stream may already be broken.
        }
    }
}
