package org.causerie.filetransfer;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A transfer as it stands at one moment (immutable; listeners get a new one on
 * every change).
 *
 * @param id unique in this run
 * @param accountId the account sending or receiving
 * @param direction incoming or outgoing
 * @param peer the other side's JID (a room for an upload into a room)
 * @param fileName the name shown to the user: the sanitized name for an incoming file
 * @param size declared size in bytes, when known
 * @param state where it stands
 * @param method the method carrying (or that carried) the bytes, once known
 * @param transferred bytes the receiver has so far, counting {@code offset}
 * @param offset bytes the receiver already had when this transfer resumed an interrupted one
 *        (XEP-0096 §3.3), 0 otherwise
 * @param started when it was offered
 * @param moving when bytes started to move (speed is measured from then)
 * @param finished when it reached a final state
 * @param file the local file: the source of an outgoing transfer, the saved file of an incoming one
 * @param url the HTTP link of an upload (sent or received)
 * @param sha256 hex SHA-256 of the bytes that moved, once complete: for HTTP uploads and downloads
 *        (sent beside the link as XEP-0300 and checked); a stream is checked by the MD5 of its offer
 * @param error why it failed, for FAILED (and DECLINED, CANCELLED)
 * @param message the error's detail
 */
public record TransferInfo(String id, String accountId, Direction direction, String peer, String fileName,
        OptionalLong size, TransferState state, Optional<TransferMethod> method, long transferred, long offset,
        Instant started,
        Optional<Instant> moving, Optional<Instant> finished, Optional<Path> file, Optional<String> url,
        Optional<String> sha256, Optional<TransferError> error, Optional<String> message) {

    public TransferInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(moving, "moving");
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(message, "message");
    }

    /** @return the fraction done, 0 to 1, when the size is known */
    public Optional<Double> fraction() {
        if (size.isEmpty() || size.getAsLong() <= 0) {
            return state == TransferState.COMPLETED ? Optional.of(1.0) : Optional.empty();
        }
        return Optional.of(Math.min(1.0, (double) transferred / size.getAsLong()));
    }

    /** @return bytes per second averaged since bytes started to move (until the end for a finished one) */
    public double bytesPerSecond(Instant now) {
        Instant end = finished.orElse(now);
        double seconds = Math.max(0.001, Duration.between(moving.orElse(started), end).toNanos() / 1e9);
        return Math.max(0, transferred - offset) / seconds;
    }

    /** @return the time left at the average speed so far, when the size is known and bytes moved */
    public Optional<Duration> remaining(Instant now) {
        double speed = bytesPerSecond(now);
        if (size.isEmpty() || transferred == 0 || speed <= 0 || state.isFinal()) {
            return Optional.empty();
        }
        long left = Math.max(0, size.getAsLong() - transferred);
        return Optional.of(Duration.ofMillis((long) (left / speed * 1000)));
    }
}
