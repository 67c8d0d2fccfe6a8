package org.causerie.whiteboard.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.PersistenceEvent;
import org.causerie.whiteboard.internal.doc.Replica;
import org.causerie.whiteboard.internal.doc.StateItem;
import org.causerie.whiteboard.internal.sxe.StoredBoard;
import org.causerie.whiteboard.internal.sxe.SxeElement;

/**
 * One room board's side of persistence: reads the stored snapshot when the
 * board opens and decides when to write it (docs/whiteboard.md, "Persistence"):
 * the writer writes {@link #QUIET_MS} after the first confirmed element not stored
 * or at once after {@link #EVERY} of them, both times the parts the last snapshot
 * took (a big board is written less often); anyone writes when leaving with
 * elements not yet stored. Called under the board's lock; completions only log and
 * notify.
 */
final class BoardStore {

    private static final Logger LOG = System.getLogger(BoardStore.class.getName());
    /** Confirmed elements after which the writer writes at once. */
    static final int EVERY = 200;
    /** Time after which the writer writes, per part of the last snapshot. */
    static final long QUIET_MS = 2_000;
    /** The longest the writer waits (a board of 30 parts or more, ~3.6 MB of XML). */
    static final long MAX_QUIET_MS = 60_000;

    private final BoardId id;
    private final Snapshots snapshots;
    private final Notifier notifier;
    private final ScheduledExecutorService timer;
    private volatile boolean unavailable;
    private Optional<Replica.Marker> stored = Optional.empty();
    private int since;
    private ScheduledFuture<?> scheduled;
    /** Parts of the last snapshot written or read: write costs grow with it. */
    private volatile int parts = 1;
    /** What the board's opening read, before any check. */
    private CompletableFuture<Optional<Snapshots.Stored>> loaded = CompletableFuture.completedFuture(Optional.empty());
    /** The last write and the board's last confirmed element it holds. */
    private CompletableFuture<Reference> lastWrite = CompletableFuture.failedFuture(new IllegalStateException("none"));
    private Optional<Replica.Marker> lastWriteAt = Optional.empty();

    /**
     * Where a write put the snapshot, for a state that names it ({@link StateItem.Stored}), and the
     * {@code document-end} it was written with.
     */
    record Reference(StateItem.Stored stored, StateItem.DocumentEnd end) {
    }

    BoardStore(BoardId id, Snapshots snapshots, Notifier notifier, ScheduledExecutorService timer) {
        this.id = id;
        this.snapshots = snapshots;
        this.notifier = notifier;
        this.timer = timer;
    }

    /**
     * Reads the stored snapshot; reports what it found except a usable one (the
     * board reports {@code LOADED} when it starts from it).
     *
     * @param check checks what was read; empty when it is not needed any more (a state was accepted)
     * @return the snapshot checked by {@code check}, empty when there is none to use
     */
    CompletableFuture<Optional<StoredState>> load(Function<Snapshots.Stored, Optional<StoredState>> check) {
        loaded = snapshots.load();
        return loaded.handle((stored, failure) -> {
            if (failure != null) {
                failed("reading", failure);
                return Optional.<StoredState>empty();
            }
            if (stored.isEmpty()) {
                event(PersistenceEvent.Kind.NONE_STORED, "nothing stored yet", Level.INFO);
                return Optional.<StoredState>empty();
            }
            if (stored.get() instanceof Snapshots.Stored.Parts p) {
                parts = p.parts().size();
            }
            Optional<StoredState> checked = check.apply(stored.get());
            if (checked.isEmpty()) {
                return Optional.<StoredState>empty();
            }
            StoredState state = checked.get();
            if (!state.accepted()) {
                event(PersistenceEvent.Kind.REFUSED, "stored snapshot refused: " + state.refusal(), Level.WARNING);
                return Optional.<StoredState>empty();
            }
            return Optional.of(state);
        });
    }

    /**
     * Reads the snapshot a state named: the one the board's opening read when it is that one, else
     * that generation on the service named.
     *
     * @param decode reads a snapshot's records (no check against the board: they are applied as a
     *        state's, each refused or not)
     */
    CompletableFuture<StoredBoard.Read> read(StateItem.Stored reference,
            Function<Snapshots.Stored, StoredBoard.Read> decode) {
        return loaded.exceptionally(failure -> Optional.empty())
                .thenCompose(opened -> names(opened, reference) ? CompletableFuture.completedFuture(opened)
                        : snapshots.load(reference.service(), reference.generation()))
                .handleAsync((stored, failure) -> { // on the store thread, not the caller's (under the board's lock)
                    if (failure != null) {
                        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause() : failure;
                        return new StoredBoard.Read(Optional.empty(), "reading it failed: " + cause);
                    }
                    return stored.map(decode).orElseGet(() -> new StoredBoard.Read(Optional.empty(),
                            "no head names generation " + reference.generation()));
                }, snapshots.executor());
    }

