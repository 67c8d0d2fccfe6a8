package org.causerie.whiteboard.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.causerie.whiteboard.BoardId;
import org.causerie.whiteboard.PersistenceEvent;
import org.causerie.whiteboard.internal.doc.Replica;
import org.causerie.whiteboard.internal.sxe.StoredBoard;

/**
 * One room board's side of persistence: reads the stored snapshot when the
 * board opens and decides when to write it (docs/whiteboard.md, "Persistence"):
 * the writer writes {@link #QUIET_MS} after the last confirmed element or at
 * once after {@link #EVERY} of them; anyone writes when leaving with elements
 * not yet stored. Called under the board's lock; completions only log and
 * notify.
 */
final class BoardStore {

    private static final Logger LOG = System.getLogger(BoardStore.class.getName());
    /** Confirmed elements after which the writer writes at once. */
    static final int EVERY = 200;
    /** Quiet time after which the writer writes. */
    static final long QUIET_MS = 2_000;

    private final BoardId id;
    private final Snapshots snapshots;
    private final Notifier notifier;
    private final ScheduledExecutorService timer;
    private final int maxBytes;
    private volatile boolean unavailable;
    private Optional<Replica.Marker> stored = Optional.empty();
    private int since;
    private ScheduledFuture<?> scheduled;

    BoardStore(BoardId id, Snapshots snapshots, Notifier notifier, ScheduledExecutorService timer, int maxBytes) {
        this.id = id;
        this.snapshots = snapshots;
        this.notifier = notifier;
        this.timer = timer;
        this.maxBytes = maxBytes;
    }

    /**
     * Reads the stored snapshot; reports what it found except a usable one (the
     * board reports {@code LOADED} when it starts from it).
     *
     * @return the snapshot checked by {@code check}, empty when there is none to use
     */
    CompletableFuture<Optional<StoredState>> load(Function<String, StoredState> check) {
        return snapshots.load().handle((xml, failure) -> {
            if (failure != null) {
                failed("reading", failure);
                return Optional.<StoredState>empty();
            }
            if (xml.isEmpty()) {
                event(PersistenceEvent.Kind.NONE_STORED, "nothing stored yet", Level.INFO);
                return Optional.<StoredState>empty();
            }
            StoredState state = check.apply(xml.get());
            if (!state.accepted()) {
                event(PersistenceEvent.Kind.REFUSED, "stored snapshot refused: " + state.refusal(), Level.WARNING);
                return Optional.<StoredState>empty();
            }
            return Optional.of(state);
        });
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
        if (since >= EVERY) {
            save.run();
        } else if (scheduled == null) {
            scheduled = timer.schedule(save, QUIET_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** @return whether the board has confirmed elements the stored snapshot lacks */
    boolean dirty(Optional<Replica.Marker> now) {
        return !unavailable && !now.equals(stored);
    }

    /** Writes a snapshot of the board up to {@code at}. */
    void write(Optional<Replica.Marker> at, String xml) {
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
        since = 0;
        stored = at;
        int bytes = StoredBoard.bytes(xml);
        if (bytes > maxBytes) {
            event(PersistenceEvent.Kind.FAILED, "not stored: the snapshot has " + bytes + " bytes, over the limit of "
                    + maxBytes, Level.WARNING);
            return;
        }
        String item = at.map(Replica.Marker::id).filter(s -> !s.isEmpty()).orElseGet(Board::newId);
        snapshots.store(item, xml).whenComplete((ok, failure) -> {
            if (failure != null) {
                failed("writing", failure);
            } else {
                event(PersistenceEvent.Kind.STORED, "stored a snapshot of " + bytes + " bytes", Level.DEBUG);
            }
        });
    }

    private void failed(String what, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
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