    private static boolean names(Optional<Snapshots.Stored> stored, StateItem.Stored reference) {
        return stored.isPresent() && stored.get() instanceof Snapshots.Stored.Parts p
                && p.service().equals(reference.service()) && p.head().generation().equals(reference.generation());
    }

    /**
     * Names a snapshot of the board up to {@code at} for a joiner: the last write when it holds that
     * much (written or being written), else one written now.
     */
    CompletableFuture<Reference> reference(Optional<Replica.Marker> at, Optional<String> archiveId,
            Supplier<List<SxeElement>> chunks) {
        if (unavailable) {
            return CompletableFuture.failedFuture(new Snapshots.Unavailable("no snapshots here"));
        }
        if (at.equals(lastWriteAt) && !lastWrite.isCompletedExceptionally()) {
            return lastWrite;
        }
        return write(at, archiveId, chunks.get());
    }

    /** The board joined: what its opening read is not needed any more (a 10,000-shape board's is 1.3 MB). */
    void joined() {
        loaded = CompletableFuture.completedFuture(Optional.empty());
    }

    void loaded(Optional<Replica.Marker> at, int records) {
        stored = at;
        event(PersistenceEvent.Kind.LOADED, "started from the stored snapshot (" + records + " records)", Level.INFO);
    }

    /** The board starts without a stored snapshot: only what comes after it is new. */
    void startedAt(Optional<Replica.Marker> at) {
        stored = at;
    }

    /** A confirmed element was applied; {@code save} writes (it takes the board's lock). */
    void confirmed(boolean writer, Runnable save) {
        if (unavailable) {
            return;
        }
        since++;
        if (!writer) {
            return;
        }
        if (since >= EVERY * parts) {
            save.run();
        } else if (scheduled == null) {
            scheduled = timer.schedule(save, Math.min(MAX_QUIET_MS, QUIET_MS * parts), TimeUnit.MILLISECONDS);
        }
    }

    /** @return whether the board has confirmed elements the stored snapshot lacks */
    boolean dirty(Optional<Replica.Marker> now) {
        return !unavailable && !now.equals(stored);
    }

    /**
     * Writes a snapshot of the board up to {@code at}: the elements of its state transfer, and the
     * room archive's id of the last of them when known.
     */
    CompletableFuture<Reference> write(Optional<Replica.Marker> at, Optional<String> archiveId,
            List<SxeElement> chunks) {
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
        since = 0;
        stored = at;
        long start = System.nanoTime();
        StateItem.DocumentEnd end = StateChunks.end(chunks);
        lastWriteAt = at;
        lastWrite = snapshots.store(archiveId, chunks).handle((written, failure) -> {
            if (failure != null) {
                failed("writing", failure);
                throw failure instanceof CompletionException c ? c : new CompletionException(failure);
            }
            parts = Math.max(1, written.items() - 1);
            event(PersistenceEvent.Kind.STORED, "stored a snapshot of " + written.bytes() + " bytes packed in "
                    + written.packed() + " bytes, " + written.items() + " items (" + written.retracted()
                    + " old ones retracted) in " + (System.nanoTime() - start) / 1_000_000 + " ms", Level.DEBUG);
            return new Reference(new StateItem.Stored(written.service(), written.generation()), end);
        });
        return lastWrite;
    }

    private void failed(String what, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof Snapshots.TooLarge) {
            event(PersistenceEvent.Kind.FAILED, "not stored: " + cause.getMessage(), Level.WARNING);
            return;
        }
        if (cause instanceof Snapshots.Unavailable) {
            if (!unavailable) {
                unavailable = true;
                event(PersistenceEvent.Kind.UNAVAILABLE, "not persisted: " + cause.getMessage(), Level.INFO);
            }
            return;
        }
        event(PersistenceEvent.Kind.FAILED, what + " the snapshot failed: " + cause, Level.WARNING);
    }

    private void event(PersistenceEvent.Kind kind, String detail, Level level) {
        LOG.log(level, () -> id + ": " + detail);
        PersistenceEvent event = new PersistenceEvent(id, kind, detail);
        notifier.post(l -> l.persistence(event));
    }
}
